#include "diagrams/GraphBudget.h"

#include "model/io/Limits.h"

#include <QSet>

#include <map>

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

GraphBudget::Size GraphBudget::estimate(const Figure &figure)
{
    if (figure.nodes.isEmpty())
        return Size{1, 0, 0};         // the note that says the plan has no devices
    std::map<int, qsizetype> columns; // nodes per column, left to right
    QSet<QString> zones;
    for (const FigureNode &node : figure.nodes) {
        ++columns[node.column];
        if (!node.zone.isEmpty())
            zones.insert(node.zone);
    }
    // GraphBuilder::addColumnOrder: a separator between two neighbouring columns, an edge to it
    // from each node of the left one and from it to each node of the right one.
    Size size{figure.nodes.size() + qsizetype(columns.size()) - 1, figure.arrows.size(),
              zones.size()};
    qsizetype previous = -1;
    for (const auto &[column, count] : columns) {
        if (previous >= 0)
            size.edges += previous + count;
        previous = count;
    }
    return size;
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
