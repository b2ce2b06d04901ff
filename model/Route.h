#pragma once

#include "model/Flow.h"
#include "model/Plan.h"

#include <array>

// One connection of a flow between two devices, as positions in plan.devices of the plan the flow
// was derived from.
struct Hop
{
    int from = -1;
    int to = -1;

    bool operator==(const Hop &) const = default;
};

// The hops of one flow: none, one or two. A fixed array, not a list: the checklist asks for the
// hops of every flow of plans with thousands of entries.
class Hops
{
public:
    Hops() = default;
    Hops(std::initializer_list<Hop> hops);

    const Hop *begin() const { return m_hops.data(); }
    const Hop *end() const { return m_hops.data() + m_count; }
    int size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    const Hop &operator[](int i) const { return m_hops[size_t(i)]; }
    QList<Hop> toList() const { return QList<Hop>(begin(), end()); }
    // The same path walked back: last hop first, each from its far end.
    Hops reversed() const;

private:
    std::array<Hop, 2> m_hops{};
    int m_count = 0;
};

// The one rule for which devices a flow passes: the canvas arrows, the checklist rows, the
// Graphviz edges and the firewall exports all follow it.
namespace Route {

// As drawn (initiator -> responder, a push flow from the cloud): straight to the responder; through
// a connection gateway only to the gateway (the server reaches the gateway itself, flow 4a);
// through a reverse proxy to the proxy and on from the proxy to the responder. A local flow (7)
// crosses no network and has no hops. Nor has a flow among the entries of one group (the agents
// of a zone finding their broadcast domain, 2): it is a rule inside the zone, but an arrow from a
// card to itself would show nothing.
Hops hops(const Plan &plan, const Flow &flow);

// As opened on the wire: like hops(), but a push flow is opened by the device, not the cloud, and
// a flow among the entries of one group keeps its connection (the checklist lists its rule).
Hops connections(const Plan &plan, const Flow &flow);

// A hop from an entry to itself: opened on the wire, never drawn.
inline bool isSelfLoop(const Hop &hop)
{
    return hop.from == hop.to;
}

} // namespace Route
