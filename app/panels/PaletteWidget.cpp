#include "app/panels/PaletteWidget.h"

#include "app/Icons.h"
#include "app/panels/PaletteList.h"
#include "model/Catalog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 2;
constexpr int KindRole = Qt::UserRole + 3; // 0 zone, 1 device, -1 header
} // namespace

PaletteWidget::PaletteWidget(QWidget *parent)
    : QDockWidget(parent), m_filter(new QLineEdit), m_list(new PaletteList)
{
    setObjectName(QStringLiteral("paletteDock"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    setWidget(content);
    populate();
    retranslateUi();
    connect(m_filter, &QLineEdit::textChanged, this, &PaletteWidget::applyFilter);
}

void PaletteWidget::populate()
{
    auto header = [this] {
        auto *item = new QListWidgetItem(m_list);
        item->setFlags(Qt::NoItemFlags);
        item->setData(KindRole, -1);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        return item;
    };
    auto entry = [this](const QIcon &icon, const char *id, const QByteArray &payload, int kind) {
        auto *item = new QListWidgetItem(icon, QString(), m_list);
        item->setData(IdRole, QLatin1String(id));
        item->setData(KindRole, kind);
        item->setData(PaletteList::EntryRole, payload);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    };
    m_zonesHeader = header();
    for (const Catalog::ZoneKindInfo &z : Catalog::zoneKinds())
        entry(Icons::zone(z.kind), z.id, QByteArray("zone:") + z.id, 0);
    m_devicesHeader = header();
    for (const Catalog::RoleInfo &r : Catalog::roles())
        entry(Icons::role(r.role), r.id, QByteArray("device:") + r.id, 1);
}

void PaletteWidget::retranslateUi()
{
    setWindowTitle(tr("Palette"));
    m_filter->setPlaceholderText(tr("Search zones and devices"));
    m_zonesHeader->setText(tr("Zones"));
    m_devicesHeader->setText(tr("Devices"));
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString id = item->data(IdRole).toString();
        const int kind = item->data(KindRole).toInt();
        if (kind == 0) {
            const auto z = Catalog::zoneKindFromId(id);
            item->setText(QCoreApplication::translate("Zone", Catalog::zoneKindInfo(*z).name));
        } else if (kind == 1) {
            const auto r = Catalog::roleFromId(id);
            item->setText(QCoreApplication::translate("Role", Catalog::roleInfo(*r).name));
        }
        if (kind >= 0)
            item->setToolTip(tr("Drag onto the canvas to add"));
    }
    applyFilter(m_filter->text());
}

void PaletteWidget::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    QListWidgetItem *header = nullptr;
    bool headerHasMatch = false;
    auto closeSection = [&] {
        if (header)
            header->setHidden(!headerHasMatch);
    };
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(KindRole).toInt() < 0) {
            closeSection();
            header = item;
            headerHasMatch = false;
            continue;
        }
        // Both the shown name and the id match, so "gateway" finds the gateway in any language.
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive) ||
                           item->data(IdRole).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        headerHasMatch = headerHasMatch || match;
    }
    closeSection();
}

QListWidgetItem *PaletteWidget::item(const QString &id) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toString() == id)
            return m_list->item(i);
    }
    return nullptr;
}

QMimeData *PaletteWidget::mimeDataFor(QListWidgetItem *item) const
{
    return m_list->mimeDataFor(item);
}

void PaletteWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}
