#pragma once

#include "model/FlowDeriver.h"
#include "model/edit/PlanEdit.h"

#include <optional>

class Topology;

// How far an edit reaches into a derivation: the visits of the flow rules that can come out
// differently once the edit is made, when that can be proved from the edit; the rest of the
// previous derivation stands. Edits whose reach cannot be bounded this way are derived in full.
class AnalysisChange
{
public:
    // The work that turns the derivation of `before`'s plan into that of `after`'s, where `edit`
    // (applied either way: only the ids it names matter) lists every zone and device in which the
    // two plans differ. nullopt: derive in full.
    static std::optional<QList<FlowWork>> work(const Topology &before, const Topology &after,
                                               const PlanEdit &edit);

private:
    static bool zonesKeepTheirKinds(const Plan &before, const Plan &after, const QString &id);
    static void addLeafWork(const Topology &before, const Topology &after, int index,
                            QList<FlowWork> &work);
};
