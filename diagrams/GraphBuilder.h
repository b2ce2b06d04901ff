#pragma once

#include "diagrams/DiagramOptions.h"
#include "model/Analysis.h"
#include "model/Flow.h"
#include "model/Plan.h"

#include <QHash>
#include <QList>

#include <graphviz/cgraph.h>

// Builds the Graphviz graph of a plan in memory (cgraph): a cluster per zone, LAN -> DMZ ->
// Internet from left to right, a node per device, an arrow per drawn flow (or per device pair when
// bundled). The graph is closed with the builder. Not thread-safe: cgraph has global state.
class GraphBuilder
{
public:
    // One arrow of the figure: one hop of a flow's route (Route::hops), from the initiator (or
    // the push service) to the responder, to the connection gateway it passes, or to and on from
    // the reverse proxy it passes.
    struct Arrow
    {
        QString from;
        QString to;
        QList<Flow> flows;
    };

    GraphBuilder(const Analysis &analysis, const DiagramOptions &options);
    ~GraphBuilder();
    GraphBuilder(const GraphBuilder &) = delete;
    GraphBuilder &operator=(const GraphBuilder &) = delete;

    Agraph_t *graph() const { return m_graph; }
    const QList<Arrow> &arrows() const { return m_arrows; }

    // The arrows a plan's flows become under these options (pure; also used by tests). The flows
    // must have been derived from `plan`.
    static QList<Arrow> arrowsFor(const Plan &plan, const QList<Flow> &flows,
                                  const DiagramOptions &options);
    static bool isShown(const Device &device, const DiagramOptions &options);

private:
    void addGraphAttributes();
    void addZones();
    void addDevices();
    void addArrows();
    void addColumnOrder();
    void addLegend();
    void addNote(const QString &text);

    Agraph_t *parentOf(const Device &device) const;
    int columnOf(const Device &device) const;
    Agnode_t *invisibleNode(const QString &name);
    void invisibleEdge(Agnode_t *tail, Agnode_t *head);

    const Plan &m_plan;
    const DiagramOptions &m_options;
    QList<Arrow> m_arrows;
    Agraph_t *m_graph = nullptr;
    QHash<QString, Agraph_t *> m_clusters; // zone id -> cluster
    QHash<QString, Agnode_t *> m_nodes;    // device id -> node
    int m_invisibleEdges = 0;
};
