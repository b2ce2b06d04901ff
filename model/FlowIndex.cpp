#include "model/FlowIndex.h"

#include <utility>

FlowIndex::FlowIndex(const QList<Flow> &flows, qsizetype devices) : m_start(devices + 1, 0)
{
    // The flows are read once, for their ends (a flow is large, and a large plan's flows do not
    // fit the processor's caches); the ends are then counted and filed into two flat lists.
    QList<std::pair<int, int>> ends;
    ends.reserve(flows.size());
    const auto inPlan = [devices](int d) { return d >= 0 && d < devices; };
    for (const Flow &f : flows) {
        const int to = f.toIndex != f.fromIndex && inPlan(f.toIndex) ? f.toIndex : -1;
        ends.append({inPlan(f.fromIndex) ? f.fromIndex : -1, to});
    }
    for (const auto &[from, to] : std::as_const(ends)) {
        if (from >= 0)
            ++m_start[from + 1];
        if (to >= 0)
            ++m_start[to + 1];
    }
    for (qsizetype d = 0; d < devices; ++d)
        m_start[d + 1] += m_start[d];
    m_flows.resize(m_start.last());
    QList<int> next(m_start.begin(), m_start.end() - 1);
    for (qsizetype i = 0; i < ends.size(); ++i) {
        const auto &[from, to] = ends[i];
        if (from >= 0)
            m_flows[next[from]++] = int(i);
        if (to >= 0)
            m_flows[next[to]++] = int(i);
    }
}

FlowIndex::Range FlowIndex::at(int device) const
{
    if (device < 0 || device + 1 >= m_start.size())
        return {};
    return {m_flows.constData() + m_start[device], m_flows.constData() + m_start[device + 1]};
}
