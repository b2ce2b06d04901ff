#pragma once

#include <QSizeF>

// The sizes the plan operations place things with (free spots, new zones). The canvas draws with
// the same numbers (app/canvas/CanvasStyle), so a spot the model calls free is free on screen.
namespace PlanLayout {
inline constexpr QSizeF DeviceSize{144, 54};
inline constexpr qreal ZoneHeader = 30;
inline constexpr QSizeF NewZoneSize{320, 260};
} // namespace PlanLayout
