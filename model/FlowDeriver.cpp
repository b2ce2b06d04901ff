#include "model/FlowDeriver.h"

#include "model/Topology.h"

#include <QHash>

#include <algorithm>

using Catalog::Role;
using Catalog::Selector;

DerivedFlows FlowDeriver::derive(const Plan &plan)
{
    return derive(Topology(plan));
}

DerivedFlows FlowDeriver::derive(const Topology &topology)
{
    return deriveAll(topology, nullptr);
}

DerivedFlows FlowDeriver::derive(const Topology &topology, FlowOrigins &origins)
{
    return deriveAll(topology, &origins);
}

DerivedFlows FlowDeriver::deriveAll(const Topology &topology, FlowOrigins *origins)
{
    DerivedFlows out;
    FlowDeriver deriver(topology, out);
    // Recording where each result came from costs a few per cent: only when asked.
    deriver.m_recording = origins != nullptr;
    const auto rules = Catalog::flowRules();
    for (int i = 0; i < int(rules.size()); ++i)
        deriver.apply(i);
    deriver.takeBuckets(out);
    if (origins) {
        origins->flows.clear();
        origins->flows.reserve(out.flows.size());
        for (QList<FlowOrigin> &bucket : deriver.m_originBuckets)
            origins->flows.append(std::move(bucket));
        origins->missing = std::move(deriver.m_missingOrigins);
    }
    return out;
}

namespace {

// Merges what a derivation keeps of `previous` (in order) with what it made again (in order), both
// sorted by origin: the result is in the order a whole derivation gives.
class OriginMerge
{
public:
    OriginMerge(const QList<FlowWork> &work, qsizetype devices) : m_touched(size_t(devices), false)
    {
        for (const FlowWork &w : work) {
            m_touched[size_t(w.initiator)] = true;
            m_work.insert(key(w.rule, w.initiator), &w.responders);
        }
    }

    // Whether `origin`'s result was made again (so the previous one is dropped).
    bool redone(const FlowOrigin &origin) const
    {
        if (origin.initiator < 0 || size_t(origin.initiator) >= m_touched.size() ||
            !m_touched[size_t(origin.initiator)])
            return false;
        const QList<int> *responders = m_work.value(key(origin.rule, origin.initiator));
        return responders && (responders->isEmpty() || responders->contains(origin.responder));
    }

private:
    static qint64 key(int rule, int initiator) { return (qint64(rule) << 32) | quint32(initiator); }

    std::vector<bool> m_touched; // by initiator, for a quick "no"
    QHash<qint64, const QList<int> *> m_work;
};

} // namespace

