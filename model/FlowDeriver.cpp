#include "model/FlowDeriver.h"

#include "model/Topology.h"

#include <algorithm>

using Catalog::Role;
using Catalog::Selector;

DerivedFlows FlowDeriver::derive(const Plan &plan)
{
    return derive(Topology(plan));
}

DerivedFlows FlowDeriver::derive(const Topology &topology)
{
    DerivedFlows out;
    FlowDeriver deriver(topology, out);
    const auto rules = Catalog::flowRules();
    for (int i = 0; i < int(rules.size()); ++i)
        deriver.apply(i);
    // Catalog order, then rule and plan order within a number: one bucket per number, no sort.
    qsizetype total = 0;
    for (const QList<Flow> &bucket : deriver.m_buckets)
        total += bucket.size();
    out.flows.reserve(total);
    for (QList<Flow> &bucket : deriver.m_buckets)
        out.flows.append(std::move(bucket));
    return out;
}

FlowDeriver::FlowDeriver(const Topology &topology, DerivedFlows &out)
    : m_topology(topology), m_out(out)
{
    const auto rules = Catalog::flowRules();
    for (int i = 0; i < int(rules.size()); ++i) {
        const Catalog::FlowRule &rule = rules[size_t(i)];
        if (rule.selector == Selector::LocalOnHost)
            m_localRule = i;
        m_numbers << QLatin1String(rule.number);
        m_orders << Catalog::flowOrder(m_numbers.last());
        m_databasePorts << rule.ports.contains(QStringLiteral("database"));
    }
    m_buckets.resize(Catalog::flowOrder(QString()) + 1);
    m_ports.resize(rules.size());
}

const std::vector<const Device *> &FlowDeriver::initiatorsOf(const Catalog::FlowRule &rule)
{
    // From the topology's index by role rather than a test of every device against every rule:
    // most rules start from one or two roles of a plan's thousand entries.
    m_initiators.clear();
    for (qsizetype i = 0; i < rule.initiators.size(); ++i) {
        const Role role = rule.initiators[i];
        if (rule.initiators.indexOf(role) == i) {
            // Each role's list is in plan order, and every pointer points into plan().devices:
            // merging by address keeps plan order.
            const QList<const Device *> &devices = m_topology.devices(role);
            const auto middle =
                m_initiators.insert(m_initiators.end(), devices.begin(), devices.end());
            std::inplace_merge(m_initiators.begin(), middle, m_initiators.end());
        }
    }
    return m_initiators;
}

