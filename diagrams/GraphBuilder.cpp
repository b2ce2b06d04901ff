#include "diagrams/GraphBuilder.h"

#include "diagrams/DiagramLabels.h"
#include "diagrams/GraphvizAttributes.h"
#include "diagrams/RoleStyle.h"
#include "model/Checklist.h"
#include "model/Route.h"

#include <QRegularExpression>

#include <map>

namespace GA = GraphvizAttributes;

namespace {

const char *const kContext = "Diagram";
const char *const kFont = "DejaVu Sans";

// Zone kinds as figure columns: KSC's figures put the LAN left, the DMZ in the middle, the
// Internet right. Devices in an unknown zone go last.
constexpr int kUnknownColumn = 3;

int columnOfKind(Catalog::ZoneKind kind)
{
    switch (kind) {
    case Catalog::ZoneKind::Lan:
        return 0;
    case Catalog::ZoneKind::Dmz:
        return 1;
    case Catalog::ZoneKind::Internet:
        return 2;
    }
    return kUnknownColumn;
}

const char *zoneFill(Catalog::ZoneKind kind)
{
    switch (kind) {
    case Catalog::ZoneKind::Lan:
        return "#f1f8f1";
    case Catalog::ZoneKind::Dmz:
        return "#fff7e6";
    case Catalog::ZoneKind::Internet:
        return "#eef3fb";
    }
    return "#ffffff";
}

bool isCloud(Catalog::Role role)
{
    return Catalog::roleInfo(role).cloud;
}

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

bool GraphBuilder::isShown(const Device &device, const DiagramOptions &options)
{
    return options.clouds || !isCloud(device.role);
}

QList<GraphBuilder::Arrow> GraphBuilder::arrowsFor(const Plan &plan, const QList<Flow> &flows,
                                                   const DiagramOptions &options)
{
    QList<Arrow> arrows;
    // (from, to) when bundled, else (from, to, what the arrow says) -> index in arrows: several
    // devices behind one reverse proxy share its hop to the server, drawn once.
    std::map<QStringList, qsizetype> drawn;
    for (const Flow &flow : flows) {
        // The canvas and the checklist follow the same route: a flow through a reverse proxy is
        // drawn on from the proxy to the server; a local flow (7) crosses no network.
        for (const Hop &hop : Route::hops(plan, flow)) {
            const Device &from = plan.devices[hop.from];
            const Device &to = plan.devices[hop.to];
            if (!isShown(from, options) || !isShown(to, options))
                continue;
            QStringList key{from.id, to.id};
            if (!options.bundle)
                key << flow.number << Catalog::transportId(flow.transport)
                    << Checklist::portsText(flow.ports);
            if (const auto it = drawn.find(key); it != drawn.end()) {
                arrows[it->second].flows << flow;
                continue;
            }
            drawn.emplace(key, arrows.size());
            arrows << Arrow{from.id, to.id, {flow}};
        }
    }
    return arrows;
}

GraphBuilder::GraphBuilder(const Analysis &analysis, const DiagramOptions &options)
    : m_plan(analysis.plan()), m_options(options),
      m_arrows(arrowsFor(analysis.plan(), analysis.flows().flows, options))
{
    QByteArray name("portolan");
    m_graph = agopen(mutableName(name), Agdirected, nullptr);
    addGraphAttributes();
    addZones();
    addDevices();
    if (m_nodes.isEmpty()) {
        addNote(
            options.texts.text(kContext, QT_TRANSLATE_NOOP("Diagram", "The plan has no devices")));
        return;
    }
    addArrows();
    addColumnOrder();
    if (options.legend && !m_arrows.isEmpty())
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
    GA::set(m_graph, "ranksep", "0.5");
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

void GraphBuilder::addZones()
{
    for (int i = 0; i < m_plan.zones.size(); ++i) {
        const Zone &zone = m_plan.zones[i];
        QByteArray name = clusterName(zone, i);
        Agraph_t *cluster = agsubg(m_graph, mutableName(name), 1);
        GA::setHtml(m_graph, cluster, "label", DiagramLabels::zone(zone));
        GA::set(cluster, "style", "rounded,filled");
        GA::set(cluster, "fillcolor", zoneFill(zone.kind));
        GA::set(cluster, "color", "#9a9a9a");
        GA::set(cluster, "margin", "14");
        m_clusters.insert(zone.id, cluster);
    }
}

Agraph_t *GraphBuilder::parentOf(const Device &device) const
{
    return m_clusters.value(device.zone, m_graph);
}

void GraphBuilder::addDevices()
{
    for (int i = 0; i < m_plan.devices.size(); ++i) {
        const Device &device = m_plan.devices[i];
        if (!isShown(device, m_options))
            continue;
        QByteArray name = QByteArray("d") + QByteArray::number(i);
        Agnode_t *node = agnode(parentOf(device), mutableName(name), 1);
        const RoleStyle &style = RoleStyle::of(device.role);
        GA::setHtml(m_graph, node, "label", DiagramLabels::device(device, m_options.texts));
        GA::set(node, "shape", style.shape);
        GA::set(node, "style", style.style);
        GA::set(node, "fillcolor", style.fill);
        GA::set(node, "color", style.line);
        GA::set(node, "margin", "0.12,0.06");
        m_nodes.insert(device.id, node);
    }
}

// Each zone is a column of its own, ordered by kind and then as listed in the plan: zones of one
// kind stacked in a column would make the arrows between them run along the column, with their
// labels beside them at a distance.
int GraphBuilder::columnOf(const Device &device) const
{
    const std::optional<Catalog::ZoneKind> kind = m_plan.zoneKindOf(device);
    const int kindColumn = kind ? columnOfKind(*kind) : kUnknownColumn;
    return kindColumn * (int(m_plan.zones.size()) + 1) + std::max(0, m_plan.zoneIndex(device.zone));
}

void GraphBuilder::addArrows()
{
    for (int i = 0; i < m_arrows.size(); ++i) {
        const Arrow &arrow = m_arrows[i];
        const Device &from = *m_plan.device(arrow.from);
        const Device &to = *m_plan.device(arrow.to);
        // Ranks follow edge direction; an arrow pointing back towards the LAN is laid out
        // forwards and drawn reversed, so that the zones stay in their columns.
        const bool backwards = columnOf(from) > columnOf(to);
        Agnode_t *tail = m_nodes.value(backwards ? to.id : from.id);
        Agnode_t *head = m_nodes.value(backwards ? from.id : to.id);
        QByteArray name = QByteArray("f") + QByteArray::number(i);
        Agedge_t *edge = agedge(m_graph, tail, head, mutableName(name), 1);
        const bool udp = std::all_of(arrow.flows.begin(), arrow.flows.end(), [](const Flow &f) {
            return f.transport == Catalog::Transport::Udp;
        });
        const bool push = arrow.flows.first().push;
        GA::setHtml(m_graph, edge, "label", DiagramLabels::flows(arrow.flows));
        GA::set(edge, "id", QStringLiteral("flow-%1").arg(i));
        GA::set(edge, "class", udp ? "flow udp" : (push ? "flow push" : "flow tcp"));
        GA::set(edge, "color", udp ? "#8c8c8c" : (push ? "#2f6db5" : "#262626"));
        GA::set(edge, "style", udp ? "dashed" : "solid");
        GA::set(edge, "penwidth", udp ? "1.0" : "1.4");
        GA::set(edge, "arrowsize", "0.8");
        if (backwards)
            GA::set(edge, "dir", "back");
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

void GraphBuilder::invisibleEdge(Agnode_t *tail, Agnode_t *head)
{
    QByteArray name = QByteArray("order") + QByteArray::number(m_invisibleEdges++);
    Agedge_t *edge = agedge(m_graph, tail, head, mutableName(name), 1);
    GA::set(edge, "style", "invis");
    GA::set(edge, "weight", "0");
}

// Every device of one column is ranked before an invisible separator, every device of the next
// column after it: the zone boxes then line up LAN -> DMZ -> Internet whatever the arrows say.
void GraphBuilder::addColumnOrder()
{
    std::map<int, QList<Agnode_t *>> columns;
    for (const Device &device : m_plan.devices) {
        if (Agnode_t *node = m_nodes.value(device.id))
            columns[columnOf(device)] << node;
    }
    const QList<Agnode_t *> *previous = nullptr;
    for (const auto &[column, nodes] : columns) {
        if (previous) {
            Agnode_t *separator = invisibleNode(QStringLiteral("column%1").arg(column));
            for (Agnode_t *node : *previous)
                invisibleEdge(node, separator);
            for (Agnode_t *node : nodes)
                invisibleEdge(separator, node);
        }
        previous = &nodes;
    }
}

void GraphBuilder::addLegend()
{
    QList<Flow> drawn;
    for (const Arrow &arrow : std::as_const(m_arrows))
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
