#include "model/edit/PlanFragment.h"

#include "model/edit/PlanFactory.h"
#include "model/edit/PlanLayout.h"

#include <QHash>
#include <QRectF>

namespace PlanFragment {

Plan select(const Plan &plan, const QStringList &ids)
{
    Plan result;
    for (const Zone &z : plan.zones) {
        if (ids.contains(z.id))
            result.zones << z;
    }
    for (const Device &d : plan.devices) {
        if (ids.contains(d.id) || result.zone(d.zone))
            result.devices << d;
    }
    return result;
}

QStringList copyInto(const Plan &plan, PlanEdit &edit, const Plan &fragment, const QPointF &offset,
                     const QString &targetZone)
{
    QStringList newIds;
    QHash<QString, QString> renamed;
    for (Zone z : fragment.zones) {
        const QString old = z.id;
        z.id = PlanFactory::freshId(plan, edit, z.id);
        z.geometry.translate(offset);
        renamed.insert(old, z.id);
        edit.addZone(z);
        newIds << z.id;
    }
    for (Device d : fragment.devices) {
        renamed.insert(d.id, PlanFactory::freshId(plan, edit, d.id));
        d.id = renamed.value(d.id);
        d.position += offset;
        const bool copiedZone = renamed.contains(d.zone);
        if (copiedZone) {
            d.zone = renamed.value(d.zone); // a copied zone takes its copied devices
        } else if (!targetZone.isEmpty()) {
            d.zone = targetZone;
        } else {
            const QString under = PlanFactory::zoneAt(
                plan, edit, QRectF(d.position, PlanLayout::DeviceSize).center());
            if (!under.isEmpty() || !edit.zone(plan, d.zone))
                d.zone = under;
        }
        // A copy outside a copied zone never hides a card (pasting next to the original would):
        // a free spot of its zone instead.
        if (!copiedZone && !d.zone.isEmpty() &&
            !PlanFactory::isFree(plan, edit, QRectF(d.position, PlanLayout::DeviceSize)))
            d.position = PlanFactory::placeInZone(plan, edit, d.zone);
        edit.addDevice(d);
        newIds << d.id;
    }
    // A device copied with the device it shares a host with keeps sharing with the copy.
    for (auto &c : edit.devices) {
        if (!c.after || !newIds.contains(c.id))
            continue;
        if (renamed.contains(c.after->host))
            c.after->host = renamed.value(c.after->host);
        else if (const auto host = edit.device(plan, c.after->host);
                 !host || host->zone != c.after->zone)
            c.after->host.clear(); // that machine is not there, or not in this zone: its own one
    }
    return newIds;
}

} // namespace PlanFragment