std::optional<DerivedFlows> FlowDeriver::rederive(const Topology &topology,
                                                  const DerivedFlows &previous,
                                                  const FlowOrigins &previousOrigins,
                                                  QList<FlowWork> work, FlowOrigins &origins,
                                                  FlowDelta *delta, QList<Flow> *movable)
{
    // Flows nobody else holds are moved over, not copied: tens of thousands on a large plan. Only
    // an unshared list is written to (data() would copy a shared one); reads go through
    // `previous`, and an element is read before it is moved.
    Q_ASSERT(!movable || movable == &previous.flows);
    Flow *const owned = movable && movable->isDetached() ? movable->data() : nullptr;
    if (previousOrigins.flows.size() != previous.flows.size() ||
        previousOrigins.missing.size() != previous.missing.size())
        return std::nullopt;
    const auto rules = Catalog::flowRules();
    const qsizetype devices = topology.plan().devices.size();
    // One piece of work per visit, in the order a whole derivation visits: rule, then initiator.
    std::sort(work.begin(), work.end(), [](const FlowWork &a, const FlowWork &b) {
        return std::pair(a.rule, a.initiator) < std::pair(b.rule, b.initiator);
    });
    QList<FlowWork> visits;
    for (const FlowWork &w : work) {
        if (w.rule < 0 || w.rule >= int(rules.size()) || w.initiator < 0 || w.initiator >= devices)
            return std::nullopt;
        const Device &from = topology.plan().devices[w.initiator];
        if (!rules[size_t(w.rule)].initiators.contains(from.role))
            continue; // the rule never visits it: nothing to redo
        if (!visits.isEmpty() && visits.last().rule == w.rule &&
            visits.last().initiator == w.initiator) {
            QList<int> &responders = visits.last().responders;
            if (responders.isEmpty() || w.responders.isEmpty())
                responders.clear(); // the whole visit
            else
                responders << w.responders;
        } else {
            visits << w;
        }
    }

    DerivedFlows fresh;
    FlowDeriver deriver(topology, fresh);
    deriver.m_recording = true;
    std::vector<const Device *> one(1);
    for (const FlowWork &w : visits) {
        one[0] = &topology.plan().devices[w.initiator];
        deriver.apply(w.rule, one, w.responders.isEmpty() ? nullptr : &w.responders);
    }

    if (delta) {
        delta->removed.clear();
        delta->added.clear();
        for (const QList<Flow> &made : std::as_const(deriver.m_buckets))
            delta->added << made;
    }
    const OriginMerge merge(visits, devices);
    DerivedFlows out;
    out.flows.reserve(previous.flows.size() + fresh.flows.size());
    origins.flows.clear();
    origins.flows.reserve(out.flows.capacity());
    // What is kept goes over in runs (a range append copies in one tight loop): a run ends where
    // a result was redone or a new one goes in between.
    qsizetype p = 0;
    qsizetype run = 0;
    const auto keepRun = [&] {
        if (owned) {
            for (qsizetype k = run; k < p; ++k)
                out.flows.append(std::move(owned[k]));
        } else {
            out.flows.append(previous.flows.constBegin() + run, previous.flows.constBegin() + p);
        }
        origins.flows.append(previousOrigins.flows.constBegin() + run,
                             previousOrigins.flows.constBegin() + p);
    };
    for (qsizetype b = 0; b < deriver.m_buckets.size(); ++b) {
        QList<Flow> &made = deriver.m_buckets[b];
        const QList<FlowOrigin> &madeOrigins = deriver.m_originBuckets[b];
        qsizetype f = 0;
        for (; p < previous.flows.size(); ++p) {
            const int rule = previous.flows[p].rule;
            if (rule < 0 || rule >= deriver.m_orders.size())
                return std::nullopt;
            if (deriver.m_orders[rule] != b)
                break;
            const FlowOrigin &origin = previousOrigins.flows[p];
            const bool redone = merge.redone(origin);
            if (redone && delta)
                delta->removed << previous.flows[p];
            if (redone || (f < made.size() && madeOrigins[f] < origin)) {
                keepRun();
                for (; f < made.size() && madeOrigins[f] < origin; ++f) {
                    out.flows << std::move(made[f]);
                    origins.flows << madeOrigins[f];
                }
                run = redone ? p + 1 : p;
            }
        }
        keepRun();
        run = p;
        for (; f < made.size(); ++f) {
            out.flows << std::move(made[f]);
            origins.flows << madeOrigins[f];
        }
    }
    if (p != previous.flows.size())
        return std::nullopt; // not in bucket order: not a derivation's flows

    qsizetype f = 0;
    origins.missing.clear();
    for (qsizetype m = 0; m < previous.missing.size(); ++m) {
        const FlowOrigin &origin = previousOrigins.missing[m];
        if (merge.redone(origin))
            continue;
        for (; f < fresh.missing.size() && deriver.m_missingOrigins[f] < origin; ++f) {
            out.missing << fresh.missing[f];
            origins.missing << deriver.m_missingOrigins[f];
        }
        out.missing << previous.missing[m];
        origins.missing << origin;
    }
    for (; f < fresh.missing.size(); ++f) {
        out.missing << fresh.missing[f];
        origins.missing << deriver.m_missingOrigins[f];
    }
    return out;
}

