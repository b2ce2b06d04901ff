#pragma once

#include "model/Plan.h"
#include "model/edit/PlanEdit.h"

#include <QSizeF>

#include <functional>

// One of the plan operations (model/edit/PlanOperations.h), in a header of its own: a device card
// that grows (a longer name wraps onto two lines or widens the card) must not cover its
// neighbours, so the rename that grows it moves them out of its way in the same undo step.
namespace PlanOperations {

// The size of a device's card: the window measures the card's text; without a measure every
// card is PlanLayout::DeviceSize.
using CardSize = std::function<QSizeF(const Device &)>;

// The gap kept between a grown card and the neighbours it moves.
inline constexpr qreal CardGap = 12;

// Adds to `edit` the moves that keep the card of `id` (as `edit` leaves it, sized by `cardSize`)
// off the cards of its zone it did not cover before the edit: a card beside it (its top within
// the card's first row) moves right, any other below; the cards those then cover move on the same
// way, and a zone grows to keep its moved cards inside. Cards that already overlapped stay where
// the planner put them. Returns how many devices moved.
int makeRoom(const Plan &plan, PlanEdit &edit, const QString &id, const CardSize &cardSize);

} // namespace PlanOperations
