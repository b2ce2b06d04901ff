#include "diagrams/GraphBuilder.h"

#include "diagrams/DiagramLabels.h"
#include "diagrams/GraphvizAttributes.h"
#include "diagrams/RoleStyle.h"

#include <QRegularExpression>

#include <map>

namespace GA = GraphvizAttributes;

namespace {

const char *const kContext = "Diagram";
const char *const kFont = "DejaVu Sans";
// Points: as tall as two lines of a node's name, large enough to tell the roles apart on paper.
const int kIconSize = 24;

// Graphviz names appear in SVG comments and titles; plan ids may contain anything, so names are
// built from indexes and only safe id characters.
QByteArray clusterName(const Zone &zone, int index)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString id = zone.id;
    id.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("cluster_%1_%2").arg(id.left(40)).arg(index).toUtf8();
}

char *mutableName(QByteArray &name)
{
    return name.data();
}

} // namespace

GraphBuilder::GraphBuilder(const Analysis &analysis, const Figure &figure,
                           const DiagramOptions &options)
    : m_plan(analysis.plan()), m_figure(figure), m_options(options)
{
    QByteArray name("portolan");
    m_graph = agopen(mutableName(name), Agdirected, m_ids.discipline());
    addGraphAttributes();
    addNodes();
    if (m_nodes.isEmpty()) {
        addNote(
            options.texts.text(kContext, QT_TRANSLATE_NOOP("Diagram", "The plan has no devices")));
        return;
    }
    addArrows();
    addColumnOrder();
    if ((options.legend || figure.numbersOnly) && !figure.arrows.isEmpty())
        addLegend();
}

GraphBuilder::~GraphBuilder()
{
    if (m_graph)
        agclose(m_graph);
}

void GraphBuilder::addGraphAttributes()
{
    GA::set(m_graph, "rankdir", "LR");
    // Rank across clusters as one graph, so the column separators hold inside the zone boxes.
    GA::set(m_graph, "newrank", "true");
    GA::set(m_graph, "fontname", kFont);
    GA::set(m_graph, "nodesep", "0.3");
    // Labels (a rank of their own between columns) keep the columns apart; a small separation
    // keeps the figure within a page.
    GA::set(m_graph, "ranksep", "0.3");
    GA::set(m_graph, "pad", "0.2");
    GA::set(m_graph, "bgcolor", "white");
    GA::set(m_graph, "labelloc", "t");
    GA::set(m_graph, "labeljust", "l");
    if (!m_plan.title.isEmpty())
        GA::setHtml(m_graph, m_graph, "label", DiagramLabels::title(m_plan.title));
    // Defaults every node and edge inherits; declared on the root graph once.
    GA::setDefault(m_graph, AGNODE, "fontname", kFont);
    GA::setDefault(m_graph, AGEDGE, "fontname", kFont);
}

// Zone boxes are made when a node goes into them, in plan order of first use: a site figure
// leaves out the zones of other sites.
Agraph_t *GraphBuilder::clusterOf(const QString &zoneId)
{
    if (zoneId.isEmpty())
        return m_graph;
    if (Agraph_t *cluster = m_clusters.value(zoneId))
        return cluster;
    const int index = m_plan.zoneIndex(zoneId);
    if (index < 0)
        return m_graph;
    const Zone &zone = m_plan.zones[index];
    QByteArray name = clusterName(zone, index);
    Agraph_t *cluster = agsubg(m_graph, mutableName(name), 1);
    GA::setHtml(m_graph, cluster, "label", DiagramLabels::zone(zone));
    GA::set(cluster, "style", "rounded,filled");
    GA::set(cluster, "fillcolor", RoleStyle::zoneFill(zone.kind));
    GA::set(cluster, "color", "#9a9a9a");
    GA::set(cluster, "margin", "8");
    m_clusters.insert(zoneId, cluster);
    return cluster;
}

QString GraphBuilder::nodeLabel(const FigureNode &node) const
{
    const Device &device = m_plan.devices[node.device];
    if (node.site)
        return DiagramLabels::site(device, node.counts, m_options.texts);
    if (node.devices.size() <= 1)
        return DiagramLabels::device(device, m_options.texts);
    qint64 total = 0;
    for (const int member : node.devices)
        total += m_plan.devices[member].count;
    return DiagramLabels::merged(device, int(node.devices.size()), total, m_options.texts);
}

