#include "model/Validator.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <utility>

namespace {

// Whether a pair of device positions is seen for the first time. A device pairs with a handful
// of others (its gateways, its push servers) while a large plan has tens of thousands of flows:
// a short list per device costs less than a set of pairs.
class OncePerPair
{
public:
    explicit OncePerPair(qsizetype devices) : m_seen(devices) {}
    bool first(int device, int other)
    {
        QVarLengthArray<int, 2> &seen = m_seen[device];
        if (seen.contains(other))
            return false;
        seen.append(other);
        return true;
    }

private:
    QList<QVarLengthArray<int, 2>> m_seen;
};

} // namespace

using Catalog::Role;
using Catalog::ZoneKind;
using Severity = Finding::Severity;

QList<Finding> Validator::validate(const Topology &topology, const DerivedFlows &flows,
                                   const Texts &texts)
{
    Validator v(topology, flows, texts);
    v.checkIds();
    v.checkReferences();
    v.checkServers();
    v.checkPaths();
    v.checkGateways();
    v.checkHierarchy();
    v.checkExposure();
    v.checkMobiles();
    v.checkSettings();
    v.checkKsnProxies();
    v.checkHosts();
    std::stable_sort(v.m_findings.begin(), v.m_findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    return v.m_findings;
}

Validator::Validator(const Topology &topology, const DerivedFlows &flows, const Texts &texts)
    : m_plan(topology.plan()), m_flows(flows), m_texts(texts), m_topology(topology)
{}

QString Validator::tr(const char *source, const char *disambiguation, qint64 n) const
{
    Q_UNUSED(disambiguation); // only lupdate reads it: the 3-argument form marks a plural
    return m_texts.text("Validator", source, n);
}

QString Validator::nameOf(const QString &id) const
{
    // Findings name devices and zones alike by id.
    if (const Device *d = m_topology.device(id))
        return d->displayName();
    const Zone *z = m_topology.zone(id);
    return z ? z->displayName() : id;
}

bool Validator::inInternet(const Device &d) const
{
    return inInternet(d, m_topology.zoneKindOf(d));
}

bool Validator::inInternet(const Device &d, std::optional<ZoneKind> kind)
{
    return !Catalog::roleInfo(d.role).cloud && kind == std::optional(ZoneKind::Internet);
}

void Validator::add(Severity severity, const char *code, const QStringList &devices,
                    const QStringList &flows, const QString &message, const QString &fix,
                    FixKind fixAction)
{
    Finding f;
    f.severity = severity;
    f.code = QLatin1String(code);
    f.devices = devices;
    for (const QString &id : devices) {
        const Device *d = m_topology.device(id);
        if (d && !d->zone.isEmpty() && !f.zones.contains(d->zone))
            f.zones << d->zone;
    }
    f.flows = flowsPresent(devices, flows);
    f.message = message;
    f.fix = fix;
    f.fixAction = fixAction;
    m_findings << f;
}

QStringList Validator::flowsPresent(const QStringList &devices, const QStringList &numbers) const
{
    // A finding names the flows the plan has: between two roles on one host a flow is local (7).
    // Only the named devices' own flows are read, through an index of every device's flows made
    // on the first finding that names one: large plans have tens of thousands of flows, and a
    // plan may have a finding for every device.
    if (numbers.isEmpty())
        return {};
    QList<bool> local(numbers.size(), false);
    QList<bool> networked(numbers.size(), false);
    const QList<int> positions = positionsOf(devices);
    if (!positions.isEmpty() && !m_flowIndex)
        m_flowIndex.emplace(m_flows.flows, m_plan.devices.size());
    for (const int device : positions) {
        for (const int i : m_flowIndex->at(device)) {
            const Flow &f = m_flows.flows[i];
            for (qsizetype n = 0; n < numbers.size(); ++n) {
                networked[n] = networked[n] || (!f.local && f.number == numbers[n]);
                local[n] = local[n] || (f.local && f.replaces == numbers[n]);
            }
        }
    }
    QStringList result;
    for (qsizetype n = 0; n < numbers.size(); ++n) {
        const QString shown = local[n] && !networked[n] ? QStringLiteral("7") : numbers[n];
        if (!result.contains(shown))
            result << shown;
    }
    return result;
}

QList<int> Validator::positionsOf(const QStringList &ids) const
{
    // Every device of each id counts, duplicates included: the index keeps only the first.
    QList<int> positions;
    if (m_topology.deviceIdsDistinct()) {
        for (const QString &id : ids) {
            if (const Device *d = m_topology.device(id))
                positions << m_topology.indexOf(*d);
        }
        return positions;
    }
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    for (qsizetype i = 0; i < m_plan.devices.size(); ++i) {
        if (wanted.contains(m_plan.devices[i].id))
            positions << int(i);
    }
    return positions;
}

void Validator::checkIds()
{
    // The topology's indexes keep the first zone and the first device of each id: any other one is
    // a duplicate, as is a device that takes a zone's id. No set of all ids is built for this.
    auto report = [&](const QString &id, bool isZone) {
        add(Severity::Error, "duplicate-id", isZone ? QStringList() : QStringList{id}, {},
            tr("The id “%1” is used more than once; ids must be unique.").arg(id),
            tr("Give each zone and device its own id."));
        if (isZone)
            m_findings.last().zones = {id};
    };
    for (const Zone &z : m_plan.zones) {
        if (m_topology.zone(z.id) != &z)
            report(z.id, true);
    }
    if (m_topology.deviceIdsDistinct() &&
        std::none_of(m_plan.zones.cbegin(), m_plan.zones.cend(),
                     [](const Zone &z) { return z.id.isEmpty(); })) {
        // The usual plan: no device repeats an id, so only one that takes a zone's id is
        // reported (in plan order), found by the zones' ids rather than every device's.
        QList<int> clashes;
        for (const Zone &z : m_plan.zones) {
            if (const Device *d = m_topology.device(z.id))
                clashes << m_topology.indexOf(*d);
        }
        std::sort(clashes.begin(), clashes.end());
        clashes.erase(std::unique(clashes.begin(), clashes.end()), clashes.end());
        for (const int i : std::as_const(clashes))
            report(m_plan.devices[i].id, false);
        return;
    }
    bool emptyIdSeen = false; // the topology does not index devices by the empty id
    for (const Device &d : m_plan.devices) {
        const bool earlierDevice =
            d.id.isEmpty() ? std::exchange(emptyIdSeen, true) : m_topology.device(d.id) != &d;
        if (earlierDevice || m_topology.zone(d.id))
            report(d.id, false);
    }
}

void Validator::checkReferences()
{
    // The references as the topology read them: no property is looked up again here.
    const std::pair<Topology::Property, QString> refs[] = {
        {Topology::Property::Primary, QStringLiteral("primary")},
        {Topology::Property::Server, QStringLiteral("server")}};
    for (const Device &d : m_plan.devices) {
        if (d.zone.isEmpty()) {
            add(Severity::Error, "device-without-zone", {d.id}, {},
                tr("“%1” is not in any zone.").arg(nameOf(d.id)),
                tr("Place it in the LAN, the DMZ or the Internet."));
        } else if (!m_topology.zoneOf(d)) {
            add(Severity::Error, "unknown-zone", {d.id}, {},
                tr("“%1” names zone “%2”, which the plan does not have.").arg(nameOf(d.id), d.zone),
                tr("Choose one of the plan's zones."));
        }
        if (!d.host.isEmpty()) {
            const Device *host = m_topology.device(d.host);
            if (host == &d) {
                // Reported by checkHosts() as a cycle of one.
            } else if (!host) {
                add(Severity::Error, "unknown-host", {d.id}, {},
                    tr("“%1” shares the host of “%2”, which is not a device of the plan.")
                        .arg(nameOf(d.id), d.host),
                    tr("Name an existing device as the host, or clear it."));
            } else if (host->zone != d.zone) {
                add(Severity::Warning, "host-in-other-zone", {d.id, host->id},
                    {QStringLiteral("7")},
                    tr("“%1” shares a machine with “%2” but is placed in another zone.")
                        .arg(nameOf(d.id), nameOf(host->id)),
                    tr("Put both in the same zone."));
            }
        }
        for (const auto &[property, key] : refs) {
            const Topology::Reference ref = m_topology.reference(d, property);
            if (ref.named && (!ref.target || ref.target->role != Role::AdministrationServer ||
                              ref.target == &d)) {
                add(Severity::Error, "unknown-reference", {d.id}, {},
                    tr("“%1”: property “%2” names “%3”, which is not an Administration Server of "
                       "the plan.")
                        .arg(nameOf(d.id), key, d.text(key)),
                    tr("Name an existing Administration Server."));
            }
        }
        const Topology::Reference gateway = m_topology.reference(d, Topology::Property::Gateway);
        if (gateway.named && (!gateway.target || !m_topology.isGateway(*gateway.target))) {
            add(Severity::Error, "unknown-reference", {d.id}, {},
                tr("“%1”: property “gateway” names “%2”, which is not a connection gateway of the "
                   "plan.")
                    .arg(nameOf(d.id), d.text(QStringLiteral("gateway"))),
                tr("Name an existing connection gateway."));
        }
    }
}

qint64 Validator::managedCount(const Device &server) const
{
    qint64 total = 0;
    for (const Catalog::RoleInfo &info : Catalog::roles()) {
        if (info.managed && info.role != Role::AdministrationServer) {
            for (const Device *d : m_topology.managedBy(server, info.role))
                total += d->count;
        }
    }
    return total;
}

void Validator::checkServers()
{
    const auto &servers = m_topology.devices(Role::AdministrationServer);
    const bool anyManaged =
        std::any_of(m_plan.devices.begin(), m_plan.devices.end(), [](const Device &d) {
            return d.role != Role::AdministrationServer && Catalog::roleInfo(d.role).managed;
        });
    if (servers.isEmpty() && anyManaged) {
        add(Severity::Error, "no-server", {}, {},
            tr("The plan has managed devices but no Administration Server."),
            tr("Add an Administration Server."), FixKind::AddServer);
    }
    for (const Device *s : servers) {
        const bool linuxEdition = s->text(QStringLiteral("edition")) == QStringLiteral("linux");
        const qint64 limit = linuxEdition ? ServerLimitLinux : ServerLimitWindows;
        const qint64 count = managedCount(*s);
        if (count > limit) {
            add(Severity::Error, "server-overloaded", {s->id}, {QStringLiteral("4")},
                tr("“%1” manages %n device(s); one Administration Server handles up to %2.",
                   nullptr, count)
                    .arg(nameOf(s->id), m_texts.number(limit)),
                tr("Split the devices between secondary servers in a hierarchy."));
        }
        if (m_topology.managedBy(*s, Role::DatabaseServer).isEmpty()) {
            add(Severity::Warning, "server-without-database", {s->id}, {QStringLiteral("1")},
                tr("“%1” has no database server in the plan.").arg(nameOf(s->id)),
                tr("Add a database server, on the same host or its own."), FixKind::AddDatabase);
        }
        // A secondary takes updates and licence data from its primary over the hierarchy.
        if (!m_topology.hasKasperskyAccess(*s)) {
            add(Severity::Info, "server-offline", {s->id}, {QStringLiteral("8")},
                tr("“%1” has no Internet access: updates, KSN and licence data have to be moved "
                   "by hand.")
                    .arg(nameOf(s->id)),
                tr("Give the server Internet access, or plan the manual transfer."));
        }
    }
}

void Validator::checkPaths()
{
    // One finding per device, for its first missing path, with the numbers of all of them:
    // gathered in one pass, since a plan may leave thousands of devices without a way.
    QHash<QString, QStringList> numbersOf;
    QList<const MissingPath *> firsts;
    for (const MissingPath &m : m_flows.missing) {
        auto numbers = numbersOf.find(m.from);
        if (numbers == numbersOf.end()) {
            numbers = numbersOf.insert(m.from, {});
            firsts << &m;
        }
        if (!numbers->contains(m.number))
            *numbers << m.number;
    }
    for (const MissingPath *first : std::as_const(firsts)) {
        const MissingPath &m = *first;
        const QStringList &numbers = *numbersOf.constFind(m.from);
        const Device *to = m_topology.device(m.to);
        const Device *from = m_topology.device(m.from);
        if (from && from->role == Role::AdministrationServer) {
            add(Severity::Error, "hierarchy-unreachable", {m.from, m.to}, numbers,
                tr("Neither the secondary server “%1” nor its primary server “%2” can open the "
                   "connection between them.")
                    .arg(nameOf(m.from), nameOf(m.to)),
                tr("Place the secondary where its primary can reach it, or clear “connectedBy”."));
            continue;
        }
        if (to && to->role == Role::IosMdmServer) {
            add(Severity::Error, "ios-mdm-unreachable", {m.from, m.to}, numbers,
                tr("“%1” cannot reach the iOS MDM Server “%2”.").arg(nameOf(m.from), nameOf(m.to)),
                tr("Run the iOS MDM Server on the connection gateway's host in the DMZ."));
            continue;
        }
        add(Severity::Error, "no-path-to-server", {m.from, m.to}, numbers,
            tr("“%1” cannot reach its Administration Server “%2”: nothing connects its zone to the "
               "server's.")
                .arg(nameOf(m.from), nameOf(m.to)),
            tr("Add a connection gateway to the DMZ, or publish the server through a reverse "
               "proxy."),
            FixKind::AddGateway);
    }
}

void Validator::checkGateways()
{
    // Devices counted once per gateway, however many of their flows pass it. Computers with
    // Network Agent and devices on the mobile protocol alike hold a connection to the push server
    // (D2): each device counts once, whatever else it talks to. Both in one pass over the flows.
    QHash<QString, qint64> loads;
    OncePerPair routed(m_plan.devices.size());
    QHash<int, qint64> pushClients;
    OncePerPair counted(m_plan.devices.size());
    for (const Flow &f : m_flows.flows) {
        if (f.viaIndex >= 0 && routed.first(f.fromIndex, f.viaIndex))
            loads[f.via] += m_plan.devices[f.fromIndex].count;
        if (f.catalogRule().pushServerOnly && counted.first(f.fromIndex, f.toIndex))
            pushClients[f.toIndex] += m_plan.devices[f.fromIndex].count;
    }
    for (const Device &g : m_plan.devices) {
        if (!m_topology.isGateway(g))
            continue;
        // Only a gateway that waits for its server must be reached from the Internet, and so
        // belongs in the DMZ; a distribution point in gateway mode in a LAN connects out itself.
        if (m_topology.waitsForServer(g) &&
            m_topology.zoneKindOf(g) != std::optional(ZoneKind::Dmz) && m_topology.zone(g.zone)) {
            add(Severity::Warning, "gateway-outside-dmz", {g.id}, {QStringLiteral("4a")},
                tr("The connection gateway “%1” is not in a DMZ.").arg(nameOf(g.id)),
                tr("Move the connection gateway into the DMZ."), FixKind::MoveToDmz);
        }
        const Device *chained = m_topology.reference(g, Topology::Property::Gateway).target;
        if (chained && chained != &g && m_topology.isGateway(*chained)) {
            add(Severity::Error, "gateway-chain", {g.id, chained->id}, {QStringLiteral("4a")},
                tr("The connection gateway “%1” is set to connect through another gateway, "
                   "“%2”; gateways cannot be chained.")
                    .arg(nameOf(g.id), nameOf(chained->id)),
                tr("Let the server connect to each gateway directly."));
        }
        const Device *server = m_topology.serverOf(g);
        if (server && m_topology.waitsForServer(g) && !m_topology.reaches(*server, g)) {
            add(Severity::Error, "gateway-unreachable", {g.id, server->id}, {QStringLiteral("4a")},
                tr("“%1” cannot open the signal connection to the gateway “%2”.")
                    .arg(nameOf(server->id), nameOf(g.id)),
                tr("Place the gateway where the server can connect to it: the DMZ."));
        }
        const qint64 load = loads.value(g.id);
        if (load > GatewayLimit) {
            add(Severity::Error, "gateway-overloaded", {g.id}, {QStringLiteral("4")},
                tr("%n device(s) connect through “%1”; one connection gateway handles up to %2.",
                   nullptr, load)
                    .arg(nameOf(g.id), m_texts.number(GatewayLimit)),
                tr("Add another connection gateway and split the devices."), FixKind::AddGateway);
        }
    }
    for (const Device *dp : m_topology.devices(Role::DistributionPoint)) {
        const qint64 clients = pushClients.value(m_topology.indexOf(*dp));
        if (clients > PushServerLimit) {
            add(Severity::Warning, "push-server-overloaded", {dp->id}, {QStringLiteral("D2")},
                tr("The push server on “%1” has %n client(s); it holds up to %2 connections.",
                   nullptr, clients)
                    .arg(nameOf(dp->id), m_texts.number(PushServerLimit)),
                tr("Add another distribution point as push server."));
        }
    }
}

void Validator::checkHierarchy()
{
    QHash<const Device *, qint64> secondariesOf;
    for (const Device *s : m_topology.devices(Role::AdministrationServer)) {
        if (const Device *primary = m_topology.primaryOf(*s))
            secondariesOf[primary] += s->count;
    }
    for (const Device *s : m_topology.devices(Role::AdministrationServer)) {
        const qint64 secondaries = secondariesOf.value(s);
        const qint64 virtualServers =
            s->properties.value(QStringLiteral("virtualServers")).toInteger();
        if (virtualServers > VirtualServerLimit) {
            add(Severity::Error, "too-many-virtual-servers", {s->id}, {},
                tr("“%1” hosts %n virtual Administration Server(s); one server takes up to %2.",
                   nullptr, virtualServers)
                    .arg(nameOf(s->id), m_texts.number(VirtualServerLimit)),
                tr("Spread the virtual servers over more physical Administration Servers."));
        }
        if (secondaries > SecondaryLimit) {
            add(Severity::Error, "too-many-secondaries", {s->id}, {QStringLiteral("4")},
                tr("“%1” has %n secondary server(s); a primary server takes up to %2.", nullptr,
                   secondaries)
                    .arg(nameOf(s->id), m_texts.number(SecondaryLimit)),
                tr("Add an intermediate level to the hierarchy."));
        }
        // Walk up the primaries; coming back to the start is a cycle.
        QSet<const Device *> seen{s};
        for (const Device *p = m_topology.primaryOf(*s); p; p = m_topology.primaryOf(*p)) {
            if (p == s) {
                add(Severity::Error, "hierarchy-cycle", {s->id}, {QStringLiteral("4")},
                    tr("“%1” is, through its primaries, its own primary server.")
                        .arg(nameOf(s->id)),
                    tr("Make the server hierarchy a tree: clear one of the primary links."));
                break;
            }
            if (seen.contains(p))
                break; // a cycle above this server: reported for the servers on it
            seen.insert(p);
        }
    }
}

void Validator::checkExposure()
{
    for (const Device *db : m_topology.devices(Role::DatabaseServer)) {
        if (inInternet(*db)) {
            add(Severity::Error, "database-exposed", {db->id}, {QStringLiteral("1")},
                tr("The database server “%1” is on the Internet.").arg(nameOf(db->id)),
                tr("Keep the database in the LAN and let only the Administration Server reach "
                   "it."));
        }
    }
    for (const Device *s : m_topology.devices(Role::AdministrationServer)) {
        if (inInternet(*s)) {
            add(Severity::Error, "server-exposed", {s->id}, {},
                tr("The Administration Server “%1” sits directly on the Internet.")
                    .arg(nameOf(s->id)),
                tr("Place the server in the LAN or the DMZ."), FixKind::MoveToLan);
        }
    }
    // Each device's place worked out once, not once or twice for every flow.
    QList<bool> internet(m_plan.devices.size());
    QList<std::optional<ZoneKind>> kinds(m_plan.devices.size());
    for (qsizetype i = 0; i < m_plan.devices.size(); ++i) {
        const Device &d = m_plan.devices[i];
        kinds[i] = m_topology.zoneKindOf(d);
        internet[i] = inInternet(d, kinds[i]);
    }
    // One pass over the flows: those opened from the DMZ into the LAN are reported after the
    // exposed ports, as they always were.
    QList<int> dmzIntoLan;
    for (qsizetype i = 0; i < m_flows.flows.size(); ++i) {
        const Flow &f = m_flows.flows[i];
        if (f.local || !f.via.isEmpty())
            continue;
        if (!f.push && kinds[f.fromIndex] == std::optional(ZoneKind::Dmz) &&
            kinds[f.toIndex] == std::optional(ZoneKind::Lan))
            dmzIntoLan << int(i);
        if (!internet[f.fromIndex])
            continue;
        if (f.number == QStringLiteral("1") || f.number == QStringLiteral("6") ||
            f.number == QStringLiteral("9")) {
            add(Severity::Error, "management-port-exposed", {f.from, f.to}, {f.number},
                tr("Flow %1 opens the management port %2 of “%3” to the Internet.")
                    .arg(f.number, QString::number(f.ports.value(0)), nameOf(f.to)),
                tr("Manage the server from the LAN, or over a VPN."));
        } else if (f.number == QStringLiteral("9a")) {
            add(Severity::Warning, "web-console-exposed", {f.from, f.to}, {f.number},
                tr("The Web Console “%1” is opened to the Internet on port %2.")
                    .arg(nameOf(f.to), QString::number(f.ports.value(0))),
                tr("Let administrators reach the Web Console from the LAN or over a VPN."));
        }
    }
    for (const int i : std::as_const(dmzIntoLan)) {
        const Flow &f = m_flows.flows[i];
        add(Severity::Warning, "dmz-opens-into-lan", {f.from, f.to}, {f.number},
            tr("Flow %1 is opened from the DMZ into the LAN (“%2” to “%3”).")
                .arg(f.number, nameOf(f.from), nameOf(f.to)),
            tr("Move “%1” into the LAN, or accept this rule on the inner firewall.")
                .arg(nameOf(f.from)));
    }
}

void Validator::checkMobiles()
{
    for (const Device *s : m_topology.devices(Role::AdministrationServer)) {
        const auto android = m_topology.managedBy(*s, Role::AndroidDevice);
        if (!android.isEmpty() &&
            (!m_topology.firstOf(Role::GoogleFcm) || !m_topology.hasInternetAccess(*s))) {
            QStringList ids;
            for (const Device *d : android)
                ids << d->id;
            add(Severity::Warning, "android-without-fcm", ids,
                {QStringLiteral("10"), QStringLiteral("11")},
                tr("Android devices of “%1” have no way to Google FCM: the server cannot wake them "
                   "up.")
                    .arg(nameOf(s->id)),
                tr("Add Google FCM to the Internet zone and give the server Internet access."),
                FixKind::AddFcm);
        }
    }
    for (const Device *mdm : m_topology.devices(Role::IosMdmServer)) {
        if (m_topology.hasInternetAccess(*mdm))
            continue;
        const auto &ios = m_topology.devices(Role::IosDevice);
        if (std::any_of(ios.begin(), ios.end(),
                        [&](const Device *d) { return m_topology.mdmOf(*d) == mdm; })) {
            add(Severity::Warning, "ios-mdm-offline", {mdm->id}, {QStringLiteral("12")},
                tr("The iOS MDM Server “%1” has no Internet access: it cannot ask Apple to wake "
                   "iOS devices up.")
                    .arg(nameOf(mdm->id)),
                tr("Give the iOS MDM Server Internet access (HTTPS to Apple)."));
        }
    }
    QStringList withoutMdm;
    for (const Device *d : m_topology.devices(Role::IosDevice)) {
        if (!m_topology.mdmOf(*d))
            withoutMdm << d->id;
    }
    if (!withoutMdm.isEmpty()) {
        add(Severity::Error, "ios-without-mdm", withoutMdm, {QStringLiteral("17")},
            tr("iOS devices have no iOS MDM Server to connect to."),
            tr("Add an iOS MDM Server on the Administration Server's or the gateway's host."),
            FixKind::AddIosMdm);
    }
    if (!m_topology.devices(Role::IosDevice).isEmpty() && !m_topology.firstOf(Role::ApplePush)) {
        add(Severity::Warning, "ios-without-apns", {}, {QStringLiteral("12"), QStringLiteral("13")},
            tr("The plan has iOS devices but no Apple Push Notification service."),
            tr("Add the Apple Push Notification service to the Internet zone."), FixKind::AddApns);
    }
}

void Validator::checkSettings()
{
    if (m_plan.settings.legacyAgentPort) {
        add(Severity::Warning, "legacy-agent-port", {}, {QStringLiteral("4")},
            tr("Network Agents use the legacy port %1 without TLS.")
                .arg(m_plan.port(QStringLiteral("serverLegacy"))),
            tr("Switch the agents to the TLS port %1.").arg(m_plan.port(QStringLiteral("server"))),
            FixKind::UseTlsPort);
    }
}

void Validator::checkKsnProxies()
{
    // A KSN proxy passes its clients' requests on: the server's over its own Internet access
    // (flow 8), a distribution point's to its server's proxy (its own K1, KSC's default) or, when
    // it cannot reach that, over its own Internet access (KSC's "access KSN directly" option).
    const auto isKsn = [](const Flow &f) {
        const QLatin1String k1("K1"); // read for every flow: no string is made
        return f.number == k1 || f.replaces == k1;
    };
    QList<int> proxies;
    QList<bool> isProxy(m_plan.devices.size(), false);
    QList<int> forwardsTo(m_plan.devices.size(), -1); // a proxy's own K1, by position
    for (const Flow &f : m_flows.flows) {
        if (!isKsn(f))
            continue;
        if (!std::exchange(isProxy[f.toIndex], true))
            proxies << f.toIndex;
        forwardsTo[f.fromIndex] = f.toIndex;
    }
    for (int index : proxies) {
        const Device &proxy = m_plan.devices[index];
        if (proxy.role == Role::AdministrationServer) {
            if (m_topology.hasKasperskyAccess(proxy))
                continue;
            add(Severity::Warning, "ksn-proxy-offline", {proxy.id},
                {QStringLiteral("K1"), QStringLiteral("8")},
                tr("“%1” is the KSN proxy of managed devices but has no Internet access: their KSN "
                   "requests go no further.")
                    .arg(nameOf(proxy.id)),
                tr("Give the server Internet access, or turn the KSN proxy off in the plan's "
                   "settings."),
                FixKind::GiveInternetAccess);
            continue;
        }
        const int upstream = forwardsTo[index];
        if (m_topology.hasInternetAccess(proxy) ||
            (upstream >= 0 && m_topology.hasKasperskyAccess(m_plan.devices[upstream])))
            continue;
        add(Severity::Warning, "ksn-proxy-offline", {proxy.id}, {QStringLiteral("K1")},
            tr("The KSN proxy on “%1” has no way to KSN: it reaches neither an Administration "
               "Server with Internet access nor the Internet itself.")
                .arg(nameOf(proxy.id)),
            tr("Give the distribution point Internet access, or let its devices use the server's "
               "KSN proxy."),
            FixKind::GiveInternetAccess);
    }
}

void Validator::checkHosts()
{
    // Follow each device's host link; coming back to where it started is a cycle, reported once,
    // for the device of the cycle that comes first in the plan.
    for (int i = 0; i < m_plan.devices.size(); ++i) {
        const Device &start = m_plan.devices[i];
        if (start.host.isEmpty())
            continue; // a machine of its own is on no ring
        QStringList ring;
        bool cycle = false;
        for (const Device *d = &start; d && !ring.contains(d->id); d = m_topology.device(d->host)) {
            ring << d->id;
            if (m_topology.device(d->host) == &start) {
                cycle = true;
                break;
            }
        }
        const bool firstOnRing = std::all_of(ring.begin(), ring.end(), [&](const QString &id) {
            return m_topology.indexOf(*m_topology.device(id)) >= i;
        });
        if (!cycle || !firstOnRing)
            continue;
        QStringList names;
        for (const QString &id : ring)
            names << QStringLiteral("“%1”").arg(nameOf(id));
        add(Severity::Error, "host-cycle", ring, {},
            ring.size() == 1 ? tr("“%1” is set to run on its own host.").arg(nameOf(start.id))
                             : tr("%1 run on each other's hosts in a ring: none of them is a "
                                  "machine of its own.")
                                   .arg(names.join(QStringLiteral(", "))),
            tr("Put the devices of one machine on one host device, which itself has no host."));
    }
}
