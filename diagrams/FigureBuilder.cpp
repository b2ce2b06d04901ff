#include "diagrams/FigureBuilder.h"

#include "diagrams/EntryMerge.h"
#include "diagrams/GraphBudget.h"
#include "model/Checklist.h"
#include "model/Route.h"
#include "model/Topology.h"

#include <QSet>

#include <algorithm>

namespace {

const char *const kContext = "Diagram";

bool isCloud(const Device &device)
{
    return Catalog::roleInfo(device.role).cloud;
}

// Inside a zone's box, roles stand in columns from the devices at the edge of the network to the
// server they connect to, as in KSC's figures: consoles, databases and managed devices left,
// what serves them (web console, gateways, distribution points, MDM) next, the Administration
// Server right, facing the next zone; vendor clouds right of everything in theirs. Arrows inside
// a zone then run mostly one way, and a zone is as many ranks wide as it has tiers (not as long
// as its longest chain of arrows), which keeps the figure within a page.
constexpr int kTiers = 4;
constexpr int kCloudTier = 3;

int tierOf(Catalog::Role role)
{
    using Catalog::Role;
    switch (role) {
    case Role::WebConsoleServer:
    case Role::ConnectionGateway:
    case Role::DistributionPoint:
    case Role::ReverseProxy:
    case Role::IosMdmServer:
        return 1;
    case Role::AdministrationServer:
        return 2;
    case Role::KasperskyCloud:
    case Role::GoogleFcm:
    case Role::ApplePush:
        return kCloudTier;
    case Role::ManagedComputer:
    case Role::AndroidDevice:
    case Role::IosDevice:
    case Role::MmcConsole:
    case Role::AdminBrowser:
    case Role::DatabaseServer:
        return 0;
    }
    return 0;
}

} // namespace

FigureBuilder::FigureBuilder(const Analysis &analysis, const DiagramOptions &options)
    : m_analysis(analysis), m_options(options), m_sites(analysis)
{}

bool FigureBuilder::fits(const Figure &figure, int nodes, int arrows)
{
    return figure.nodes.size() <= nodes && figure.arrows.size() <= arrows;
}

bool FigureBuilder::laysOut(const Figure &figure)
{
    return GraphBudget::fits(GraphBudget::estimate(figure));
}

QString FigureBuilder::notice(const char *source, const Figure &figure) const
{
    return m_options.texts.text(kContext, source)
        .arg(m_options.texts.number(figure.nodes.size()),
             m_options.texts.number(figure.arrows.size()));
}

std::optional<Figure> FigureBuilder::build(QString *error) const
{
    using View = DiagramOptions::View;
    if (m_options.view == View::Overview)
        return overview();
    Figure wanted;
    if (m_options.view == View::Site) {
        std::optional<Figure> site = this->site(m_options.site, error);
        if (!site)
            return std::nullopt;
        wanted = *site;
    } else {
        wanted = detail(m_options.merge);
    }
    if (m_options.view == View::Auto && !fits(wanted, ReadableNodes, ReadableArrows)) {
        Figure result = overview();
        result.notice =
            notice(QT_TRANSLATE_NOOP("Diagram", "The detailed figure would have %1 nodes and %2 "
                                                "arrows, too many for one page: drawing the "
                                                "overview, one box per Administration Server."),
                   wanted);
        return result;
    }
    if (laysOut(wanted))
        return wanted;
    if (m_options.view == View::Detail && !m_options.merge) {
        Figure merged = detail(true);
        if (laysOut(merged)) {
            merged.notice =
                notice(QT_TRANSLATE_NOOP("Diagram", "The figure would have %1 nodes and %2 "
                                                    "arrows, more than can be laid out in "
                                                    "seconds: entries with the same flows are "
                                                    "drawn as one node."),
                       wanted);
            return merged;
        }
    }
    Figure result = overview();
    result.notice =
        notice(QT_TRANSLATE_NOOP("Diagram", "The figure would have %1 nodes and %2 arrows, more "
                                            "than can be laid out in seconds: drawing the "
                                            "overview, one box per Administration Server."),
               wanted);
    return result;
}