void GraphBuilder::addNodes()
{
    for (int i = 0; i < m_figure.nodes.size(); ++i) {
        const FigureNode &node = m_figure.nodes[i];
        // Named after the entry it stands for ("d<position in plan.devices>"), a site box after
        // its server ("site<position>").
        QByteArray name = QByteArray(node.site ? "site" : "d") + QByteArray::number(node.device);
        Agnode_t *gvNode = agnode(clusterOf(node.zone), mutableName(name), 1);
        const RoleStyle &style = RoleStyle::of(m_plan.devices[node.device].role);
        // With its icon, a node is a card like the canvas's: the icon says the role, so the
        // shape need not.
        const bool card = node.site || m_options.icons;
        GA::setHtml(m_graph, gvNode, "label",
                    m_options.icons ? DiagramLabels::withIcon(nodeLabel(node), kIconSize)
                                    : nodeLabel(node));
        GA::set(gvNode, "id", QStringLiteral("node-%1").arg(i));
        GA::set(gvNode, "class", node.site ? "site" : "entry");
        GA::set(gvNode, "shape", card ? "box" : style.shape);
        GA::set(gvNode, "style", card ? "rounded,filled" : style.style);
        GA::set(gvNode, "fillcolor", node.site ? "#f1f8f1" : style.fill);
        GA::set(gvNode, "color", node.site ? "#5b8c5a" : style.line);
        GA::set(gvNode, "margin", "0.12,0.06");
        if (node.site)
            GA::set(gvNode, "penwidth", "1.6");
        m_nodes << gvNode;
    }
}

void GraphBuilder::addArrows()
{
    for (int i = 0; i < m_figure.arrows.size(); ++i) {
        const FigureArrow &arrow = m_figure.arrows[i];
        // Ranks follow edge direction; an arrow pointing back towards the LAN is laid out
        // forwards and drawn reversed, so that the zones stay in their columns.
        const bool backwards = m_figure.nodes[arrow.from].column > m_figure.nodes[arrow.to].column;
        Agnode_t *tail = m_nodes[backwards ? arrow.to : arrow.from];
        Agnode_t *head = m_nodes[backwards ? arrow.from : arrow.to];
        QByteArray name = QByteArray("f") + QByteArray::number(i);
        Agedge_t *edge = agedge(m_graph, tail, head, mutableName(name), 1);
        const bool udp = std::all_of(arrow.flows.begin(), arrow.flows.end(), [](const Flow &f) {
            return f.transport == Catalog::Transport::Udp;
        });
        const bool push = arrow.flows.first().push;
        GA::setHtml(m_graph, edge, "label",
                    m_figure.numbersOnly ? DiagramLabels::numbersLabel(arrow.flows)
                                         : DiagramLabels::flows(arrow.flows));
        GA::set(edge, "id", QStringLiteral("flow-%1").arg(i));
        GA::set(edge, "class", udp ? "flow udp" : (push ? "flow push" : "flow tcp"));
        GA::set(edge, "color", udp ? "#8c8c8c" : (push ? "#2f6db5" : "#262626"));
        GA::set(edge, "style", udp ? "dashed" : "solid");
        GA::set(edge, "penwidth", udp ? "1.0" : "1.4");
        GA::set(edge, "arrowsize", "0.8");
        if (backwards)
            GA::set(edge, "dir", "back");
        m_edges << edge;
    }
}

Agnode_t *GraphBuilder::invisibleNode(const QString &name)
{
    QByteArray bytes = name.toUtf8();
    Agnode_t *node = agnode(m_graph, mutableName(bytes), 1);
    GA::set(node, "style", "invis");
    GA::set(node, "shape", "point");
    GA::set(node, "width", "0");
    GA::set(node, "label", "");
    return node;
}

Agedge_t *GraphBuilder::invisibleEdge(Agnode_t *tail, Agnode_t *head)
{
    QByteArray name = QByteArray("order") + QByteArray::number(m_invisibleEdges++);
    Agedge_t *edge = agedge(m_graph, tail, head, mutableName(name), 1);
    GA::set(edge, "style", "invis");
    GA::set(edge, "weight", "0");
    return edge;
}

// Every node of one column is ranked before an invisible separator, every node of the next
// column after it: the zone boxes then line up LAN -> DMZ -> Internet whatever the arrows say.
void GraphBuilder::addColumnOrder()
{
    std::map<int, QList<Agnode_t *>> columns;
    for (int i = 0; i < m_figure.nodes.size(); ++i)
        columns[m_figure.nodes[i].column] << m_nodes[i];
    const QList<Agnode_t *> *previous = nullptr;
    for (const auto &[column, nodes] : columns) {
        if (previous) {
            Agnode_t *separator = invisibleNode(QStringLiteral("column%1").arg(column));
            for (Agnode_t *node : *previous)
                invisibleEdge(node, separator);
            // Zero: a column may start right after the separator, so between two columns there
            // is one rank (for the labels of the arrows between them), not two.
            for (Agnode_t *node : nodes)
                GA::set(invisibleEdge(separator, node), "minlen", "0");
        }
        previous = &nodes;
    }
}

void GraphBuilder::addLegend()
{
    QList<Flow> drawn;
    for (const FigureArrow &arrow : m_figure.arrows)
        drawn << arrow.flows;
    // The figure is wide (zones side by side), so the legend goes underneath as its caption,
    // together with the title.
    GA::set(m_graph, "labelloc", "b");
    GA::setHtml(m_graph, m_graph, "label",
                DiagramLabels::legend(drawn, m_options.texts, m_plan.title));
}

void GraphBuilder::addNote(const QString &text)
{
    QByteArray name("note");
    Agnode_t *node = agnode(m_graph, mutableName(name), 1);
    GA::set(node, "shape", "plaintext");
    GA::setHtml(m_graph, node, "label", DiagramLabels::note(text));
}
