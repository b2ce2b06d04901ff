#pragma once

#include "model/Plan.h"
#include "model/edit/PlanEdit.h"

#include <optional>

// New zones and devices as the planner creates them (palette drops, fixes, paste): fresh ids from
// Plan::uniqueId, readable default names, a free spot inside the zone. Every id and spot also
// avoids what the pending edit already adds.
class PlanFactory
{
public:
    static Zone zone(const Plan &plan, Catalog::ZoneKind kind, const QRectF &geometry);
    static Device device(const Plan &plan, Catalog::Role role, const QString &zoneId,
                         const QPointF &position);
    // A device of `role` placed at a free spot of `zoneId`, with the edit's pending changes seen.
    // When the zone is full it grows (in `edit`).
    static Device deviceInZone(const Plan &plan, PlanEdit &edit, Catalog::Role role,
                               const QString &zoneId);
    // Top-left corner of a device-sized place in the zone that no device of the plan covers.
    static QPointF freeSpot(const Plan &plan, const PlanEdit &edit, const QString &zoneId);
    // The same, except that a full zone grows downwards (in `edit`) to make room.
    static QPointF placeInZone(const Plan &plan, PlanEdit &edit, const QString &zoneId);
    // True when no card of the plan (with the edit applied) overlaps `card`.
    static bool isFree(const Plan &plan, const PlanEdit &edit, const QRectF &card);
    // The first free card place (row by row) inside a zone's area, clear of `cards`.
    static std::optional<QPointF> freeSpotIn(const QRectF &zoneArea, const QList<QRectF> &cards);
    // The first zone of `kind` (with the edit applied); when there is none, adds one to `edit`
    // right of every other zone and returns its id.
    static QString ensureZone(const Plan &plan, PlanEdit &edit, Catalog::ZoneKind kind);
    // Plan::uniqueId that also avoids ids the edit is adding.
    static QString freshId(const Plan &plan, const PlanEdit &edit, const QString &stem);
    // The zone whose area holds `point`, with the edit applied: `preferred` when it does (a card
    // moved within its zone stays there where zones overlap), else the last one in plan order,
    // which the canvas draws on top; empty when none does.
    static QString zoneAt(const Plan &plan, const PlanEdit &edit, const QPointF &point,
                          const QString &preferred = QString());
};
