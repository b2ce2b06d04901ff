#pragma once

#include "model/FlowDeriver.h"
#include "model/edit/PlanEdit.h"

#include <optional>

class Topology;

// How far an edit reaches into an analysis: the devices whose topology facts change and the
// visits of the flow rules that can come out differently once the edit is made, when that can be
// proved from the edit; the rest of the previous analysis stands. Edits whose reach cannot be
// bounded this way are analysed in full.
class AnalysisChange
{
public:
    // The positions of the devices whose change the derivation has to follow, when `edit`
    // (applied either way: only the ids it names matter) lists every zone and device in which
    // `after` differs from before.plan() and the edit's reach can be bounded; every one of them
    // a leaf (see the .cpp), so that Topology(plan, previous, changed) applies. nullopt: derive
    // in full.
    static std::optional<QList<int>> changedDevices(const Topology &before, const Plan &after,
                                                    const PlanEdit &edit);
    // The visits of the flow rules that can come out differently for those changes.
    static QList<FlowWork> work(const Topology &before, const Topology &after,
                                const QList<int> &changed);

private:
    static bool zonesKeepTheirKinds(const Plan &before, const Plan &after, const QString &id);
    static void addLeafWork(const Topology &before, const Topology &after, int index,
                            QList<FlowWork> &work);
};
