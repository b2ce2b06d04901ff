#include "model/FlowIndex.h"

FlowIndex::FlowIndex(const QList<Flow> &flows, qsizetype devices) : m_start(devices + 1, 0)
{
    // Counted first, then filled: two flat lists instead of a list per device.
    const auto ends = [&](const Flow &f, auto &&visit) {
        if (f.fromIndex >= 0 && f.fromIndex < devices)
            visit(f.fromIndex);
        if (f.toIndex >= 0 && f.toIndex < devices && f.toIndex != f.fromIndex)
            visit(f.toIndex);
    };
    for (const Flow &f : flows)
        ends(f, [&](int d) { ++m_start[d + 1]; });
    for (qsizetype d = 0; d < devices; ++d)
        m_start[d + 1] += m_start[d];
    m_flows.resize(m_start.last());
    QList<int> next(m_start.begin(), m_start.end() - 1);
    for (qsizetype i = 0; i < flows.size(); ++i)
        ends(flows[i], [&](int d) { m_flows[next[d]++] = int(i); });
}

FlowIndex::Range FlowIndex::at(int device) const
{
    if (device < 0 || device + 1 >= m_start.size())
        return {};
    return {m_flows.constData() + m_start[device], m_flows.constData() + m_start[device + 1]};
}