void FlowDeriver::takeBuckets(DerivedFlows &out)
{
    // Catalog order, then rule and plan order within a number: one bucket per number, no sort.
    qsizetype total = 0;
    for (const QList<Flow> &bucket : m_buckets)
        total += bucket.size();
    out.flows.reserve(total);
    for (QList<Flow> &bucket : m_buckets)
        out.flows.append(std::move(bucket));
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
    m_originBuckets.resize(m_buckets.size());
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
    apply(ruleIndex, initiatorsOf(Catalog::flowRules()[size_t(ruleIndex)]));
}

void FlowDeriver::apply(int ruleIndex, const std::vector<const Device *> &initiators,
                        const QList<int> *only)
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

    // For the rules that enumerate responders: records which one the next flow is for, and
    // whether it is one to make (all, or those in `only`).
    const auto enumerate = [&](qsizetype slot, const Device &responder) {
        const int index = t.indexOf(responder);
        if (only && !only->contains(index))
            return false;
        m_origin.slot = int(slot);
        m_origin.responder = index;
        return true;
    };

    const auto visit = [&](const Device &from) {
        switch (rule.selector) {
        case Selector::ServerToOwnDatabase:
            for (const Device *db : t.managedBy(from, Role::DatabaseServer))
                addFlow(ruleIndex, from, *db);
            break;
        case Selector::ServerToOwnAgents:
            for (qsizetype slot = 0; slot < rule.responders.size(); ++slot) {
                for (const Device *agent : t.managedBy(from, rule.responders[slot])) {
                    if (enumerate(slot, *agent) && plainAgent(*agent) && !behindGateway(*agent))
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
                    addMissing(ruleIndex, from, *primary);
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
            for (qsizetype slot = 0; slot < rule.responders.size(); ++slot) {
                for (const Device *mobile : t.devices(rule.responders[slot])) {
                    if (enumerate(slot, *mobile))
                        addFlow(ruleIndex, from, *mobile);
                }
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
            for (const Device *agent : t.agentsOf(from)) {
                if (enumerate(0, *agent))
                    addFlow(ruleIndex, from, *agent);
            }
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
    // Most rules give each initiator one flow at most: room for that many, made once.
    QList<Flow> &bucket = m_buckets[m_orders[ruleIndex]];
    bucket.reserve(bucket.size() + qsizetype(initiators.size()));
    if (m_recording) {
        QList<FlowOrigin> &origins = m_originBuckets[m_orders[ruleIndex]];
        origins.reserve(origins.size() + qsizetype(initiators.size()));
    }
    for (const Device *from : initiators) {
        m_origin = FlowOrigin{ruleIndex, t.indexOf(*from), 0, -1};
        visit(*from);
    }
}

void FlowDeriver::addMissing(int ruleIndex, const Device &from, const Device &to)
{
    m_out.missing << MissingPath{m_numbers[ruleIndex], from.id, to.id};
    if (m_recording)
        m_missingOrigins << m_origin;
}

void FlowDeriver::addRouted(int ruleIndex, const Device &from, const Device &server)
{
    const Device *hop = m_topology.route(from, server);
    if (!hop) {
        addMissing(ruleIndex, from, server);
        return;
    }
    addFlow(ruleIndex, from, server, hop == &server ? nullptr : hop);
}

void FlowDeriver::addDirectOnly(int ruleIndex, const Device &from, const Device &to)
{
    if (m_topology.onSameHost(from, to) || m_topology.reaches(from, to))
        addFlow(ruleIndex, from, to);
    else if (Catalog::flowRules()[size_t(ruleIndex)].selector == Selector::IosToMdm)
        addMissing(ruleIndex, from, to);
}

void FlowDeriver::addFlow(int ruleIndex, const Device &from, const Device &to, const Device *via)
{
    const Catalog::FlowRule &rule = Catalog::flowRules()[size_t(ruleIndex)];
    const bool local = !via && &from != &to && m_topology.onSameHost(from, to);
    const int shownRule = local ? m_localRule : ruleIndex;
    // Built in its place in the bucket: no Flow is copied on the way.
    Flow &flow = m_buckets[m_orders[shownRule]].emplaceBack();
    if (m_recording)
        m_originBuckets[m_orders[shownRule]] << m_origin;
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
