#include "model/Analysis.h"

#include "model/FlowDeriver.h"
#include "model/Topology.h"
#include "model/Validator.h"

// Allocated once and never moved: the topology and the flows point into `plan`.
struct Analysis::State
{
    explicit State(const Plan &source)
        : plan(source), topology(plan), flows(FlowDeriver::derive(topology))
    {}

    const Plan plan;
    const Topology topology;
    const DerivedFlows flows;
};

Analysis::Analysis() : Analysis(Plan()) {}

Analysis::Analysis(const Plan &plan) : m_state(std::make_shared<const State>(plan)) {}

const Plan &Analysis::plan() const
{
    return m_state->plan;
}

const Topology &Analysis::topology() const
{
    return m_state->topology;
}

const DerivedFlows &Analysis::flows() const
{
    return m_state->flows;
}

QList<Finding> Analysis::findings(const Texts &texts) const
{
    return Validator::validate(m_state->topology, m_state->flows, texts);
}

QList<ChecklistRow> Analysis::checklist(const Texts &texts) const
{
    return Checklist::build(m_state->plan, m_state->flows, texts);
}
