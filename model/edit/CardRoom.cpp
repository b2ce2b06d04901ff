#include "model/edit/CardRoom.h"

#include "model/edit/PlanLayout.h"

#include <QSet>

namespace PlanOperations {

namespace {

// The margin a zone keeps around the cards it grows to hold.
constexpr qreal ZoneMargin = 20;

} // namespace

int makeRoom(const Plan &plan, PlanEdit &edit, const QString &id, const CardSize &cardSize)
{
    const auto card = [&](const Device &d) {
        return QRectF(d.position, cardSize ? cardSize(d) : PlanLayout::DeviceSize);
    };
    QSet<QString> moved;
    QSet<QString> zones;
    // Each step: a card that grew or moved, and where it was before.
    QList<std::pair<QString, QRectF>> queue;
    if (const Device *d = plan.device(id))
        queue.append({id, card(*d)});
    // Every device moves at most once per card that pushes it: a bounded walk on any plan.
    qsizetype budget = plan.devices.size() * 4 + 4;
    while (!queue.isEmpty() && budget-- > 0) {
        const auto [pusherId, before] = queue.takeFirst();
        const auto pusher = edit.device(plan, pusherId);
        if (!pusher)
            continue;
        const QRectF now = card(*pusher);
        const QRectF reach = now.adjusted(0, 0, CardGap, CardGap);
        for (const Device &d : plan.devices) {
            const auto other = edit.device(plan, d.id);
            if (!other || other->id == pusherId || other->id == id || other->zone != pusher->zone)
                continue;
            const QRectF rect = card(*other);
            if (!rect.intersects(reach) || rect.intersects(before))
                continue;
            Device after = *other;
            const bool beside = rect.top() < now.top() + PlanLayout::DeviceSize.height() &&
                                rect.left() > now.left();
            if (beside)
                after.position.setX(now.right() + CardGap);
            else
                after.position.setY(now.bottom() + CardGap);
            edit.changeDevice(plan, after);
            moved.insert(after.id);
            zones.insert(after.zone);
            queue.append({after.id, rect});
        }
    }
    for (const QString &zoneId : std::as_const(zones)) {
        auto zone = edit.zone(plan, zoneId);
        if (!zone)
            continue;
        QRectF needed = zone->geometry;
        for (const QString &movedId : std::as_const(moved)) {
            if (const auto now = edit.device(plan, movedId); now && now->zone == zoneId)
                needed = needed.united(card(*now).adjusted(0, 0, ZoneMargin, ZoneMargin));
        }
        if (needed != zone->geometry) {
            zone->geometry = needed;
            edit.changeZone(plan, *zone);
        }
    }
    return int(moved.size());
}

} // namespace PlanOperations
