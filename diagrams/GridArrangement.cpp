#include "diagrams/GridArrangement.h"

#include "model/edit/PlanLayout.h"

#include <QtMath>

#include <algorithm>

namespace GridArrangement {

namespace {

constexpr qreal kCellWidth = PlanLayout::DeviceSize.width() + CardGapX;
constexpr qreal kCellHeight = PlanLayout::DeviceSize.height() + CardGapY;

// Columns of a zone's card grid: about as wide as tall on screen, so that large zones stay
// readable and the shelves pack well.
int columnsFor(qsizetype cards)
{
    if (cards <= 1)
        return 1;
    return std::max(1, qCeil(qSqrt(qreal(cards) * kCellHeight / kCellWidth)));
}

QSizeF zoneSize(qsizetype cards)
{
    const int columns = columnsFor(cards);
    const qsizetype rows = std::max<qsizetype>(1, (cards + columns - 1) / columns);
    return {2 * Padding + columns * kCellWidth - CardGapX,
            PlanLayout::ZoneHeader + 2 * Padding + qreal(rows) * kCellHeight - CardGapY};
}

} // namespace

QStringList orderedZones(const Plan &plan)
{
    QList<const Zone *> zones;
    for (const Zone &zone : plan.zones)
        zones << &zone;
    std::stable_sort(zones.begin(), zones.end(), [](const Zone *a, const Zone *b) {
        return Catalog::zoneKindOrder(a->kind) < Catalog::zoneKindOrder(b->kind);
    });
    QStringList ids;
    for (const Zone *zone : zones)
        ids << zone->id;
    return ids;
}

QHash<QString, QStringList> devicesByZone(const Plan &plan)
{
    QHash<QString, QStringList> members;
    for (const Device &device : plan.devices)
        members[plan.zone(device.zone) ? device.zone : QString()] << device.id;
    return members;
}

qreal placeCards(const QStringList &deviceIds, const QPointF &origin, qreal width, Arrangement &out)
{
    const int columns = std::max(1, int((width + CardGapX) / kCellWidth));
    for (int i = 0; i < deviceIds.size(); ++i)
        out.devices.insert(deviceIds[i], origin + QPointF((i % columns) * kCellWidth,
                                                          (i / columns) * kCellHeight));
    const qsizetype rows = (deviceIds.size() + columns - 1) / columns;
    return origin.y() + std::max<qreal>(0, qreal(rows) * kCellHeight - CardGapY);
}

qreal placeZones(const QStringList &zoneIds, const QHash<QString, QStringList> &members,
                 const QPointF &origin, qreal width, Arrangement &out)
{
    QPointF at = origin;
    qreal shelfHeight = 0;
    for (const QString &id : zoneIds) {
        const QStringList cards = members.value(id);
        const QSizeF size = zoneSize(cards.size());
        if (at.x() > origin.x() && at.x() + size.width() > origin.x() + width) {
            at = QPointF(origin.x(), at.y() + shelfHeight + ZoneGap);
            shelfHeight = 0;
        }
        const QRectF box(at, size);
        out.zones.insert(id, box);
        placeCards(cards, box.topLeft() + QPointF(Padding, PlanLayout::ZoneHeader + Padding),
                   size.width() - 2 * Padding, out);
        shelfHeight = std::max(shelfHeight, size.height());
        at.rx() += size.width() + ZoneGap;
    }
    return zoneIds.isEmpty() ? origin.y() : at.y() + shelfHeight;
}

Arrangement arrange(const Plan &plan, const QPointF &origin)
{
    const QStringList zones = orderedZones(plan);
    const QHash<QString, QStringList> members = devicesByZone(plan);
    // Shelves about as wide as the whole is tall (the area's square root), a little wider for
    // the landscape screen; never narrower than the widest box.
    qreal area = 0;
    qreal widest = PlanLayout::DeviceSize.width();
    for (const QString &id : zones) {
        const QSizeF size = zoneSize(members.value(id).size());
        area += (size.width() + ZoneGap) * (size.height() + ZoneGap);
        widest = std::max(widest, size.width());
    }
    const qreal width = std::max(widest, 1.5 * qSqrt(area));
    Arrangement out;
    qreal bottom = placeZones(zones, members, origin, width, out);
    const QStringList loose = members.value(QString());
    if (!loose.isEmpty())
        placeCards(loose, QPointF(origin.x(), zones.isEmpty() ? bottom : bottom + ZoneGap), width,
                   out);
    return out;
}

} // namespace GridArrangement
