#pragma once

#include "model/Plan.h"
#include "model/edit/Arrangement.h"

#include <QHash>
#include <QPointF>
#include <QStringList>

// The arrangement without Graphviz, for plans too large for dot (and for what dot leaves out):
// zone boxes packed in rows (shelves) in the figure's order LAN -> DMZ -> Internet, the cards of
// each zone in a grid inside its box. Deterministic: the same plan gives the same places.
namespace GridArrangement {

// Spacing shared with the Graphviz arrangement, so that both look alike.
inline constexpr qreal Padding = 16;  // inside a zone box, around its cards
inline constexpr qreal CardGapX = 24; // between cards side by side
inline constexpr qreal CardGapY = 18; // between cards one above the other
inline constexpr qreal ZoneGap = 48;  // between zone boxes

// The plan's zone ids ordered by kind (LAN, DMZ, Internet), then as listed.
QStringList orderedZones(const Plan &plan);
// Each zone's device ids in plan order; devices whose zone is unknown under the empty key.
QHash<QString, QStringList> devicesByZone(const Plan &plan);

// The whole plan, its top-left corner at `origin`.
Arrangement arrange(const Plan &plan, const QPointF &origin = QPointF());

// Packs the boxes of `zoneIds` (each with the cards of `members`) in shelves from `origin`, no
// wider than `width` unless one box is; returns the bottom of the last shelf.
qreal placeZones(const QStringList &zoneIds, const QHash<QString, QStringList> &members,
                 const QPointF &origin, qreal width, Arrangement &out);
// Cards in rows from `origin`, no wider than `width`; returns the bottom of the last row.
qreal placeCards(const QStringList &deviceIds, const QPointF &origin, qreal width,
                 Arrangement &out);

} // namespace GridArrangement
