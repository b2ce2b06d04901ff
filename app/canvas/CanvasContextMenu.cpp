#include "app/canvas/CanvasContextMenu.h"

#include "app/EditActions.h"
#include "app/Icons.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasView.h"
#include "app/canvas/DeviceItem.h"
#include "app/canvas/ZoneItem.h"
#include "app/document/PlanClipboard.h"
#include "app/document/PlanDocument.h"
#include "model/edit/PlanLayout.h"
#include "model/edit/PlanOperations.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>

#include <algorithm>
#include <utility>

namespace {
// Beyond this many devices the host menu lists the device's own zone only.
constexpr int kHostMenuLimit = 40;
} // namespace

CanvasContextMenu::CanvasContextMenu(EditActions *edits, CanvasView *view, QObject *parent)
    : QObject(parent), m_edits(edits), m_view(view), m_canvas(view->canvas()),
      m_document(view->canvas()->document())
{
    view->viewport()->installEventFilter(this);
}

bool CanvasContextMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    auto *request = static_cast<QContextMenuEvent *>(event);
    QMenu *menu = menuAt(request->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Not exec(): the window stays responsive to whatever drives it (and tests see the menu).
    menu->popup(request->globalPos());
    return true;
}

QString CanvasContextMenu::itemAt(const QPoint &viewportPos) const
{
    for (QGraphicsItem *item : m_view->items(viewportPos)) {
        // A zone's resize handle is a child of the zone.
        for (QGraphicsItem *i = item; i; i = i->parentItem()) {
            if (const auto *d = qgraphicsitem_cast<DeviceItem *>(i))
                return d->id();
            if (const auto *z = qgraphicsitem_cast<ZoneItem *>(i))
                return z->id();
        }
    }
    return QString();
}

QMenu *CanvasContextMenu::menuAt(const QPoint &viewportPos)
{
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("canvasContextMenu"));
    m_last = menu;
    const QString id = itemAt(viewportPos);
    if (!id.isEmpty() && !m_canvas->selectedIds().contains(id))
        m_canvas->selectIds({id});
    if (id.isEmpty())
        fillCanvas(menu, m_view->mapToScene(viewportPos));
    else if (m_document->plan().zone(id))
        fillZone(menu, id);
    else
        fillDevice(menu, id);
    addExtra(menu);
    return menu;
}

void CanvasContextMenu::fillCanvas(QMenu *menu, const QPointF &scenePos)
{
    m_canvas->selectIds({});
    QMenu *add = menu->addMenu(tr("Add &Zone"));
    for (const Catalog::ZoneKindInfo &z : Catalog::zoneKinds()) {
        const Catalog::ZoneKind kind = z.kind;
        add->addAction(Icons::zone(kind), QCoreApplication::translate("Zone", z.name), this,
                       [this, kind, scenePos] {
                           m_edits->addZone(kind,
                                            scenePos - QPointF(0, PlanLayout::ZoneHeader / 2));
                       });
    }
    const QMimeData *clipboard = QApplication::clipboard()->mimeData();
    QAction *paste = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("&Paste"),
                                     m_edits, &EditActions::paste);
    paste->setEnabled(clipboard && clipboard->hasFormat(QLatin1String(PlanClipboard::MimeType)));
    menu->addSeparator();
    menu->addAction(tr("Select &All"), m_edits, &EditActions::selectAll);
    menu->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("&Fit to Window"), m_view,
                    &CanvasView::zoomToFit);
}

void CanvasContextMenu::fillZone(QMenu *menu, const QString &id)
{
    const Zone *zone = m_document->plan().zone(id);
    menu->addAction(tr("&Rename"), this, [this, id] { m_edits->rename(id); });
    QMenu *add = menu->addMenu(tr("Add &Device"));
    for (const Catalog::RoleInfo &r : Catalog::roles()) {
        const Catalog::Role role = r.role;
        add->addAction(Icons::role(role), QCoreApplication::translate("Role", r.name), this,
                       [this, role, id] { m_edits->addDevice(role, id); });
    }
    menu->addSeparator();
    int devices = 0;
    for (const Device &d : m_document->plan().devices)
        devices += d.zone == id;
    const QString text =
        devices == 0
            ? tr("&Delete “%1”").arg(zone->displayName())
            : tr("&Delete “%1” with %n device(s)", nullptr, devices).arg(zone->displayName());
    menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), text, this,
                    [this, id] { m_edits->deleteIds({id}); });
}

