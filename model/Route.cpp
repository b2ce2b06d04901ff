#include "model/Route.h"

#include <algorithm>

Hops::Hops(std::initializer_list<Hop> hops) : m_count(int(std::min<size_t>(hops.size(), 2)))
{
    std::copy_n(hops.begin(), m_count, m_hops.begin());
}

namespace {

// Every connection of the flow, as drawn: hops() and connections() both start from it.
Hops path(const Plan &plan, const Flow &flow)
{
    if (flow.local)
        return {};
    if (flow.viaIndex < 0)
        return {{flow.fromIndex, flow.toIndex}};
    if (plan.devices[flow.viaIndex].role == Catalog::Role::ReverseProxy)
        return {{flow.fromIndex, flow.viaIndex}, {flow.viaIndex, flow.toIndex}};
    return {{flow.fromIndex, flow.viaIndex}};
}

} // namespace

Hops Route::hops(const Plan &plan, const Flow &flow)
{
    Hops drawn;
    for (const Hop &hop : path(plan, flow)) {
        if (!isSelfLoop(hop))
            drawn = drawn.isEmpty() ? Hops{hop} : Hops{drawn[0], hop};
    }
    return drawn;
}

Hops Hops::reversed() const
{
    Hops out;
    out.m_count = m_count;
    for (int i = 0; i < m_count; ++i)
        out.m_hops[size_t(m_count - 1 - i)] = {m_hops[size_t(i)].to, m_hops[size_t(i)].from};
    return out;
}

Hops Route::connections(const Plan &plan, const Flow &flow)
{
    return flow.push ? path(plan, flow).reversed() : path(plan, flow);
}
