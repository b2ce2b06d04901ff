#include "app/canvas/CanvasScene.h"

#include "app/canvas/ArrowLayer.h"
#include "app/canvas/CanvasStyle.h"
#include "app/canvas/DeviceItem.h"
#include "app/canvas/FlowArrow.h"
#include "app/canvas/GridCells.h"
#include "app/canvas/ZoneItem.h"
#include "app/document/PlanDocument.h"
#include "app/panels/PaletteMime.h"
#include "exports/PlanReport.h"
#include "model/Route.h"
#include "model/edit/PlanFactory.h"
#include "model/edit/PlanOperations.h"

#include <QCoreApplication>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QToolTip>

#include <cmath>

CanvasScene::CanvasScene(PlanDocument *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document)
{
    // Qt's BSP index suits the items left (cards and zones): the arrows, which span the plan and
    // made every edit walk hundreds of the tree's leaves, are painted by one ArrowLayer whose box
    // never changes.
    connect(document, &PlanDocument::planReset, this, &CanvasScene::rebuild);
    connect(document, &PlanDocument::zoneAdded, this, &CanvasScene::addZone);
    connect(document, &PlanDocument::zoneRemoved, this, &CanvasScene::removeZone);
    connect(document, &PlanDocument::zoneChanged, this, &CanvasScene::updateZone);
    connect(document, &PlanDocument::deviceAdded, this, &CanvasScene::addDevice);
    connect(document, &PlanDocument::deviceRemoved, this, &CanvasScene::removeDevice);
    connect(document, &PlanDocument::deviceChanged, this, &CanvasScene::updateDevice);
    connect(document, &PlanDocument::derivedChanged, this, &CanvasScene::updateArrows);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        updateEmphasis();
        emit selectedIdsChanged(selectedIds());
    });
    rebuild();
    // Cards hold their role's words laid out: a new language lays them out again.
    QCoreApplication::instance()->installEventFilter(this);
}

bool CanvasScene::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        for (const Device &d : m_document->plan().devices)
            updateDevice(d.id);
        refreshGeometry();
    }
    return QGraphicsScene::eventFilter(watched, event);
}

CanvasScene::~CanvasScene()
{
    // Deleting selected items announces a selection change; nobody may act on it now.
    blockSignals(true);
    qDeleteAll(m_arrows);
    clear();
}

void CanvasScene::rebuild()
{
    m_zones.clear();
    m_devices.clear();
    qDeleteAll(m_arrows); // before the layer that paints them goes with the items
    m_arrows.clear();
    m_arrowsAt.clear();
    m_tally.clear();
    m_placer.clear();
    m_router.clear();
    m_paths.clear();
    m_changedDevices.clear();
    m_changedAreas.clear();
    m_replace.clear();
    clear();
    m_layer = new ArrowLayer;
    addItem(m_layer);
    for (const Zone &z : m_document->plan().zones)
        addZone(z.id);
    for (const Device &d : m_document->plan().devices)
        addDevice(d.id);
    updateArrows();
}

void CanvasScene::addZone(const QString &id)
{
    const Zone *z = m_document->plan().zone(id);
    if (!z || m_zones.contains(id))
        return;
    auto *item = new ZoneItem(*z);
    // Later zones lie over earlier ones, as in the plan's order.
    item->setZValue(m_document->plan().zoneIndex(id) * 0.001);
    addItem(item);
    m_zones.insert(id, item);
}

void CanvasScene::addDevice(const QString &id)
{
    const Device *d = m_document->plan().device(id);
    if (!d || m_devices.contains(id))
        return;
    auto *item = new DeviceItem(*d);
    addItem(item);
    m_devices.insert(id, item);
    deviceCardChanged(item);
}

void CanvasScene::deviceCardChanged(const DeviceItem *item)
{
    const QRectF before = m_router.card(item);
    const QRectF now = item->sceneCardRect();
    m_placer.take(item, now, false);
    m_changedDevices.insert(m_tally.deviceKey(item->id()));
    if (before == now)
        return;
    m_router.setCard(item, now);
    if (!before.isNull()) {
        m_changedAreas << before;
        // Where the card was, repainted whatever Qt last painted there: a card moved and moved
        // back before a paint (an undo, or held keys on a slow machine) left its old picture
        // behind once the arrows stopped repainting their whole boxes.
        update(DeviceItem::boundsOfCard(before));
    }
    m_changedAreas << now;
}

