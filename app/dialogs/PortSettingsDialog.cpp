#include "app/dialogs/PortSettingsDialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int MaxPort = 65535;
enum Column
{
    NameColumn,
    DescriptionColumn,
    DefaultColumn,
    OverrideColumn,
    ColumnCount
};
} // namespace

PortSettingsDialog::PortSettingsDialog(const PlanSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_table(new QTableWidget), m_legacy(new QCheckBox),
      m_ksnProxy(new QCheckBox), m_intro(new QLabel), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    const auto ports = Catalog::ports();
    m_table->setColumnCount(ColumnCount);
    m_table->setRowCount(int(ports.size()));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < int(ports.size()); ++row) {
        const Catalog::PortInfo &port = ports[size_t(row)];
        auto *name = new QTableWidgetItem(QLatin1String(port.name));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, NameColumn, name);
        auto *description = new QTableWidgetItem;
        description->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, DescriptionColumn, description);
        auto *fallback = new QTableWidgetItem(QString::number(port.defaultPort));
        fallback->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, DefaultColumn, fallback);
        auto *edit = new QLineEdit;
        edit->setValidator(new QIntValidator(1, MaxPort, edit));
        edit->setPlaceholderText(QString::number(port.defaultPort));
        const QString key = QLatin1String(port.name);
        if (settings.ports.contains(key))
            edit->setText(QString::number(settings.ports.value(key)));
        edit->setFrame(false);
        m_table->setCellWidget(row, OverrideColumn, edit);
        m_edits << edit;
        connect(edit, &QLineEdit::textChanged, this, &PortSettingsDialog::validate);
    }
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_legacy->setChecked(settings.legacyAgentPort);
    m_ksnProxy->setChecked(settings.ksnProxy);
    m_intro->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addWidget(m_legacy);
    layout->addWidget(m_ksnProxy);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 560);
    retranslateUi();
}

void PortSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Port settings"));
    m_intro->setText(tr("KSC lets administrators change its ports. Enter a port only where your "
                        "installation differs from the default; every derived rule follows."));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Used for"), tr("Default"), tr("This plan")});
    const auto ports = Catalog::ports();
    for (int row = 0; row < int(ports.size()); ++row)
        m_table->item(row, DescriptionColumn)
            ->setText(QCoreApplication::translate("Port", ports[size_t(row)].description));
    m_legacy->setText(tr("Network Agents use the legacy port without TLS (not recommended)"));
    m_ksnProxy->setText(tr("Managed devices use KSN through a KSN proxy (flow K1; on by default "
                           "in KSC)"));
    validate();
}

void PortSettingsDialog::validate()
{
    QStringList wrong;
    const auto ports = Catalog::ports();
    for (int row = 0; row < m_edits.size(); ++row) {
        const QLineEdit *edit = m_edits[row];
        if (!edit->text().isEmpty() && !edit->hasAcceptableInput())
            wrong << QLatin1String(ports[size_t(row)].name);
    }
    m_error->setText(wrong.isEmpty() ? QString()
                                     : tr("A port is a whole number from 1 to %1: check %2.")
                                           .arg(MaxPort)
                                           .arg(wrong.join(QStringLiteral(", "))));
    m_error->setVisible(!wrong.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(wrong.isEmpty());
}

PlanSettings PortSettingsDialog::settings() const
{
    PlanSettings result = m_settings;
    result.ports.clear();
    const auto ports = Catalog::ports();
    for (int row = 0; row < m_edits.size(); ++row) {
        const QString text = m_edits[row]->text();
        if (!text.isEmpty() && m_edits[row]->hasAcceptableInput())
            result.ports.insert(QLatin1String(ports[size_t(row)].name), text.toInt());
    }
    result.legacyAgentPort = m_legacy->isChecked();
    result.ksnProxy = m_ksnProxy->isChecked();
    return result;
}

QLineEdit *PortSettingsDialog::overrideEdit(const QString &portName) const
{
    const auto ports = Catalog::ports();
    for (int row = 0; row < int(ports.size()); ++row) {
        if (portName == QLatin1String(ports[size_t(row)].name))
            return m_edits.value(row);
    }
    return nullptr;
}

void PortSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