int FigureBuilder::detailColumn(int device) const
{
    // Each zone is a column of its own, ordered by kind and then as listed in the plan (zones of
    // one kind stacked in a column would make the arrows between them run along the column), and
    // split by role into tiers.
    const Plan &plan = m_analysis.plan();
    const Device &entry = plan.devices[device];
    const int zoneColumn =
        Catalog::zoneKindOrder(plan.zoneKindOf(entry)) * (int(plan.zones.size()) + 2) + 1 +
        std::max(0, plan.zoneIndex(entry.zone));
    return zoneColumn * kTiers + tierOf(entry.role);
}

int FigureBuilder::newNode(Figure &figure, QList<int> &nodeOf, int device, bool site) const
{
    FigureNode node;
    node.device = device;
    node.site = site;
    if (!site) {
        node.zone = m_analysis.plan().devices[device].zone;
        node.column = detailColumn(device);
    }
    figure.nodes << node;
    nodeOf[device] = int(figure.nodes.size() - 1);
    return int(figure.nodes.size() - 1);
}

void FigureBuilder::addMergedEntry(Figure &figure, QList<int> &nodeOf, QHash<int, int> &nodeOfGroup,
                                   const QList<int> &groups, int device) const
{
    const int group = groups[device];
    if (const auto it = nodeOfGroup.constFind(group); it != nodeOfGroup.constEnd()) {
        nodeOf[device] = *it;
        return;
    }
    nodeOfGroup.insert(group, newNode(figure, nodeOf, device, false));
}

Figure FigureBuilder::detail(bool merge) const
{
    const Plan &plan = m_analysis.plan();
    Figure figure;
    figure.view = DiagramOptions::View::Detail;
    QList<int> nodeOf(plan.devices.size(), -1);
    QList<int> groups;
    if (merge) {
        groups = EntryMerge::representatives(m_analysis);
    } else {
        for (int i = 0; i < plan.devices.size(); ++i)
            groups << i;
    }
    QHash<int, int> nodeOfGroup;
    for (int i = 0; i < plan.devices.size(); ++i) {
        if (m_options.clouds || !isCloud(plan.devices[i]))
            addMergedEntry(figure, nodeOf, nodeOfGroup, groups, i);
    }
    connect(figure, nodeOf);
    faceNeighbours(figure);
    count(figure, nodeOf);
    return figure;
}

Figure FigureBuilder::overview() const
{
    const Plan &plan = m_analysis.plan();
    Figure figure;
    figure.view = DiagramOptions::View::Overview;
    figure.numbersOnly = true;
    // The deepest level of the hierarchy whose servers fit; deeper servers fold into their
    // ancestor at that level.
    int depth = 0;
    for (const int server : m_sites.servers())
        depth = std::max(depth, m_sites.depthOf(server));
    for (; depth > 0; --depth) {
        const auto shown =
            std::count_if(m_sites.servers().begin(), m_sites.servers().end(),
                          [&](int server) { return m_sites.depthOf(server) <= depth; });
        if (shown <= OverviewSites)
            break;
    }
    QList<int> nodeOf(plan.devices.size(), -1);
    QHash<int, int> boxOfServer;
    int lastBox = -1;
    for (const int server : m_sites.servers()) {
        if (m_sites.depthOf(server) > depth)
            continue;
        // Top-level servers beyond the limit (a flat estate) share one box.
        if (boxOfServer.size() >= OverviewSites) {
            boxOfServer.insert(server, lastBox);
            continue;
        }
        lastBox = newNode(figure, nodeOf, server, true);
        figure.nodes[lastBox].column = m_sites.depthOf(server);
        boxOfServer.insert(server, lastBox);
    }
    QHash<int, int> nodeOfGroup;
    const QList<int> groups = EntryMerge::representatives(m_analysis);
    for (int i = 0; i < plan.devices.size(); ++i) {
        int site = m_sites.siteOf(i);
        while (site >= 0 && !boxOfServer.contains(site))
            site = m_sites.parentOf(site);
        if (site >= 0) {
            nodeOf[i] = boxOfServer.value(site);
        } else if (m_options.clouds || !isCloud(plan.devices[i])) {
            // Vendor clouds, and entries no server manages, as in the detailed figure.
            addMergedEntry(figure, nodeOf, nodeOfGroup, groups, i);
        }
    }
    for (FigureNode &node : figure.nodes) {
        if (node.site)
            continue;
        node.column += depth + 1; // right of the deepest site boxes
        if (isCloud(plan.devices[node.device]))
            node.zone.clear(); // the other zones are inside the site boxes
    }
    connect(figure, nodeOf);
    count(figure, nodeOf);
    return figure;
}

