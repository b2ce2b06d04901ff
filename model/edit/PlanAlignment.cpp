#include "model/edit/PlanAlignment.h"

#include "model/edit/PlanFactory.h"
#include "model/edit/PlanLayout.h"

#include <QHash>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace PlanAlignment {

namespace {

QSizeF sizeOf(const Device &d, const CardSize &card)
{
    return card ? card(d) : PlanLayout::DeviceSize;
}

// A zone's area or a device's card, by id; empty when the id is neither.
QRectF rectOf(const Plan &plan, const QString &id, const CardSize &card)
{
    if (const Zone *z = plan.zone(id))
        return z->geometry;
    if (const Device *d = plan.device(id))
        return QRectF(d->position, sizeOf(*d, card));
    return QRectF();
}

QStringList known(const Plan &plan, const QStringList &ids)
{
    QStringList found;
    for (const QString &id : ids) {
        if ((plan.zone(id) || plan.device(id)) && !found.contains(id))
            found << id;
    }
    return found;
}

// Whole units: even spacing divides unevenly, and a file should not keep 539.9999999999999.
QPointF rounded(const QPointF &p)
{
    return QPointF(std::round(p.x()), std::round(p.y()));
}

// Moves every element by its own shift: zones take their devices along unless those have a shift
// of their own.
PlanOperations::Result shift(const Plan &plan, const QHash<QString, QPointF> &shifts,
                             const CardSize &card)
{
    PlanOperations::Result r;
    QHash<QString, QPointF> devices;
    for (auto it = shifts.cbegin(); it != shifts.cend(); ++it) {
        if (it.value().isNull())
            continue;
        if (const Zone *z = plan.zone(it.key())) {
            Zone after = *z;
            after.geometry.moveTopLeft(rounded(z->geometry.topLeft() + it.value()));
            r.edit.changeZone(plan, after);
            r.ids << z->id;
            for (const Device &d : plan.devices) {
                if (d.zone == z->id && !shifts.contains(d.id)) {
                    devices.insert(d.id, it.value());
                    ++r.cascaded;
                }
            }
        } else if (plan.device(it.key())) {
            devices.insert(it.key(), it.value());
            r.ids << it.key();
        }
    }
    // A card belongs to the zone under its centre, as after a drag: one that crosses into another
    // zone moves there (with the devices sharing its machine). Unlike a drop, a step that leaves
    // the centre outside every zone is made and the card keeps its zone: a card crosses the gap
    // between two zones a step at a time.
    QList<PlanOperations::DeviceMove> moves;
    for (auto it = devices.cbegin(); it != devices.cend(); ++it) {
        const Device &d = *plan.device(it.key());
        const QPointF position = rounded(d.position + it.value());
        const QPointF centre = QRectF(position, sizeOf(d, card)).center();
        QString zone = PlanFactory::zoneAt(plan, r.edit, centre, d.zone);
        if (zone.isEmpty()) {
            zone = d.zone;
            r.outside << d.id;
        }
        moves << PlanOperations::DeviceMove{d.id, zone, position};
    }
    r.cascaded += PlanOperations::moveInto(plan, r.edit, moves);
    return r;
}

} // namespace

qreal snap(qreal value, qreal grid)
{
    return grid > 0 ? std::round(value / grid) * grid : value;
}

PlanOperations::Result nudge(const Plan &plan, const QStringList &ids, const QPointF &delta,
                             qreal grid, const CardSize &card)
{
    QHash<QString, QPointF> shifts;
    for (const QString &id : known(plan, ids)) {
        const QPointF from = rectOf(plan, id, card).topLeft();
        const QPointF to = from + delta;
        shifts.insert(id, QPointF(snap(to.x(), grid), snap(to.y(), grid)) - from);
    }
    return shift(plan, shifts, card);
}

PlanOperations::Result align(const Plan &plan, const QStringList &ids, Edge edge,
                             const CardSize &card)
{
    const QStringList found = known(plan, ids);
    if (found.size() < 2)
        return {};
    QRectF bounds;
    for (const QString &id : found)
        bounds = bounds.united(rectOf(plan, id, card));
    QHash<QString, QPointF> shifts;
    for (const QString &id : found) {
        const QRectF r = rectOf(plan, id, card);
        QPointF s;
        switch (edge) {
        case Edge::Left:
            s.setX(bounds.left() - r.left());
            break;
        case Edge::Right:
            s.setX(bounds.right() - r.right());
            break;
        case Edge::Top:
            s.setY(bounds.top() - r.top());
            break;
        case Edge::Bottom:
            s.setY(bounds.bottom() - r.bottom());
            break;
        case Edge::HorizontalCentre:
            s.setX(bounds.center().x() - r.center().x());
            break;
        case Edge::VerticalCentre:
            s.setY(bounds.center().y() - r.center().y());
            break;
        }
        shifts.insert(id, s);
    }
    return shift(plan, shifts, card);
}

PlanOperations::Result distribute(const Plan &plan, const QStringList &ids, Qt::Orientation along,
                                  const CardSize &card)
{
    QStringList found = known(plan, ids);
    if (found.size() < 3)
        return {};
    const bool horizontal = along == Qt::Horizontal;
    auto start = [&](const QString &id) {
        const QRectF r = rectOf(plan, id, card);
        return horizontal ? r.left() : r.top();
    };
    auto length = [&](const QString &id) {
        const QRectF r = rectOf(plan, id, card);
        return horizontal ? r.width() : r.height();
    };
    std::stable_sort(found.begin(), found.end(),
                     [&](const QString &a, const QString &b) { return start(a) < start(b); });
    // Equal gaps between neighbours, the first and the last staying where they are.
    const qreal first = start(found.first());
    const qreal end = start(found.last()) + length(found.last());
    qreal occupied = 0;
    for (const QString &id : found)
        occupied += length(id);
    const qreal gap = (end - first - occupied) / qreal(found.size() - 1);
    QHash<QString, QPointF> shifts;
    qreal next = first;
    for (const QString &id : found) {
        const qreal by = next - start(id);
        shifts.insert(id, horizontal ? QPointF(by, 0) : QPointF(0, by));
        next += length(id) + gap;
    }
    return shift(plan, shifts, card);
}

} // namespace PlanAlignment
