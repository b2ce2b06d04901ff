#pragma once

#include "model/Plan.h"
#include "model/edit/PlanEdit.h"

#include <QPointF>
#include <QStringList>

// A piece of a plan (zones and devices) cut out for the clipboard, duplicating or deleting, and
// put back in under new ids.
namespace PlanFragment {

// The fragment of `plan` for the selected ids: selected zones take their devices along.
Plan select(const Plan &plan, const QStringList &ids);

// Adds a copy of `fragment` to `edit` under new ids, shifted by `offset`. A copied zone takes its
// copied devices; a device whose zone did not come along goes to `targetZone` when that is given,
// else into the zone under its new place, else stays in its old zone. A device copied together
// with its host shares the copy's machine; otherwise it keeps its host only if that host is in
// `plan` and in the same zone (a copy never drags the original's machine along).
// Returns the new ids.
QStringList copyInto(const Plan &plan, PlanEdit &edit, const Plan &fragment, const QPointF &offset,
                     const QString &targetZone = QString());

} // namespace PlanFragment
