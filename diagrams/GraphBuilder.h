#pragma once

#include "diagrams/DiagramOptions.h"
#include "diagrams/Figure.h"
#include "diagrams/GraphvizIds.h"
#include "model/Analysis.h"

#include <QHash>
#include <QList>

#include <graphviz/cgraph.h>

// Builds the Graphviz graph of a figure in memory (cgraph): a cluster per zone that has nodes,
// LAN -> DMZ -> Internet from left to right, a node per figure node, an edge per arrow. The graph
// is closed with the builder. Not thread-safe: cgraph has global state.
class GraphBuilder
{
public:
    GraphBuilder(const Analysis &analysis, const Figure &figure, const DiagramOptions &options);
    ~GraphBuilder();
    GraphBuilder(const GraphBuilder &) = delete;
    GraphBuilder &operator=(const GraphBuilder &) = delete;

    Agraph_t *graph() const { return m_graph; }
    // The Graphviz node drawing each figure node, in figure order.
    const QList<Agnode_t *> &nodes() const { return m_nodes; }
    // The Graphviz edge drawing each figure arrow, in figure order.
    const QList<Agedge_t *> &edges() const { return m_edges; }
    // The Graphviz cluster drawing each zone box, by zone id.
    const QHash<QString, Agraph_t *> &clusters() const { return m_clusters; }

private:
    void addGraphAttributes();
    void addNodes();
    void addArrows();
    void addColumnOrder();
    void addLegend();
    void addNote(const QString &text);

    Agraph_t *clusterOf(const QString &zoneId);
    QString nodeLabel(const FigureNode &node) const;
    Agnode_t *invisibleNode(const QString &name);
    Agedge_t *invisibleEdge(Agnode_t *tail, Agnode_t *head);

    const Plan &m_plan;
    const Figure &m_figure;
    const DiagramOptions &m_options;
    // Before the graph: it numbers the graph's names, so that the same figure lays out the same
    // way in every process (Graphviz's own ids are addresses).
    GraphvizIds m_ids;
    Agraph_t *m_graph = nullptr;
    QHash<QString, Agraph_t *> m_clusters; // zone id -> cluster
    QList<Agnode_t *> m_nodes;
    QList<Agedge_t *> m_edges;
    int m_invisibleEdges = 0;
};
