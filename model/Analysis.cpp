#include "model/Analysis.h"

#include "model/AnalysisChange.h"
#include "model/FlowDeriver.h"
#include "model/Topology.h"
#include "model/Validator.h"

#include <atomic>

namespace {

// The flows with where each came from: the next analysis re-derives from them.
struct Derivation
{
    DerivedFlows flows;
    FlowOrigins origins;
    bool incremental = false;
    quint64 generation = 0;
    // When re-derived from the previous flows: what changed, from which generation.
    std::optional<Analysis::FlowChange> change;
};

// Analyses are made on several threads (the window's, the diagram worker's).
quint64 nextGeneration()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

Derivation deriveAll(const Topology &topology)
{
    Derivation d;
    d.flows = FlowDeriver::derive(topology, d.origins);
    d.generation = nextGeneration();
    return d;
}

} // namespace

// Allocated once and never moved: the topology and the flows point into `plan`.
struct Analysis::State
{
    explicit State(const Plan &source) : plan(source), topology(plan), derived(deriveAll(topology))
    {}
    // `give`: the previous state's flows may be moved from (nothing else holds that state).
    State(const State &previous, const Plan &source, const PlanEdit &edit, DerivedFlows *give)
        : State(previous, source, AnalysisChange::changedDevices(previous.topology, source, edit),
                give)
    {}

    const Plan plan;
    const Topology topology;
    // Never changed once made, but for one case: the analysis that replaces this one as its last
    // holder may take the flows (Analysis(Analysis &&, ...)); the state is then only let go.
    Derivation derived;

private:
    State(const State &previous, const Plan &source, const std::optional<QList<int>> &changed,
          DerivedFlows *give)
        : plan(source),
          topology(changed ? Topology(plan, previous.topology, *changed) : Topology(plan)),
          derived(changed ? deriveChange(previous, topology, *changed, give) : deriveAll(topology))
    {}

    static Derivation deriveChange(const State &previous, const Topology &topology,
                                   const QList<int> &changed, DerivedFlows *give)
    {
        Derivation d;
        d.incremental = true;
        if (changed.isEmpty()) {
            // Nothing the flows read changed: the previous ones stand as they are (shared).
            d.flows = previous.derived.flows;
            d.origins = previous.derived.origins;
            d.generation = previous.derived.generation;
            return d;
        }
        FlowDelta delta;
        // Given flows are moved out of the previous state, which is then freed with what remains
        // of them wherever its last holder lets it go.
        std::optional<DerivedFlows> flows =
            FlowDeriver::rederive(topology, previous.derived.flows, previous.derived.origins,
                                  AnalysisChange::work(previous.topology, topology, changed),
                                  d.origins, &delta, give ? &give->flows : nullptr);
        if (!flows)
            return deriveAll(topology);
        d.flows = std::move(*flows);
        d.generation = nextGeneration();
        d.change = Analysis::FlowChange{previous.derived.generation, std::move(delta.removed),
                                        std::move(delta.added)};
        return d;
    }
};

Analysis::Analysis()
{
    // Every document starts, and is emptied while an edit applies, with this one: made once.
    static const std::shared_ptr<const State> empty = std::make_shared<State>(Plan());
    m_state = empty;
}

Analysis::Analysis(const Plan &plan) : m_state(std::make_shared<State>(plan)) {}

Analysis::Analysis(const Analysis &previous, const Plan &plan, const PlanEdit &edit)
    : m_state(std::make_shared<State>(*previous.m_state, plan, edit, nullptr))
{}

Analysis::Analysis(Analysis &&previous, const Plan &plan, const PlanEdit &edit)
{
    // The last holder of a state may take from it: states are made non-const (make_shared<State>)
    // for this, and no other copy can read it meanwhile. The shared empty state is never the last.
    State &old = const_cast<State &>(*previous.m_state);
    DerivedFlows *give = previous.m_state.use_count() == 1 ? &old.derived.flows : nullptr;
    m_state = std::make_shared<State>(old, plan, edit, give);
}

bool Analysis::wasIncremental() const
{
    return m_state->derived.incremental;
}

const Analysis::FlowChange *Analysis::flowChange() const
{
    return m_state->derived.change ? &*m_state->derived.change : nullptr;
}

quint64 Analysis::flowsGeneration() const
{
    return m_state->derived.generation;
}

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
    return m_state->derived.flows;
}

QList<Finding> Analysis::findings(const Texts &texts) const
{
    return Validator::validate(m_state->topology, m_state->derived.flows, texts);
}

QList<ChecklistRow> Analysis::checklist(const Texts &texts) const
{
    return Checklist::build(m_state->plan, m_state->derived.flows, texts);
}
