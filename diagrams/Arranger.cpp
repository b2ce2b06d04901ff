#include "diagrams/Arranger.h"

#include "diagrams/GraphBuilder.h"
#include "diagrams/GraphvizAttributes.h"
#include "diagrams/GraphvizIds.h"
#include "diagrams/GraphvizLock.h"
#include "diagrams/GridArrangement.h"
#include "model/Analysis.h"
#include "model/Route.h"
#include "model/edit/PlanLayout.h"
#include <QSet>

#include <QMutexLocker>

#include <graphviz/gvc.h>

#include <map>
#include <optional>

namespace GA = GraphvizAttributes;

namespace {

constexpr qreal kPointsPerInch = 72; // Graphviz sizes nodes in inches, places them in points

QByteArray inches(qreal points)
{
    return QByteArray::number(points / kPointsPerInch, 'f', 4);
}

// Builds and lays out a graph of its own (not the figure's: no labels, every node a card's size)
// and reads the card centres back. Devices of an unknown zone are left out (the caller places
// them); so are zones without devices.
class GraphvizLayout
{
public:
    explicit GraphvizLayout(const Plan &plan) : m_plan(plan)
    {
        QByteArray name("arrange");
        m_graph = agopen(name.data(), Agdirected, m_ids.discipline());
    }
    ~GraphvizLayout() { agclose(m_graph); }
    GraphvizLayout(const GraphvizLayout &) = delete;
    GraphvizLayout &operator=(const GraphvizLayout &) = delete;

    // Card centres by device id, Graphviz's y axis pointing up; nullopt when dot fails.
    std::optional<QHash<QString, QPointF>> run()
    {
        addGraph();
        GVC_t *context = GraphvizLock::context();
        std::optional<QHash<QString, QPointF>> centres;
        if (gvLayout(context, m_graph, "dot") == 0) {
            centres.emplace();
            for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
                centres->insert(it.key(), QPointF(ND_coord(it.value()).x, ND_coord(it.value()).y));
            gvFreeLayout(context, m_graph);
        }
        return centres;
    }

private:
    // The figure's columns: each zone one, ordered by kind, then as listed.
    int columnOf(const Device &device) const
    {
        const Zone *zone = m_plan.zone(device.zone);
        return Catalog::zoneKindOrder(zone->kind) * (int(m_plan.zones.size()) + 1) +
               m_plan.zoneIndex(device.zone);
    }

    void addGraph()
    {
        GA::set(m_graph, "rankdir", "LR");
        GA::set(m_graph, "newrank", "true");
        // Columns of one zone a card gap apart, zones (two ranks apart, a separator between)
        // leave room for their padding and the gap between boxes.
        const qreal rankGap = GridArrangement::Padding + GridArrangement::ZoneGap / 2;
        GA::set(m_graph, "ranksep", inches(rankGap).constData());
        GA::set(m_graph, "nodesep", inches(GridArrangement::CardGapY).constData());
        GA::setDefault(m_graph, AGNODE, "shape", "box");
        GA::setDefault(m_graph, AGNODE, "fixedsize", "true");
        GA::setDefault(m_graph, AGNODE, "label", "");
        GA::setDefault(m_graph, AGNODE, "width",
                       inches(PlanLayout::DeviceSize.width()).constData());
        GA::setDefault(m_graph, AGNODE, "height",
                       inches(PlanLayout::DeviceSize.height()).constData());
        for (int i = 0; i < m_plan.zones.size(); ++i) {
            QByteArray name = QByteArray("cluster_") + QByteArray::number(i);
            m_clusters.insert(m_plan.zones[i].id, agsubg(m_graph, name.data(), 1));
        }
        for (int i = 0; i < m_plan.devices.size(); ++i) {
            const Device &device = m_plan.devices[i];
            if (Agraph_t *cluster = m_clusters.value(device.zone)) {
                QByteArray name = QByteArray("d") + QByteArray::number(i);
                m_nodes.insert(device.id, agnode(cluster, name.data(), 1));
            }
        }
        addFlows();
        addColumnOrder();
    }

    // One edge per pair of devices with flows, pointing from the LAN towards the Internet, so
    // that devices talking to each other end up side by side as in the figure.
    void addFlows()
    {
        const Analysis analysis(m_plan);
        const Plan &plan = analysis.plan();
        // Each hop a flow is drawn with (Route: device -> gateway, or device -> proxy -> server)
        // pulls its two ends together; one edge per pair is enough. Pairs in the order the flows
        // come, so that Graphviz gets the same graph, and gives the same layout, on every run.
        QSet<QPair<QString, QString>> seen;
        QList<QPair<QString, QString>> pairs;
        for (const Flow &flow : analysis.flows().flows) {
            for (const Hop &hop : Route::hops(plan, flow)) {
                const QPair<QString, QString> pair{plan.devices[hop.from].id,
                                                   plan.devices[hop.to].id};
                if (!seen.contains(pair)) {
                    seen.insert(pair);
                    pairs << pair;
                }
            }
        }
        int count = 0;
        for (const auto &[fromId, toId] : std::as_const(pairs)) {
            if (!m_nodes.contains(fromId) || !m_nodes.contains(toId))
                continue;
            const Device *from = m_plan.device(fromId);
            const Device *to = m_plan.device(toId);
            const bool backwards = columnOf(*from) > columnOf(*to);
            QByteArray name = QByteArray("f") + QByteArray::number(count++);
            agedge(m_graph, m_nodes.value(backwards ? to->id : from->id),
                   m_nodes.value(backwards ? from->id : to->id), name.data(), 1);
        }
    }