void CanvasScene::removeArrow(FlowArrow *arrow)
{
    for (const quint32 end : {HopTally::fromOf(arrow->key()), HopTally::toOf(arrow->key())}) {
        const auto it = m_arrowsAt.find(end);
        if (it != m_arrowsAt.end() && it->removeOne(arrow) && it->isEmpty())
            m_arrowsAt.erase(it);
    }
    m_replace.remove(arrow);
    m_placer.release(arrow);
    m_paths.remove(arrow);
    delete arrow;
}

void CanvasScene::removeZone(const QString &id)
{
    delete m_zones.take(id);
}

void CanvasScene::removeDevice(const QString &id)
{
    DeviceItem *item = m_devices.take(id);
    m_placer.release(item);
    m_changedAreas << m_router.card(item);
    m_router.removeCard(item);
    m_changedDevices.insert(m_tally.deviceKey(id));
    delete item;
}

void CanvasScene::updateZone(const QString &id)
{
    if (ZoneItem *item = m_zones.value(id))
        item->setZone(*m_document->plan().zone(id));
}

void CanvasScene::updateDevice(const QString &id)
{
    if (DeviceItem *item = m_devices.value(id)) {
        item->setDevice(*m_document->plan().device(id));
        deviceCardChanged(item);
    }
}

QStringList CanvasScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *z = qgraphicsitem_cast<ZoneItem *>(item))
            ids << z->id();
        else if (auto *d = qgraphicsitem_cast<DeviceItem *>(item))
            ids << d->id();
    }
    return ids;
}

