#include "model/edit/PlanFactory.h"

#include "model/edit/PlanLayout.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QList<QRectF> deviceRects(const Plan &plan, const PlanEdit &edit)
{
    QList<QRectF> rects;
    for (const Device &d : plan.devices) {
        if (const auto current = edit.device(plan, d.id))
            rects << QRectF(current->position, PlanLayout::DeviceSize);
    }
    for (const auto &c : edit.devices) {
        if (c.after && !plan.device(c.id))
            rects << QRectF(c.after->position, PlanLayout::DeviceSize);
    }
    return rects;
}

} // namespace

QString PlanFactory::freshId(const Plan &plan, const PlanEdit &edit, const QString &stem)
{
    Plan probe;
    probe.zones = plan.zones;
    probe.devices = plan.devices;
    for (const auto &c : edit.zones) {
        if (c.after && !plan.zone(c.id))
            probe.zones << *c.after;
    }
    for (const auto &c : edit.devices) {
        if (c.after && !plan.device(c.id))
            probe.devices << *c.after;
    }
    return probe.uniqueId(stem);
}

Zone PlanFactory::zone(const Plan &plan, Catalog::ZoneKind kind, const QRectF &geometry)
{
    const Catalog::ZoneKindInfo &info = Catalog::zoneKindInfo(kind);
    Zone z = Zone::make(plan.uniqueId(QLatin1String(info.id)), kind,
                        QCoreApplication::translate("Zone", info.name));
    z.geometry = geometry;
    return z;
}

Device PlanFactory::device(const Plan &plan, Catalog::Role role, const QString &zoneId,
                           const QPointF &position)
{
    const Catalog::RoleInfo &info = Catalog::roleInfo(role);
    Device d = Device::make(plan.uniqueId(QLatin1String(info.id)), role, zoneId, 1,
                            QCoreApplication::translate("Role", info.name));
    d.position = position;
    return d;
}

Device PlanFactory::deviceInZone(const Plan &plan, PlanEdit &edit, Catalog::Role role,
                                 const QString &zoneId)
{
    Device d = device(plan, role, zoneId, placeInZone(plan, edit, zoneId));
    d.id = freshId(plan, edit, QLatin1String(Catalog::roleInfo(role).id));
    return d;
}

std::optional<QPointF> PlanFactory::freeSpotIn(const QRectF &zoneArea, const QList<QRectF> &cards)
{
    const QRectF area = zoneArea.adjusted(16, PlanLayout::ZoneHeader + 12, -16, -12);
    const QSizeF size = PlanLayout::DeviceSize;
    for (qreal x = area.left(); x + size.width() <= area.right() || x == area.left();
         x += size.width() + 16) {
        for (qreal y = area.top(); y + size.height() <= area.bottom(); y += size.height() + 16) {
            const QRectF candidate(QPointF(x, y), size);
            const bool free = std::none_of(cards.begin(), cards.end(), [&](const QRectF &r) {
                return r.adjusted(-8, -8, 8, 8).intersects(candidate);
            });
            if (free)
                return candidate.topLeft();
        }
    }
    return std::nullopt;
}

QPointF PlanFactory::freeSpot(const Plan &plan, const PlanEdit &edit, const QString &zoneId)
{
    const auto z = edit.zone(plan, zoneId);
    const QRectF zoneArea = z ? z->geometry : QRectF(-16, -42, 432, 454);
    const auto spot = freeSpotIn(zoneArea, deviceRects(plan, edit));
    // A full zone: on top of the first device, still inside (placeInZone grows it instead).
    return spot.value_or(zoneArea.topLeft() + QPointF(16, PlanLayout::ZoneHeader + 12));
}

bool PlanFactory::isFree(const Plan &plan, const PlanEdit &edit, const QRectF &card)
{
    const QList<QRectF> cards = deviceRects(plan, edit);
    return std::none_of(cards.begin(), cards.end(),
                        [&](const QRectF &r) { return r.intersects(card); });
}

QPointF PlanFactory::placeInZone(const Plan &plan, PlanEdit &edit, const QString &zoneId)
{
    auto z = edit.zone(plan, zoneId);
    if (!z)
        return freeSpot(plan, edit, zoneId);
    const QList<QRectF> cards = deviceRects(plan, edit);
    if (const auto spot = freeSpotIn(z->geometry, cards))
        return *spot;
    // No room: the zone grows downwards until a place is free, so the
    // new card never hides another.
    Zone grown = *z;
    for (int i = 0; i < 100; ++i) {
        grown.geometry.setBottom(grown.geometry.bottom() + PlanLayout::DeviceSize.height() + 16);
        if (const auto spot = freeSpotIn(grown.geometry, cards)) {
            edit.changeZone(plan, grown);
            return *spot;
        }
    }
    return freeSpot(plan, edit, zoneId);
}

QString PlanFactory::ensureZone(const Plan &plan, PlanEdit &edit, Catalog::ZoneKind kind)
{
    QRectF all;
    for (const Zone &z : plan.zones) {
        const auto current = edit.zone(plan, z.id);
        if (current && current->kind == kind)
            return z.id;
        if (current)
            all = all.united(current->geometry);
    }
    for (const auto &c : edit.zones) {
        if (c.after && !plan.zone(c.id) && c.after->kind == kind)
            return c.id;
    }
    const qreal height = all.isEmpty() ? PlanLayout::NewZoneSize.height() : all.height();
    Zone z = zone(plan, kind,
                  QRectF(all.isEmpty() ? 0 : all.right() + 40, all.top(),
                         PlanLayout::NewZoneSize.width(), height));
    z.id = freshId(plan, edit, z.id);
    edit.addZone(z);
    return z.id;
}

QString PlanFactory::zoneAt(const Plan &plan, const PlanEdit &edit, const QPointF &point,
                            const QString &preferred)
{
    if (const auto p = edit.zone(plan, preferred); p && p->geometry.contains(point))
        return preferred;
    QString found;
    for (const Zone &z : plan.zones) {
        const auto current = edit.zone(plan, z.id);
        if (current && current->geometry.contains(point))
            found = z.id;
    }
    for (const auto &c : edit.zones) {
        if (c.after && !plan.zone(c.id) && c.after->geometry.contains(point))
            found = c.id;
    }
    return found;
}