void FlowDeriver::apply(int ruleIndex)
{
    const Topology &t = m_topology;
    const Catalog::FlowRule &rule = Catalog::flowRules()[size_t(ruleIndex)];
    const Device *responderCloud =
        rule.responders.size() == 1 ? t.firstOf(rule.responders.first()) : nullptr;
    auto server = [&](const Device &d) { return t.serverOf(d); };
    // A gateway that waits for its server is not an ordinary agent: the server connects to it
    // (4a), not the other way. A branch gateway in a LAN is an agent like any other.
    auto plainAgent = [&](const Device &d) { return !t.waitsForServer(d); };
    // Connection requests (2) and shutdown notices (3) never cross a gateway: a device that talks
    // to its server through one (a branch office's distribution point) gets neither.
    auto behindGateway = [&](const Device &d) {
        const Device *s = t.serverOf(d);
        const Device *hop = s ? t.route(d, *s) : nullptr;
        return hop && t.isGateway(*hop);
    };

    const auto visit = [&](const Device &from) {
        switch (rule.selector) {
        case Selector::ServerToOwnDatabase:
            for (const Device *db : t.managedBy(from, Role::DatabaseServer))
                addFlow(ruleIndex, from, *db);
            break;
        case Selector::ServerToOwnAgents:
            for (Role role : rule.responders) {
                for (const Device *agent : t.managedBy(from, role)) {
                    if (plainAgent(*agent) && !behindGateway(*agent))
                        addDirectOnly(ruleIndex, from, *agent);
                }
            }
            break;
        case Selector::AgentToServer:
            if (plainAgent(from) && server(from)) {
                if (rule.gatewayRouted)
                    addRouted(ruleIndex, from, *server(from));
                else if (!behindGateway(from))
                    addDirectOnly(ruleIndex, from, *server(from));
            }
            break;
        case Selector::SecondaryToPrimary:
            if (const Device *primary = t.primaryOf(from)) {
                if (t.hierarchyInitiator(from) == &from)
                    addFlow(ruleIndex, from, *primary);
                else if (!t.hierarchyInitiator(from))
                    m_out.missing << MissingPath{m_numbers[ruleIndex], from.id, primary->id};
            }
            break;
        case Selector::PrimaryToSecondary:
            // Iterated by secondary: the primary opens the connection to it.
            if (const Device *primary = t.primaryOf(from);
                primary && t.hierarchyInitiator(from) == primary)
                addFlow(ruleIndex, *primary, from);
            break;
        case Selector::ServerToGateway:
            for (const Device *gateway : t.gatewaysOf(from)) {
                if (rule.responders.contains(gateway->role))
                    addFlow(ruleIndex, from, *gateway);
            }
            break;
        case Selector::AgentToServerActivation:
        case Selector::MobileActivation:
            if (plainAgent(from) && server(from) && !t.hasInternetAccess(from))
                addRouted(ruleIndex, from, *server(from));
            break;
        case Selector::AgentToCloud:
        case Selector::MobileToCloud:
            if (plainAgent(from) && responderCloud && t.hasInternetAccess(from))
                addFlow(ruleIndex, from, *responderCloud);
            break;
        case Selector::ConsoleToServer:
            if (server(from))
                addFlow(ruleIndex, from, *server(from));
            break;
        case Selector::ServerToCloud:
            if (responderCloud && t.hasInternetAccess(from))
                addFlow(ruleIndex, from, *responderCloud);
            break;
        case Selector::ServerToPushService:
            if (responderCloud && t.hasInternetAccess(from) &&
                !t.managedBy(from, Role::AndroidDevice).isEmpty())
                addFlow(ruleIndex, from, *responderCloud);
            break;
        case Selector::BrowserToWebConsole:
            for (const Device *console : t.devices(Role::WebConsoleServer)) {
                if (server(*console) == server(from)) {
                    addFlow(ruleIndex, from, *console);
                    break;
                }
            }
            break;
        case Selector::CloudPush:
            for (Role role : rule.responders) {
                for (const Device *mobile : t.devices(role))
                    addFlow(ruleIndex, from, *mobile);
            }
            break;
        case Selector::MdmToCloud:
            if (responderCloud && t.hasInternetAccess(from)) {
                const auto &ios = t.devices(Role::IosDevice);
                if (std::any_of(ios.begin(), ios.end(),
                                [&](const Device *d) { return t.mdmOf(*d) == &from; }))
                    addFlow(ruleIndex, from, *responderCloud);
            }
            break;
        case Selector::MobileToServer:
        case Selector::DeviceToWebServer:
            if (plainAgent(from) && server(from))
                addRouted(ruleIndex, from, *server(from));
            break;
        case Selector::IosToMdm:
            if (const Device *mdm = t.mdmOf(from)) {
                // A reverse proxy that publishes the server publishes the iOS MDM Server too.
                const Device *proxy = t.reverseProxyFor(from);
                if (!t.onSameHost(from, *mdm) && !t.reaches(from, *mdm) && proxy)
                    addFlow(ruleIndex, from, *mdm, proxy);
                else
                    addDirectOnly(ruleIndex, from, *mdm);
            }
            break;
        case Selector::DistributionPointToAgents:
            for (const Device *agent : t.agentsOf(from))
                addFlow(ruleIndex, from, *agent);
            break;
        case Selector::AgentToDistributionPoint:
            if (const Device *dp = t.distributionPointOf(from)) {
                if (!rule.pushServerOnly || t.isPushServer(*dp))
                    addFlow(ruleIndex, from, *dp);
            }
            break;
        case Selector::BroadcastDomain:
            // One flow per zone, drawn on the entry that stands for the zone's agents.
            if (const Zone *zone = t.zoneOf(from); zone && t.broadcastDomainOf(*zone) == &from)
                addFlow(ruleIndex, from, from);
            break;
        case Selector::DeviceToKsnProxy:
            // Straight to the proxy only: whether a gateway forwards the KSN proxy's port is not
            // documented, so a device behind one reaches the server's proxy as it sends 3: not.
            if (const Device *proxy = t.ksnProxyOf(from);
                proxy && proxy != &from && rule.responders.contains(proxy->role) &&
                (proxy->role != Role::AdministrationServer || !behindGateway(from)))
                addDirectOnly(ruleIndex, from, *proxy);
            break;
        case Selector::LocalOnHost:
            break; // produced by addFlow() for pairs on one host
        }
    };
    const std::vector<const Device *> &initiators = initiatorsOf(rule);
    // Most rules give each initiator one flow at most: room for that many, made once.
    QList<Flow> &bucket = m_buckets[m_orders[ruleIndex]];
    bucket.reserve(bucket.size() + qsizetype(initiators.size()));
    for (const Device *from : initiators)
        visit(*from);
}