void CanvasScene::selectIds(const QStringList &ids)
{
    QSignalBlocker blocker(this); // one selectionChanged for the whole set
    clearSelection();
    for (const QString &id : ids) {
        if (QGraphicsItem *item = m_devices.value(id))
            item->setSelected(true);
        else if (QGraphicsItem *zone = m_zones.value(id))
            zone->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

void CanvasScene::markDevices(const QStringList &ids)
{
    for (DeviceItem *item : std::as_const(m_devices))
        item->setMarked(ids.contains(item->id()));
}

void CanvasScene::setFlowsVisible(bool visible)
{
    m_flowsVisible = visible;
    updateArrows();
}

void CanvasScene::highlightRoute(const QString &from, const QString &to, const QStringList &numbers)
{
    m_routeFrom = from;
    m_routeTo = to;
    m_routeNumbers = numbers;
    updateEmphasis();
}

QString CanvasScene::zoneAt(const QPointF &scenePos) const
{
    return PlanFactory::zoneAt(m_document->plan(), PlanEdit(), scenePos);
}

QRectF CanvasScene::itemsBoundingRect() const
{
    QRectF r;
    for (const ZoneItem *z : m_zones)
        r = r.united(z->sceneBoundingRect());
    for (const DeviceItem *d : m_devices)
        r = r.united(d->sceneBoundingRect());
    return r;
}

void CanvasScene::updateArrows()
{
    if (!m_flowsVisible) {
        for (FlowArrow *arrow : std::as_const(m_arrows))
            removeArrow(arrow);
        m_arrows.clear();
        m_tally.forgetPairs();
        return;
    }
    if (!m_tally.tally(m_document->analysis())) {
        // The same flows: the same arrows and numbers; a moved card's arrows follow it.
        refreshGeometry({});
        updateEmphasis();
        return;
    }
    // Only the pairs whose numbers changed are touched (in integers): arrows that stay keep their
    // route and label.
    const auto backOf = [](quint64 key) {
        return HopTally::pairKey(HopTally::toOf(key), HopTally::fromOf(key));
    };
    QList<FlowArrow *> relabel;
    for (const HopTally::Change &change : m_tally.changes()) {
        if (change.after.none())
            continue;
        FlowArrow *&arrow = m_arrows[change.key];
        if (!arrow) {
            arrow = new FlowArrow(change.key, m_tally.deviceId(HopTally::fromOf(change.key)),
                                  m_tally.deviceId(HopTally::toOf(change.key)), m_layer);
            m_arrowsAt[HopTally::fromOf(change.key)] << arrow;
            m_arrowsAt[HopTally::toOf(change.key)] << arrow;
            // Placed, with its partner (the other way) beside it; its cards' other arrows stay.
            m_replace << arrow;
            if (FlowArrow *partner = m_arrows.value(backOf(change.key)))
                m_replace << partner;
        }
        if (arrow->setNumbers(change.after, m_tally))
            relabel << arrow;
    }
    for (const HopTally::Change &change : m_tally.changes()) {
        if (change.after.any())
            continue;
        FlowArrow *gone = m_arrows.take(change.key);
        // Its partner runs alone now: back on the line between the cards.
        if (FlowArrow *partner = m_arrows.value(backOf(change.key)))
            m_replace << partner;
        if (gone)
            removeArrow(gone);
    }
    refreshGeometry(relabel);
    updateEmphasis();
}

void CanvasScene::refreshGeometry(QList<FlowArrow *> relabel)
{
    if (m_changedDevices.isEmpty() && m_replace.isEmpty() && relabel.isEmpty())
        return;
    // Arrows through where a card was or is go round (or shorter), bent ones near it may too.
    // A card dropped in a fan (a large plan's server) has no way round: past this many, the fan
    // keeps its lines (and the search stops there).
    constexpr qsizetype MaxPassing = 16;
    QSet<const void *> passing;
    const qreal c = ArrowRouter::Clearance;
    for (const QRectF &area : std::as_const(m_changedAreas)) {
        m_paths.forEachCrossing(area.adjusted(-c, -c, c, c), [&](const void *owner) {
            const QPolygonF &path = static_cast<const FlowArrow *>(owner)->path();
            if (path.size() > 2 || GridCells::crosses(path, area))
                passing.insert(owner);
            return passing.size() <= MaxPassing;
        });
        if (passing.size() > MaxPassing)
            break;
    }
    m_changedAreas.clear();
    if (passing.size() > MaxPassing)
        passing.clear();
    // The arrows of changed cards, found by their keys (integers) without visiting each arrow.
    QSet<FlowArrow *> reroute = m_replace;
    for (const void *owner : std::as_const(passing))
        reroute.insert(static_cast<FlowArrow *>(const_cast<void *>(owner)));
    for (const quint32 key : std::as_const(m_changedDevices)) {
        for (FlowArrow *arrow : m_arrowsAt.value(key))
            reroute.insert(arrow);
    }
    for (FlowArrow *arrow : std::as_const(reroute)) {
        if (placeArrow(arrow))
            relabel << arrow;
    }
    m_replace.clear();
    // Labels a moved card now lies on make way.
    for (const quint32 key : std::as_const(m_changedDevices)) {
        if (const DeviceItem *item = m_devices.value(m_tally.deviceId(key))) {
            for (const void *owner : m_placer.labelsIn(item->sceneCardRect()))
                relabel << static_cast<FlowArrow *>(const_cast<void *>(owner));
        }
    }
    m_changedDevices.clear();
    placeLabels(relabel);
}

void CanvasScene::placeLabels(QList<FlowArrow *> arrows)
{
    // In the order of the arrows' ends, so the same plan always gets the same picture.
    std::sort(arrows.begin(), arrows.end(), [](const FlowArrow *a, const FlowArrow *b) {
        return std::pair(a->from(), a->to()) < std::pair(b->from(), b->to());
    });
    arrows.erase(std::unique(arrows.begin(), arrows.end()), arrows.end());
    for (FlowArrow *arrow : std::as_const(arrows))
        m_placer.release(arrow);
    for (FlowArrow *arrow : std::as_const(arrows)) {
        if (!arrow->isVisible())
            continue;
        const QList<QPointF> candidates = arrow->labelCandidates();
        QPointF chosen = candidates.first(); // all taken: the middle, as before
        for (const QPointF &c : candidates) {
            if (m_placer.isFree(arrow->labelRectAt(c))) {
                chosen = c;
                break;
            }
        }
        arrow->setLabelCentre(chosen);
        m_placer.take(arrow, arrow->labelRect(), true);
    }
}

QString CanvasScene::arrowDetails(const FlowArrow *arrow) const
{
    const Analysis &analysis = m_document->analysis();
    const Plan &plan = analysis.plan();
    QStringList lines;
    for (const Flow &f : analysis.flows().flows) {
        for (const Hop &hop : Route::hops(plan, f)) {
            if (plan.devices[hop.from].id == arrow->from() &&
                plan.devices[hop.to].id == arrow->to())
                lines << f.number + QStringLiteral("  ") + plan.deviceName(f.from) +
                             QStringLiteral(" → ") + plan.deviceName(f.to) + QStringLiteral("  ") +
                             PlanReport::flowLabel(f);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void CanvasScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // Arrow tooltips are written when asked for: a large plan has thousands of flows. An arrow
    // answers on its label (drawn over the cards; the placer files every label).
    const QList<const void *> labels =
        m_placer.labelsIn(QRectF(event->scenePos(), QSizeF(0.01, 0.01)));
    if (!labels.isEmpty()) {
        const auto *arrow = static_cast<const FlowArrow *>(labels.first());
        QToolTip::showText(event->screenPos(), arrowDetails(arrow), event->widget());
        event->accept();
        return;
    }
    QGraphicsScene::helpEvent(event);
}

bool CanvasScene::placeArrow(FlowArrow *arrow)
{
    const DeviceItem *from = m_devices.value(arrow->from());
    const DeviceItem *to = m_devices.value(arrow->to());
    if (!from || !to) {
        arrow->setVisible(false);
        m_placer.release(arrow);
        m_paths.remove(arrow);
        return false;
    }
    const bool shown = arrow->isVisible();
    arrow->setVisible(true);
    // Two arrows between one pair (one each way) run side by side.
    const bool both = m_arrows.contains(
        HopTally::pairKey(HopTally::toOf(arrow->key()), HopTally::fromOf(arrow->key())));
    QLineF centres;
    const QPolygonF path = m_router.arrow(from->sceneCardRect(), to->sceneCardRect(), both ? 9 : 0,
                                          from, to, &centres);
    const bool moved = arrow->setPath(path);
    // Filed under the line between the centres too: a card leaving it may straighten the arrow.
    const QPolygonF straight({centres.p1(), centres.p2()});
    if (moved || !shown)
        m_paths.set(arrow, path.size() > 2 ? QList<QPolygonF>{path, straight}
                                           : QList<QPolygonF>{straight});
    return moved || !shown;
}

void CanvasScene::updateEmphasis()
{
    using Emphasis = FlowArrow::Emphasis;
    QSet<QString> focus;
    if (m_routeFrom.isEmpty()) {
        for (const QString &id : selectedIds()) {
            if (m_devices.contains(id))
                focus.insert(id);
        }
    }
    // Nothing selected and nothing emphasised before: every arrow is (and new ones are born)
    // normal, and a large plan's thousands need not be visited on each edit.
    if (m_routeFrom.isEmpty() && focus.isEmpty() && !m_emphasised)
        return;
    m_emphasised = !m_routeFrom.isEmpty() || !focus.isEmpty();
    for (FlowArrow *arrow : std::as_const(m_arrows)) {
        Emphasis e = Emphasis::Normal;
        if (!m_routeFrom.isEmpty()) {
            const bool ends = (arrow->from() == m_routeFrom && arrow->to() == m_routeTo) ||
                              (arrow->from() == m_routeTo && arrow->to() == m_routeFrom);
            const bool shares =
                std::any_of(m_routeNumbers.begin(), m_routeNumbers.end(),
                            [&](const QString &n) { return arrow->numbers().contains(n); });
            e = ends && shares ? Emphasis::Highlighted : Emphasis::Dimmed;
        } else if (!focus.isEmpty()) {
            e = focus.contains(arrow->from()) || focus.contains(arrow->to()) ? Emphasis::Highlighted
                                                                             : Emphasis::Dimmed;
        }
        arrow->setEmphasis(e);
    }
}

QPointF CanvasScene::snapped(const QPointF &pos) const
{
    if (!m_dragging || m_grid <= 0)
        return pos;
    return QPointF(std::round(pos.x() / m_grid) * m_grid, std::round(pos.y() / m_grid) * m_grid);
}

void CanvasScene::zoneDragged(ZoneItem *zone, const QPointF &delta)
{
    if (!m_dragging)
        return;
    for (DeviceItem *d : std::as_const(m_devices)) {
        if (d->device().zone == zone->id() && !d->isSelected())
            d->moveBy(delta.x(), delta.y());
    }
}

void CanvasScene::deviceMoved(DeviceItem *device)
{
    if (!m_dragging)
        return;
    deviceCardChanged(device);
    refreshGeometry();
}

void CanvasScene::commitZoneGeometry(const QString &id, const QRectF &geometry)
{
    const Zone *z = m_document->plan().zone(id);
    if (!z)
        return;
    Zone after = *z;
    after.geometry = geometry;
    if (after == *z)
        return;
    PlanEdit edit;
    edit.changeZone(m_document->plan(), after);
    m_document->edit(edit, tr("Resize “%1”").arg(z->name));
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    m_pressDevices.clear();
    m_pressZones.clear();
    for (const DeviceItem *d : std::as_const(m_devices))
        m_pressDevices.insert(d->id(), d->pos());
    for (const ZoneItem *z : std::as_const(m_zones))
        m_pressZones.insert(z->id(), z->pos());
    m_dragging = true;
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    commitMove();
}

void CanvasScene::commitMove()
{
    const Plan &plan = m_document->plan();
    QList<Zone> zones;
    for (auto it = m_pressZones.cbegin(); it != m_pressZones.cend(); ++it) {
        const ZoneItem *item = m_zones.value(it.key());
        if (item && item->pos() != it.value()) {
            Zone after = item->zone();
            after.geometry.moveTopLeft(item->pos());
            zones << after;
        }
    }
    PlanEdit zonesMoved; // where the dragged zones land, for the zone under each card
    for (const Zone &z : std::as_const(zones))
        zonesMoved.changeZone(plan, z);
    QStringList refused;
    QList<PlanOperations::DeviceMove> moves;
    for (auto it = m_pressDevices.cbegin(); it != m_pressDevices.cend(); ++it) {
        const DeviceItem *item = m_devices.value(it.key());
        if (!item || item->pos() == it.value())
            continue;
        const QPointF centre = item->sceneBoundingRect().center();
        const QString zone = PlanFactory::zoneAt(plan, zonesMoved, centre, item->device().zone);
        if (zone.isEmpty()) {
            refused << item->device().name;
            continue;
        }
        moves << PlanOperations::DeviceMove{it.key(), zone, item->pos()};
    }
    m_pressDevices.clear();
    m_pressZones.clear();
    if (!refused.isEmpty()) {
        // A device belongs to a zone: a drop outside every zone is taken back as a whole.
        revertMove();
        emit statusMessage(
            tr("“%1” must be dropped inside a zone.").arg(refused.join(QStringLiteral("”, “"))));
        return;
    }
    // The model moves whatever shares a machine with a device that changes zone.
    const PlanEdit edit = PlanOperations::move(plan, moves, zones).edit;
    if (edit.isEmpty())
        return;
    const bool oneDevice = edit.zones.isEmpty() && edit.devices.size() == 1;
    const QString text =
        oneDevice ? tr("Move “%1”").arg(edit.devices.first().after->name) : tr("Move");
    m_document->edit(edit, text);
}

void CanvasScene::revertMove()
{
    for (const Zone &z : m_document->plan().zones)
        updateZone(z.id);
    for (const Device &d : m_document->plan().devices)
        updateDevice(d.id);
    refreshGeometry();
}

bool CanvasScene::acceptsDrop(const QGraphicsSceneDragDropEvent *event) const
{
    const auto entry = PaletteMime::decode(event->mimeData());
    if (!entry)
        return false;
    // Zones go anywhere; a device needs a zone under it.
    return std::holds_alternative<Catalog::ZoneKind>(*entry) ||
           !zoneAt(event->scenePos()).isEmpty();
}

void CanvasScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(PaletteMime::decode(event->mimeData()).has_value());
}

void CanvasScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(acceptsDrop(event));
}

void CanvasScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto entry = PaletteMime::decode(event->mimeData());
    if (!entry || !acceptsDrop(event)) {
        event->ignore();
        if (entry)
            emit statusMessage(tr("Drop devices inside a zone."));
        return;
    }
    const Plan &plan = m_document->plan();
    PlanOperations::Result result;
    if (const auto *kind = std::get_if<Catalog::ZoneKind>(&*entry)) {
        const QSizeF size = CanvasStyle::NewZoneSize;
        result = PlanOperations::addZone(
            plan, *kind, QRectF(event->scenePos() - QPointF(size.width() / 2, 12), size));
    } else {
        const QSizeF size = CanvasStyle::DeviceSize;
        const QPointF topLeft = event->scenePos() - QPointF(size.width() / 2, size.height() / 2);
        result = PlanOperations::addDevice(plan, std::get<Catalog::Role>(*entry),
                                           zoneAt(event->scenePos()), topLeft.toPoint());
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    const auto &added = result.edit.zones.isEmpty() ? result.edit.devices.first().after->name
                                                    : result.edit.zones.first().after->name;
    m_document->edit(result.edit, tr("Add “%1”").arg(added));
    selectIds(result.ids);
}