std::optional<Figure> FigureBuilder::site(const QString &id, QString *error) const
{
    const Plan &plan = m_analysis.plan();
    const int server = plan.deviceIndex(id);
    if (server < 0 || !m_sites.isServer(server)) {
        if (error)
            *error = m_options.texts
                         .text(kContext,
                               QT_TRANSLATE_NOOP("Diagram",
                                                 "%1 is not the id of an Administration Server "
                                                 "in the plan"))
                         .arg(id);
        return std::nullopt;
    }
    Figure figure;
    figure.view = DiagramOptions::View::Site;
    QList<int> nodeOf(plan.devices.size(), -1);
    QHash<int, int> boxOfServer;
    // Its primary with its own site, each secondary with everything below it: one box each,
    // beside the server's own zones.
    const int zoneColumns = (int(plan.zones.size()) + 2) * kTiers;
    const auto addBox = [&](int boxServer, const QList<int> &servers, int column) {
        const int box = newNode(figure, nodeOf, boxServer, true);
        figure.nodes[box].column = column;
        for (const int member : servers)
            boxOfServer.insert(member, box);
    };
    if (const int parent = m_sites.parentOf(server); parent >= 0)
        addBox(parent, {parent}, 0);
    for (const int child : m_sites.childrenOf(server))
        addBox(child, m_sites.subtree(child), zoneColumns - 1);
    const QList<int> groups =
        m_options.merge ? EntryMerge::representatives(m_analysis) : QList<int>();
    QHash<int, int> nodeOfGroup;
    for (int i = 0; i < plan.devices.size(); ++i) {
        const int site = m_sites.siteOf(i);
        const bool cloud = isCloud(plan.devices[i]);
        if (site == server || (cloud && m_options.clouds)) {
            if (m_options.merge)
                addMergedEntry(figure, nodeOf, nodeOfGroup, groups, i);
            else
                newNode(figure, nodeOf, i, false);
        } else if (site >= 0 && boxOfServer.contains(site)) {
            nodeOf[i] = boxOfServer.value(site);
        }
    }
    connect(figure, nodeOf);
    faceNeighbours(figure);
    // Only the arrows of the site's own entries: what its neighbours exchange with each other or
    // with the clouds belongs on their own pages.
    figure.arrows.removeIf([&](const FigureArrow &arrow) {
        const auto ownEntry = [&](int node) {
            const FigureNode &n = figure.nodes[node];
            return !n.site && !isCloud(plan.devices[n.device]);
        };
        return !ownEntry(arrow.from) && !ownEntry(arrow.to);
    });
    count(figure, nodeOf);
    return figure;
}

