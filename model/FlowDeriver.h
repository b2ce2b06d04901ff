#pragma once

#include "model/Flow.h"
#include "model/Plan.h"

#include <optional>
#include <vector>

class Topology;

// Where a flow or a missing path came from, so that a later derivation can keep what it does not
// redo: the rule applied, the device visited as initiator (its position in plan.devices) and, for
// the rules that enumerate responders (a server's agents, a distribution point's agents, a push
// service's devices), which one: its place in the rule's responder roles and its position. Flows
// come out in (bucket, origin) order and missing paths in origin order: the order re-derivation
// merges by.
struct FlowOrigin
{
    int rule = -1;
    int initiator = -1;
    int slot = 0;
    int responder = -1;

    auto operator<=>(const FlowOrigin &) const = default;
};

// The origin of every flow and missing path of one derivation, in the same order.
struct FlowOrigins
{
    QList<FlowOrigin> flows;
    QList<FlowOrigin> missing;
};

// What a re-derivation changed: the previous flows it redid and the flows that came out of
// that work, each in flow order.
struct FlowDelta
{
    QList<Flow> removed;
    QList<Flow> added;
};

// A part of a derivation to do again: the visit of one initiator by one rule, whole (no
// responders named) or only for the responders named (plan positions).
struct FlowWork
{
    int rule = -1;
    int initiator = -1;
    QList<int> responders;
};

// Applies the catalog's flow rules to a plan: every flow the KSC documentation prescribes for that
// placement, in catalog order.
class FlowDeriver
{
public:
    // The flows of the topology's plan; they point into that plan by position.
    static DerivedFlows derive(const Topology &topology);
    // For a plan with no topology at hand (tests, one-off questions); the flows point into `plan`.
    static DerivedFlows derive(const Plan &plan);
    // As derive(topology), also telling where each result came from.
    static DerivedFlows derive(const Topology &topology, FlowOrigins &origins);
    // The flows of the topology's plan, made from `previous` (derived from a plan with the same
    // devices in the same places and roles) by doing `work` again and keeping everything else.
    // The caller vouches that nothing outside `work` can come out differently (AnalysisChange
    // decides that). nullopt when `previousOrigins` does not fit `previous`. `delta`, when
    // given, receives the flows taken away and those put in. `movable`, when given, is
    // previous.flows itself, which the caller gives up: when nobody else shares that list, the
    // kept flows are moved out of it instead of copied, and the caller is left to free what
    // remains (on another thread, for a large plan).
    static std::optional<DerivedFlows>
    rederive(const Topology &topology, const DerivedFlows &previous,
             const FlowOrigins &previousOrigins, QList<FlowWork> work, FlowOrigins &origins,
             FlowDelta *delta = nullptr, QList<Flow> *movable = nullptr);

private:
    // derive(), recording the origins into `origins` when there is one.
    static DerivedFlows deriveAll(const Topology &topology, FlowOrigins *origins);
    FlowDeriver(const Topology &topology, DerivedFlows &out);

    void apply(int ruleIndex);
    // Visits `initiators` with one rule; with `only`, the enumerating rules stop at those
    // responders (plan positions).
    void apply(int ruleIndex, const std::vector<const Device *> &initiators,
               const QList<int> *only = nullptr);
    void addMissing(int ruleIndex, const Device &from, const Device &to);
    void takeBuckets(DerivedFlows &out);
    // Emits a flow; pairs on one host become local flow 7.
    void addFlow(int ruleIndex, const Device &from, const Device &to, const Device *via = nullptr);
    // For rules that may pass a gateway: direct, routed, or recorded as missing.
    void addRouted(int ruleIndex, const Device &from, const Device &server);
    void addDirectOnly(int ruleIndex, const Device &from, const Device &to);

    // The devices whose role opens the rule's connections, in plan order.
    const std::vector<const Device *> &initiatorsOf(const Catalog::FlowRule &rule);
    QList<int> portsFor(int ruleIndex, const Device &from, const Device &to,
                        const Device *via) const;

    const Topology &m_topology;
    DerivedFlows &m_out;
    int m_localRule = -1;
    QStringList m_numbers;                    // per rule, made once: flows share them
    QList<int> m_orders;                      // per rule: its number's place in the catalog order
    QList<QList<Flow>> m_buckets;             // per place in the catalog order
    mutable QList<QList<int>> m_ports;        // per rule, resolved once when no device changes them
    QList<bool> m_databasePorts;              // per rule: a port depends on the responder's DBMS
    std::vector<const Device *> m_initiators; // initiatorsOf()'s answer, reused for every rule
    // Origins, when asked for: of the flow being made, of each bucket's flows, of the missing.
    bool m_recording = false;
    FlowOrigin m_origin;
    QList<QList<FlowOrigin>> m_originBuckets;
    QList<FlowOrigin> m_missingOrigins;
};