void FlowDeriver::addRouted(int ruleIndex, const Device &from, const Device &server)
{
    const Device *hop = m_topology.route(from, server);
    if (!hop) {
        m_out.missing << MissingPath{QLatin1String(Catalog::flowRules()[size_t(ruleIndex)].number),
                                     from.id, server.id};
        return;
    }
    addFlow(ruleIndex, from, server, hop == &server ? nullptr : hop);
}

void FlowDeriver::addDirectOnly(int ruleIndex, const Device &from, const Device &to)
{
    if (m_topology.onSameHost(from, to) || m_topology.reaches(from, to))
        addFlow(ruleIndex, from, to);
    else if (Catalog::flowRules()[size_t(ruleIndex)].selector == Selector::IosToMdm)
        m_out.missing << MissingPath{QLatin1String(Catalog::flowRules()[size_t(ruleIndex)].number),
                                     from.id, to.id};
}

void FlowDeriver::addFlow(int ruleIndex, const Device &from, const Device &to, const Device *via)
{
    const Catalog::FlowRule &rule = Catalog::flowRules()[size_t(ruleIndex)];
    const bool local = !via && &from != &to && m_topology.onSameHost(from, to);
    const int shownRule = local ? m_localRule : ruleIndex;
    // Built in its place in the bucket: no Flow is copied on the way.
    Flow &flow = m_buckets[m_orders[shownRule]].emplaceBack();
    flow.number = m_numbers[shownRule];
    flow.rule = shownRule;
    flow.from = from.id;
    flow.to = to.id;
    flow.fromIndex = m_topology.indexOf(from);
    flow.toIndex = m_topology.indexOf(to);
    flow.viaIndex = via ? m_topology.indexOf(*via) : -1;
    flow.transport = rule.transport;
    flow.ports = portsFor(ruleIndex, from, to, via);
    flow.tls = rule.tls;
    if (via)
        flow.via = via->id;
    flow.push = rule.selector == Selector::CloudPush;
    if (rule.selector == Selector::AgentToServer && rule.transport == Catalog::Transport::Tcp &&
        m_topology.plan().settings.legacyAgentPort && !via)
        flow.tls = false;
    if (local) {
        flow.replaces = m_numbers[ruleIndex];
        flow.local = true;
    }
}

QList<int> FlowDeriver::portsFor(int ruleIndex, const Device &from, const Device &to,
                                 const Device *via) const
{
    const Catalog::FlowRule &rule = Catalog::flowRules()[size_t(ruleIndex)];
    const Plan &plan = m_topology.plan();
    // A port belongs to its listener. Through a connection gateway or a distribution point in
    // gateway mode the device talks to that Network Agent, which listens on the agent's port,
    // whatever the server's own port is set to; a reverse proxy publishes the server's ports.
    const bool toAgent = via && m_topology.isGateway(*via);
    const bool legacy = plan.settings.legacyAgentPort && rule.selector == Selector::AgentToServer &&
                        rule.transport == Catalog::Transport::Tcp && !via &&
                        m_topology.reaches(from, to);
    const bool special = legacy || toAgent || m_databasePorts[ruleIndex];
    if (!special && !m_ports[ruleIndex].isEmpty())
        return m_ports[ruleIndex]; // shared, not copied
    QList<int> result;
    for (const QString &name : rule.ports) {
        QString resolved = name;
        if (name == QStringLiteral("database"))
            resolved = Catalog::dbmsPortName(to.text(QStringLiteral("dbms")));
        else if (name == QStringLiteral("server") && toAgent)
            resolved = QStringLiteral("agent");
        else if (name == QStringLiteral("server") && legacy)
            resolved = QStringLiteral("serverLegacy");
        const int port = plan.port(resolved);
        if (!result.contains(port))
            result << port;
    }
    if (!special)
        m_ports[ruleIndex] = result;
    return result;
}