    // Every card of one column ranks before an invisible separator, every card of the next after
    // it: the zones stand side by side, never interleaved.
    void addColumnOrder()
    {
        std::map<int, QList<Agnode_t *>> columns;
        for (const Device &device : m_plan.devices) {
            if (Agnode_t *node = m_nodes.value(device.id))
                columns[columnOf(device)] << node;
        }
        const QList<Agnode_t *> *previous = nullptr;
        int edges = 0;
        for (const auto &[column, nodes] : columns) {
            if (previous) {
                QByteArray name = QByteArray("column") + QByteArray::number(column);
                Agnode_t *separator = agnode(m_graph, name.data(), 1);
                GA::set(separator, "width", "0");
                GA::set(separator, "height", "0");
                auto order = [&](Agnode_t *tail, Agnode_t *head) {
                    QByteArray edgeName = QByteArray("order") + QByteArray::number(edges++);
                    GA::set(agedge(m_graph, tail, head, edgeName.data(), 1), "weight", "0");
                };
                for (Agnode_t *node : *previous)
                    order(node, separator);
                for (Agnode_t *node : nodes)
                    order(separator, node);
            }
            previous = &nodes;
        }
    }

    const Plan &m_plan;
    GraphvizIds m_ids; // before the graph: it numbers the graph's names
    Agraph_t *m_graph = nullptr;
    QHash<QString, Agraph_t *> m_clusters;
    QHash<QString, Agnode_t *> m_nodes;
};

std::optional<Arrangement> graphvizArrangement(const Plan &plan)
{
    std::optional<QHash<QString, QPointF>> centres;
    {
        const QMutexLocker lock(&GraphvizLock::mutex());
        centres = GraphvizLayout(plan).run();
    }
    if (!centres)
        return std::nullopt;
    // Card top-lefts on the canvas (y down), then each zone's box around its cards.
    const QSizeF card = PlanLayout::DeviceSize;
    Arrangement out;
    QRectF all;
    for (auto it = centres->cbegin(); it != centres->cend(); ++it) {
        const QPointF topLeft(it.value().x() - card.width() / 2,
                              -it.value().y() - card.height() / 2);
        out.devices.insert(it.key(), topLeft);
    }
    const QHash<QString, QStringList> members = GridArrangement::devicesByZone(plan);
    QStringList emptyZones;
    for (const QString &zone : GridArrangement::orderedZones(plan)) {
        QRectF cards;
        for (const QString &id : members.value(zone))
            cards = cards.united(QRectF(out.devices.value(id), card));
        if (cards.isNull()) {
            emptyZones << zone;
            continue;
        }
        const qreal pad = GridArrangement::Padding;
        const QRectF box = cards.adjusted(-pad, -pad - PlanLayout::ZoneHeader, pad, pad);
        out.zones.insert(zone, box);
        all = all.united(box);
    }
    // Move it all to the origin; zones without devices and devices without a zone go below.
    const QPointF shift = -all.topLeft();
    for (QRectF &box : out.zones)
        box.translate(shift);
    for (QPointF &place : out.devices)
        place += shift;
    const qreal width = std::max(all.width(), 2 * card.width());
    qreal bottom = all.height();
    if (!emptyZones.isEmpty())
        bottom = GridArrangement::placeZones(
            emptyZones, members, QPointF(0, bottom + GridArrangement::ZoneGap), width, out);
    const QStringList loose = members.value(QString());
    if (!loose.isEmpty())
        GridArrangement::placeCards(loose, QPointF(0, bottom + GridArrangement::ZoneGap), width,
                                    out);
    return out;
}

} // namespace

Arranger::Engine Arranger::engineFor(const Plan &plan)
{
    return plan.devices.size() <= GraphvizLimit ? Engine::Graphviz : Engine::Grid;
}

Arrangement Arranger::arrange(const Plan &plan, Engine engine)
{
    if (engine == Engine::Automatic)
        engine = engineFor(plan);
    if (engine == Engine::Graphviz) {
        // dot's result is checked like any other: should it ever break a rule (a card outside
        // its zone, boxes overlapping), the grid, which cannot, is used instead.
        if (const std::optional<Arrangement> laidOut = graphvizArrangement(plan);
            laidOut && laidOut->problems(plan).isEmpty())
            return *laidOut;
    }
    return GridArrangement::arrange(plan);
}
