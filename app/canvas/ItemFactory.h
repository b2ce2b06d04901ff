#pragma once

#include "model/Plan.h"
#include "model/edit/PlanEdit.h"

#include <QCoreApplication>

// New zones and devices as the planner creates them (palette drops, fixes, paste): fresh ids from
// Plan::uniqueId, readable default names, a free spot inside the zone.
class ItemFactory
{
    Q_DECLARE_TR_FUNCTIONS(ItemFactory)

public:
    static Zone zone(const Plan &plan, Catalog::ZoneKind kind, const QRectF &geometry);
    static Device device(const Plan &plan, Catalog::Role role, const QString &zoneId,
                         const QPointF &position);
    // A device of `role` placed at a free spot of `zoneId`, with the edit's pending changes seen.
    static Device deviceInZone(const Plan &plan, const PlanEdit &edit, Catalog::Role role,
                               const QString &zoneId);
    // Top-left corner of a device-sized place in the zone that no device of the plan covers.
    static QPointF freeSpot(const Plan &plan, const PlanEdit &edit, const QString &zoneId);
    // The first zone of `kind` (with the edit applied); when there is none, adds one to `edit`
    // right of every other zone and returns its id.
    static QString ensureZone(const Plan &plan, PlanEdit &edit, Catalog::ZoneKind kind);
    // A copy of `source` under new ids (pasting, duplicating), shifted by `offset`.
    static void copyInto(const Plan &plan, PlanEdit &edit, const QList<Zone> &zones,
                         const QList<Device> &devices, const QPointF &offset, QStringList *newIds);
};
