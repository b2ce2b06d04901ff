#pragma once

#include "model/Checklist.h"
#include "model/Finding.h"
#include "model/Flow.h"
#include "model/Plan.h"
#include "model/Texts.h"

#include <memory>

class Topology;
struct PlanEdit;

// A plan and what follows from it: the flows, the findings and the checklist. It owns its own copy
// of the plan (Plan holds only implicitly shared Qt containers, so the copy costs a few reference
// counts), derives once on construction, and everything it hands out refers to that copy: the plan
// the caller goes on editing can never be the one the flows point into. Copies of an Analysis
// share one immutable state and may be read from any thread.
class Analysis
{
public:
    Analysis(); // of an empty plan
    explicit Analysis(const Plan &plan);
    // The analysis of `plan`, which `edit` (applied forwards or backwards) made from
    // previous.plan(): it names every zone and device in which the two differ. Gives what
    // Analysis(plan) gives, field for field and in the same order; when the edit's reach can be
    // bounded (AnalysisChange) it re-derives only that and keeps the rest of `previous`.
    Analysis(const Analysis &previous, const Plan &plan, const PlanEdit &edit);
    // The same, where `previous` is given up: when no copy of it is left elsewhere, its kept flows
    // are moved into this analysis rather than copied (tens of thousands on a large plan), and
    // `previous` is spent: its flows are left moved from. All that is left to do with it is to
    // let it go, on any thread (freeing a large plan's takes a while).
    Analysis(Analysis &&previous, const Plan &plan, const PlanEdit &edit);

    const Plan &plan() const;
    const Topology &topology() const;
    const DerivedFlows &flows() const;
    // The language-dependent results, worked out on each call in the language of `texts`: callers
    // that show them keep them.
    QList<Finding> findings(const Texts &texts = Texts()) const;
    QList<ChecklistRow> checklist(const Texts &texts = Texts()) const;
    // Whether the flows were made from a previous analysis rather than derived in full.
    bool wasIncremental() const;
    // Names the flows: two analyses with the same generation share one list of flows (an edit of
    // names or places only keeps its previous analysis's), so whatever was worked out from the
    // flows alone (the canvas's arrows and their numbers) still holds. A different generation
    // says only that the flows may differ.
    quint64 flowsGeneration() const;
    // The flows an edit changed, when they were re-derived from the previous analysis's (of
    // generation `from`): those it took away and those it put in, each in flow order. Whatever
    // was worked out from the flows of `from` can be brought up to date from these alone; it
    // matches what the whole flows give. Null when the flows were derived in full or kept.
    struct FlowChange
    {
        quint64 from = 0;
        QList<Flow> removed;
        QList<Flow> added;
    };
    const FlowChange *flowChange() const;

private:
    struct State;
    std::shared_ptr<const State> m_state;
};