void CanvasContextMenu::fillDevice(QMenu *menu, const QString &id)
{
    menu->addAction(tr("&Rename"), this, [this, id] { m_edits->rename(id); });
    menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate"), m_edits,
                    &EditActions::duplicate);
    // Cloud services run on no machine of the plan.
    if (!Catalog::roleInfo(m_document->plan().device(id)->role).cloud)
        addHostMenu(menu, id);
    menu->addAction(tr("Show &Flows"), this, [this, id] {
        emit flowsRequested(id);
        emit statusMessage(flowsText(id));
    });
    menu->addSeparator();
    const int selected = int(m_canvas->selectedIds().size());
    const QString text = selected > 1
                             ? tr("&Delete %n Selected", nullptr, selected)
                             : tr("&Delete “%1”").arg(m_document->plan().device(id)->displayName());
    menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), text, m_edits,
                    &EditActions::deleteSelection);
}

void CanvasContextMenu::addHostMenu(QMenu *menu, const QString &id)
{
    const Plan &plan = m_document->plan();
    const Device *device = plan.device(id);
    QMenu *host = menu->addMenu(tr("Runs &On"));
    auto choose = [this, id](const QString &hostId) {
        const auto edit = PlanOperations::changeHost(m_document->plan(), id, hostId);
        m_document->edit(
            edit.edit,
            tr("Change the machine of “%1”").arg(m_document->plan().device(id)->displayName()));
    };
    QAction *own = host->addAction(tr("Its Own Machine"), this, [choose] { choose(QString()); });
    own->setCheckable(true);
    own->setChecked(device->host.isEmpty());
    host->addSeparator();
    const bool all = plan.devices.size() <= kHostMenuLimit;
    for (const Device &d : plan.devices) {
        // The machines the properties offer (on a large plan, those of the device's zone).
        if (!PlanOperations::offersHost(d, id) || (!all && d.zone != device->zone))
            continue;
        // A host running on this device would make a loop: the model refuses it, so does the menu.
        const bool loops =
            PlanOperations::changeHost(plan, id, d.id).edit.isEmpty() && device->host != d.id;
        QAction *a = host->addAction(Icons::role(d.role), d.displayName(), this,
                                     [choose, other = d.id] { choose(other); });
        a->setCheckable(true);
        a->setChecked(device->host == d.id);
        a->setEnabled(!loops);
    }
}

QString CanvasContextMenu::flowsText(const QString &id) const
{
    const Analysis &analysis = m_document->analysis();
    const Plan &plan = analysis.plan();
    const int index = int(plan.deviceIndex(id));
    QStringList numbers;
    for (const Flow &f : analysis.flows().flows) {
        // Every flow the device takes part in, also one among its own entries (no arrow) and one
        // on its own host (no port), as the Properties dock lists them.
        if (f.involves(index) && !numbers.contains(f.number))
            numbers << f.number;
    }
    const QString name = m_document->plan().device(id)->displayName();
    return numbers.isEmpty()
               ? tr("No flow reaches “%1”.").arg(name)
               : tr("Flows of “%1”: %2").arg(name, numbers.join(QStringLiteral(", ")));
}

void CanvasContextMenu::addExtra(QMenu *menu)
{
    // Only menus with something to do for this selection (Arrange needs two or more).
    bool separated = false;
    for (QMenu *extra : std::as_const(m_extra)) {
        const QList<QAction *> actions = extra ? extra->actions() : QList<QAction *>();
        if (std::none_of(actions.begin(), actions.end(),
                         [](const QAction *a) { return a->isEnabled() && !a->isSeparator(); }))
            continue;
        if (!std::exchange(separated, true))
            menu->addSeparator();
        menu->addMenu(extra);
    }
}