void FigureBuilder::connect(Figure &figure, const QList<int> &nodeOf) const
{
    const Plan &plan = m_analysis.plan();
    const bool bundle = m_options.bundle || figure.numbersOnly;
    // (from, to) when bundled, else (from, to, what the arrow says) -> position in arrows: the
    // entries of a merged node, or several devices behind one reverse proxy, share one arrow.
    QHash<QString, int> drawn;
    for (const Flow &flow : m_analysis.flows().flows) {
        // The canvas and the checklist follow the same route: a flow through a reverse proxy is
        // drawn on from the proxy to the server; a local flow (7) crosses no network.
        for (const Hop &hop : Route::hops(plan, flow)) {
            const int from = nodeOf.value(hop.from, -1);
            const int to = nodeOf.value(hop.to, -1);
            // Entries merged into one node (a site's box): what they exchange stays inside it.
            if (from < 0 || to < 0 || from == to)
                continue;
            QString key = QString::number(from) + QLatin1Char('>') + QString::number(to);
            if (!bundle)
                key += QLatin1Char(' ') + flow.number + QLatin1Char(' ') +
                       Catalog::transportId(flow.transport) + QLatin1Char(' ') +
                       Checklist::portsText(flow.ports);
            if (const auto it = drawn.constFind(key); it != drawn.constEnd()) {
                figure.arrows[*it].flows << flow;
                continue;
            }
            drawn.insert(key, int(figure.arrows.size()));
            figure.arrows << FigureArrow{from, to, {flow}};
        }
    }
}

void FigureBuilder::faceNeighbours(Figure &figure) const
{
    // Zone column -> arrows to columns left of the zone minus arrows to columns right of it. The
    // clouds' arrows do not count: the clouds are right of everything and reached over the top.
    QHash<int, int> leftward;
    const Plan &plan = m_analysis.plan();
    const auto zoneColumn = [&](const FigureNode &node) {
        return node.site ? -1 : node.column / kTiers;
    };
    for (const FigureArrow &arrow : std::as_const(figure.arrows)) {
        const FigureNode &from = figure.nodes[arrow.from];
        const FigureNode &to = figure.nodes[arrow.to];
        if ((!from.site && isCloud(plan.devices[from.device])) ||
            (!to.site && isCloud(plan.devices[to.device])))
            continue;
        const auto side = [&](const FigureNode &node, const FigureNode &other) {
            if (const int zone = zoneColumn(node); zone >= 0 && zoneColumn(other) != zone)
                leftward[zone] += other.column < zone * kTiers ? 1 : -1;
        };
        side(from, to);
        side(to, from);
    }
    // A zone that talks mostly to the left (a branch to its primary server's office) has its
    // tiers mirrored, so its server faces that way and the arrows need not cross the zone.
    for (FigureNode &node : figure.nodes) {
        const int zone = zoneColumn(node);
        const int tier = node.column % kTiers;
        if (zone >= 0 && leftward.value(zone) > 0 && tier < kCloudTier)
            node.column = zone * kTiers + (kCloudTier - 1 - tier);
    }
}

void FigureBuilder::count(Figure &figure, const QList<int> &nodeOf) const
{
    const Plan &plan = m_analysis.plan();
    const Topology &topology = m_analysis.topology();
    for (int i = 0; i < plan.devices.size(); ++i) {
        const int node = nodeOf[i];
        if (node < 0)
            continue;
        figure.nodes[node].devices << i;
        SiteCounts &counts = figure.nodes[node].counts;
        const Device &device = plan.devices[i];
        if (m_sites.isServer(i))
            ++counts.sites;
        else if (device.role == Catalog::Role::DistributionPoint)
            ++counts.distributionPoints;
        else if (Catalog::roleInfo(device.role).managed)
            counts.devices += device.count;
        if (topology.isGateway(device))
            ++counts.gateways;
    }
    if (std::none_of(figure.nodes.begin(), figure.nodes.end(),
                     [](const FigureNode &node) { return node.site; }))
        return;
    for (const Finding &finding : m_analysis.findings(m_options.texts)) {
        QSet<int> nodes;
        for (const QString &id : finding.devices) {
            const Device *device = topology.device(id);
            if (const int node = device ? nodeOf[topology.indexOf(*device)] : -1; node >= 0)
                nodes.insert(node);
        }
        for (const int node : std::as_const(nodes))
            ++figure.nodes[node].counts.findings;
    }
}
