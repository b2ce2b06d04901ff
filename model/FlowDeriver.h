#pragma once

#include "model/Flow.h"
#include "model/Plan.h"

#include <vector>

class Topology;

// Applies the catalog's flow rules to a plan: every flow the KSC documentation prescribes for that
// placement, in catalog order.
class FlowDeriver
{
public:
    // The flows of the topology's plan; they point into that plan by position.
    static DerivedFlows derive(const Topology &topology);
    // For a plan with no topology at hand (tests, one-off questions); the flows point into `plan`.
    static DerivedFlows derive(const Plan &plan);

private:
    FlowDeriver(const Topology &topology, DerivedFlows &out);

    void apply(int ruleIndex);
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
};
