#pragma once

#include "model/Catalog.h"
#include "model/edit/PlanLayout.h"

#include <QColor>
#include <QSizeF>

// Sizes and colours the canvas items share, in one place so the canvas reads as one design.
namespace CanvasStyle {
inline constexpr QSizeF DeviceSize = PlanLayout::DeviceSize;
inline constexpr qreal ZoneHeader = PlanLayout::ZoneHeader;
inline constexpr QSizeF MinimumZoneSize{180, 120};
inline constexpr QSizeF NewZoneSize = PlanLayout::NewZoneSize;
// Below this zoom text is too small to read and is left out (level of detail).
inline constexpr qreal MinimumTextDetail = 0.35;

QColor zoneFill(Catalog::ZoneKind kind);
QColor zoneAccent(Catalog::ZoneKind kind);
QColor arrow();
QColor arrowHighlight();
QColor selection();
} // namespace CanvasStyle
