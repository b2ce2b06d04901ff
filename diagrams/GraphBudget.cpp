#include "diagrams/GraphBudget.h"

#include "model/io/Limits.h"

namespace {

qsizetype countClusters(Agraph_t *graph)
{
    qsizetype count = 0;
    for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
        if (QByteArray(agnameof(sub)).startsWith("cluster"))
            ++count;
        count += countClusters(sub);
    }
    return count;
}

} // namespace

GraphBudget::Size GraphBudget::measure(Agraph_t *graph)
{
    return Size{agnnodes(graph), agnedges(graph), countClusters(graph)};
}

bool GraphBudget::fits(const Size &size)
{
    return refusal(size).isEmpty();
}

QString GraphBudget::refusal(const Size &size)
{
    if (size.clusters > Limits::MaxGraphClusters)
        return tr("the diagram is too large to draw: %1 zones, the limit is %2")
            .arg(size.clusters)
            .arg(Limits::MaxGraphClusters);
    if (size.nodes > Limits::MaxGraphNodes)
        return tr("the diagram is too large to draw: %1 nodes (devices and layout helpers), the "
                  "limit is %2")
            .arg(size.nodes)
            .arg(Limits::MaxGraphNodes);
    if (size.edges > Limits::MaxGraphEdges)
        return tr("the diagram is too large to draw: %1 arrows (flows and layout helpers), the "
                  "limit is %2")
            .arg(size.edges)
            .arg(Limits::MaxGraphEdges);
    return {};
}
