#pragma once

#include "model/edit/PlanOperations.h"

#include <QPointF>
#include <QSizeF>
#include <QStringList>

#include <functional>

// Moving selected zones and device cards as drawing programs do: nudging by a step, snapping to a
// grid, aligning edges or centres and spacing evenly. Each returns one edit (one undo step); a zone
// that moves takes the devices inside it along. A card whose centre ends up in another zone
// belongs to it from then on, as after a drag; one that ends up outside every zone keeps its zone,
// and `outside` names it.
namespace PlanAlignment {

enum class Edge
{
    Left,
    Right,
    Top,
    Bottom,
    HorizontalCentre, // one vertical line through every centre
    VerticalCentre    // one horizontal line through every centre
};

// The size of a device's card as drawn: the canvas widens and heightens cards for long names, and
// edges, centres and gaps are those the planner sees. Empty: the plan's own card size.
using CardSize = std::function<QSizeF(const Device &)>;

// Moves `ids` by `delta`; with `grid` > 0 each one's top-left then lands on the grid.
PlanOperations::Result nudge(const Plan &plan, const QStringList &ids, const QPointF &delta,
                             qreal grid = 0, const CardSize &card = {});
// Lines up the edges or centres of `ids` with the outermost one (two or more).
PlanOperations::Result align(const Plan &plan, const QStringList &ids, Edge edge,
                             const CardSize &card = {});
// Spaces `ids` evenly between the outermost two (three or more), keeping their order.
PlanOperations::Result distribute(const Plan &plan, const QStringList &ids, Qt::Orientation along,
                                  const CardSize &card = {});

// `value` on the nearest multiple of `grid` (unchanged when `grid` is not positive).
qreal snap(qreal value, qreal grid);

} // namespace PlanAlignment
