#include "model/Topology.h"

#include <algorithm>

using Catalog::Role;
using Catalog::ZoneKind;

namespace {

// The properties indexFacts() reads of every device, found in one pass over the device's
// properties: a look-up by key costs about as much as that pass, and most devices carry one or
// two properties. Read as Device::text() and Device::flag() read them (keys are unique).
struct IndexedProperties
{
    QJsonValue server;
    QJsonValue gateway;
    QJsonValue primary;
    QJsonValue internetAccess;
    QJsonValue ksnProxy;
    QJsonValue pushServer;

    explicit IndexedProperties(const QJsonObject &properties)
    {
        for (auto it = properties.constBegin(), end = properties.constEnd(); it != end; ++it) {
            const QString key = it.key();
            if (key == QLatin1StringView("server"))
                server = it.value();
            else if (key == QLatin1StringView("gateway"))
                gateway = it.value();
            else if (key == QLatin1StringView("primary"))
                primary = it.value();
            else if (key == QLatin1StringView("internetAccess"))
                internetAccess = it.value();
            else if (key == QLatin1StringView("ksnProxy"))
                ksnProxy = it.value();
            else if (key == QLatin1StringView("pushServer"))
                pushServer = it.value();
        }
    }
};

bool flag(const QJsonValue &value, bool fallback)
{
    return value.isBool() ? value.toBool() : fallback;
}

// Whether an entry in zone `z` takes part in the zone's broadcast domain: a Network Agent machine
// (computers or a distribution point) in a zone that is one segment. Roaming devices on the
// Internet share no segment.
bool joinsBroadcastDomain(const Device &d, const Zone *z)
{
    return z && z->kind != ZoneKind::Internet &&
           (d.role == Role::ManagedComputer || d.role == Role::DistributionPoint);
}

// A zone has a broadcast domain (agents finding each other, flow 2) from two machines on.
constexpr qint64 BroadcastDomainMachines = 2;

} // namespace

Topology::Topology(const Plan &plan) : m_plan(plan)
{
    m_byId.reserve(plan.devices.size());
    // Filled back to front so that with duplicate ids the first one wins, as in Plan's lookups.
    for (int i = int(plan.zones.size()) - 1; i >= 0; --i)
        m_zoneById.insert(plan.zones[i].id, i);
    for (int i = int(plan.devices.size()) - 1; i >= 0; --i)
        m_byId.insert(plan.devices[i].id, i);
    for (const Device &device : plan.devices)
        m_byRole[int(device.role)].append(&device);
    indexFacts();
    indexServers();
    indexDistributionPoints();
    indexBroadcastDomains();
}

Topology::Topology(const Plan &plan, const Topology &previous, const QList<int> &changed)
    : m_plan(plan), m_byId(previous.m_byId), m_zoneById(previous.m_zoneById),
      m_facts(previous.m_facts)
{
    // Positions, ids, roles and zones are the previous plan's: every index stands once its
    // pointers point into this plan, which costs a pass over pointers instead of hashing every id
    // and reading every device's properties again.
    for (auto it = previous.m_byRole.cbegin(); it != previous.m_byRole.cend(); ++it)
        m_byRole.insert(it.key(), here(it.value(), previous));
    for (Facts &f : m_facts) {
        f.zone = here(f.zone, previous);
        f.server = here(f.server, previous);
        f.distributionPoint = here(f.distributionPoint, previous);
        f.chosenGateway = here(f.chosenGateway, previous);
        f.primary = here(f.primary, previous);
        for (Reference &r : f.references)
            r.target = here(r.target, previous);
    }
    for (auto it = previous.m_firstServerInZone.cbegin(); it != previous.m_firstServerInZone.cend();
         ++it)
        m_firstServerInZone.insert(it.key(), here(it.value(), previous));
    m_topPrimary = here(previous.m_topPrimary, previous);
    for (auto it = previous.m_managed.cbegin(); it != previous.m_managed.cend(); ++it) {
        QHash<int, DeviceList> &byRole = m_managed[here(it.key(), previous)];
        for (auto role = it.value().cbegin(); role != it.value().cend(); ++role)
            byRole.insert(role.key(), here(role.value(), previous));
    }
    for (auto it = previous.m_gateways.cbegin(); it != previous.m_gateways.cend(); ++it)
        m_gateways.insert(here(it.key(), previous), here(it.value(), previous));
    for (auto it = previous.m_agentsOf.cbegin(); it != previous.m_agentsOf.cend(); ++it)
        m_agentsOf.insert(here(it.key(), previous), here(it.value(), previous));
    for (auto it = previous.m_broadcastDomain.cbegin(); it != previous.m_broadcastDomain.cend();
         ++it)
        m_broadcastDomain.insert(here(it.key(), previous), here(it.value(), previous));

    // The changed devices: their own facts again, and the lists of their server and distribution
    // point. Being leaves, they are no one's server, distribution point, gateway or primary.
    QList<const Zone *> zones;
    for (int index : changed) {
        const Device &device = m_plan.devices[index];
        const Facts was = m_facts[index];
        indexFacts(device);
        Facts &f = m_facts[index];
        f.server = findServer(device);
        for (const Device *dp : devices(Role::DistributionPoint)) {
            // The first distribution point of its server in its zone, as indexDistributionPoints.
            if (dp->zone == device.zone && serverOf(*dp) == f.server) {
                f.distributionPoint = dp;
                break;
            }
        }
        // (One look-up at a time: a reference into a hash does not outlive an insertion.)
        if (was.server != f.server) {
            if (was.server)
                m_managed[was.server][int(device.role)].removeOne(&device);
            if (f.server)
                insertInPlanOrder(m_managed[f.server][int(device.role)], &device);
        }
        if (device.role == Role::ManagedComputer && was.distributionPoint != f.distributionPoint) {
            if (was.distributionPoint)
                m_agentsOf[was.distributionPoint].removeOne(&device);
            if (f.distributionPoint)
                insertInPlanOrder(m_agentsOf[f.distributionPoint], &device);
        }
        zones << was.zone << f.zone;
    }
    // The broadcast domains of the zones they left and joined, counted again.
    for (const Zone *z : zones) {
        if (!z)
            continue;
        m_broadcastDomain.remove(z);
        qint64 machines = 0;
        const Device *first = nullptr;
        for (const Device &d : m_plan.devices) {
            if (facts(d).zone != z || !joinsBroadcastDomain(d, z))
                continue;
            machines += d.count;
            if (!first)
                first = &d;
        }
        if (first && machines >= BroadcastDomainMachines)
            m_broadcastDomain.insert(z, first);
    }
}

const Device *Topology::here(const Device *device, const Topology &other) const
{
    return device ? &m_plan.devices[other.indexOf(*device)] : nullptr;
}

const Zone *Topology::here(const Zone *zone, const Topology &other) const
{
    return zone ? &m_plan.zones[zone - other.m_plan.zones.constData()] : nullptr;
}

Topology::DeviceList Topology::here(const DeviceList &devices, const Topology &other) const
{
    DeviceList result(devices.size());
    const Device **out = result.data();
    for (const Device *d : devices)
        *out++ = here(d, other);
    return result;
}

void Topology::insertInPlanOrder(DeviceList &list, const Device *device)
{
    // Plan order is address order: the devices are one array.
    list.insert(std::lower_bound(list.begin(), list.end(), device), device);
}

void Topology::indexBroadcastDomains()
{
    QHash<const Zone *, qint64> machines;
    QHash<const Zone *, const Device *> first;
    for (const Device &d : m_plan.devices) {
        const Zone *z = zoneOf(d);
        if (!joinsBroadcastDomain(d, z))
            continue;
        machines[z] += d.count;
        if (!first.contains(z))
            first.insert(z, &d);
    }
    for (auto it = first.begin(); it != first.end(); ++it) {
        if (machines.value(it.key()) >= BroadcastDomainMachines)
            m_broadcastDomain.insert(it.key(), it.value());
    }
}

void Topology::indexFacts()
{
    m_facts.resize(m_plan.devices.size());
    for (const Device &device : m_plan.devices)
        indexFacts(device);
}

void Topology::indexFacts(const Device &device)
{
    Facts &f = m_facts[indexOf(device)];
    f = Facts();
    f.zone = zone(device.zone);
    const IndexedProperties properties(device.properties);
    f.gateway = device.role == Role::ConnectionGateway ||
                (device.role == Role::DistributionPoint && flag(properties.gateway, false));
    // Topics 155206, 92243, 204420: only the "connection gateway in the DMZ" mode makes the
    // agent wait for its server; a distribution point in gateway mode in a LAN connects out.
    f.waitsForServer = f.gateway && (device.role == Role::ConnectionGateway ||
                                     (f.zone && f.zone->kind != ZoneKind::Lan));
    // On the Internet a device has Internet access by nature; elsewhere only when the plan
    // says so, except for the server, which KSC expects to be online unless told otherwise.
    // The iOS MDM Server exists to reach Apple (12): online unless the plan says otherwise.
    const bool fallback = device.role == Role::AdministrationServer ||
                          device.role == Role::IosMdmServer ||
                          (f.zone && f.zone->kind == ZoneKind::Internet);
    f.internet = flag(properties.internetAccess, fallback);
    f.ksnProxy = flag(properties.ksnProxy, false);
    f.pushServer = flag(properties.pushServer, false);
    // Each reference resolved once here: the rules and the validator ask for them again and
    // again.
    const auto read = [&](Property property, const QJsonValue &value) {
        const QString id = value.toString();
        f.references[size_t(property)] = {!id.isEmpty(), this->device(id)};
        return f.references[size_t(property)].target;
    };
    read(Property::Server, properties.server);
    f.chosenGateway = read(Property::Gateway, properties.gateway);
    const Device *primary = read(Property::Primary, properties.primary);
    if (device.role == Role::AdministrationServer && primary && primary != &device &&
        primary->role == Role::AdministrationServer)
        f.primary = primary;
}

void Topology::indexServers()
{
    for (const Device *s : devices(Role::AdministrationServer)) {
        if (!m_firstServerInZone.contains(s->zone))
            m_firstServerInZone.insert(s->zone, s);
        if (!m_topPrimary && !primaryOf(*s))
            m_topPrimary = s;
    }
    for (const Device &device : m_plan.devices) {
        const Device *server = findServer(device);
        m_facts[indexOf(device)].server = server;
        if (!server)
            continue;
        m_managed[server][int(device.role)].append(&device);
        if (waitsForServer(device))
            m_gateways[server].append(&device);
    }
}

void Topology::indexDistributionPoints()
{
    // The first distribution point of a server in a zone serves that zone's computers.
    QHash<QPair<QString, const Device *>, const Device *> byZone;
    for (const Device *dp : devices(Role::DistributionPoint)) {
        const auto key = qMakePair(dp->zone, serverOf(*dp));
        if (!byZone.contains(key))
            byZone.insert(key, dp);
    }
    for (const Device &device : m_plan.devices) {
        const Device *dp = byZone.value(qMakePair(device.zone, serverOf(device)));
        if (dp && dp != &device) {
            m_facts[indexOf(device)].distributionPoint = dp;
            if (device.role == Role::ManagedComputer)
                m_agentsOf[dp].append(&device);
        }
    }
}

const QList<const Device *> &Topology::devices(Role role) const
{
    static const QList<const Device *> none;
    const auto it = m_byRole.find(int(role));
    return it == m_byRole.end() ? none : it.value();
}

const Device *Topology::device(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_plan.devices[*it];
}

const Zone *Topology::zone(const QString &id) const
{
    const auto it = m_zoneById.constFind(id);
    return it == m_zoneById.constEnd() ? nullptr : &m_plan.zones[*it];
}

const Zone *Topology::zoneOf(const Device &device) const
{
    return facts(device).zone;
}

std::optional<Catalog::ZoneKind> Topology::zoneKindOf(const Device &device) const
{
    const Zone *z = zoneOf(device);
    return z ? std::optional(z->kind) : std::nullopt;
}

const QList<const Device *> &Topology::agentsOf(const Device &distributionPoint) const
{
    static const DeviceList none;
    const auto it = m_agentsOf.find(&distributionPoint);
    return it == m_agentsOf.end() ? none : it.value();
}

const Device *Topology::findServer(const Device &device) const
{
    const QList<const Device *> &servers = devices(Role::AdministrationServer);
    if (device.role == Role::AdministrationServer)
        return &device;
    if (const Device *s = reference(device, Property::Server).target;
        s && s->role == Role::AdministrationServer)
        return s;
    if (const Device *h = Topology::device(device.host); h && h->role == Role::AdministrationServer)
        return h;
    if (servers.size() == 1)
        return servers.first();
    if (const Device *s = m_firstServerInZone.value(device.zone))
        return s;
    return m_topPrimary ? m_topPrimary : servers.value(0);
}

const Device *Topology::serverOf(const Device &device) const
{
    return facts(device).server;
}

const Device *Topology::primaryOf(const Device &server) const
{
    return facts(server).primary;
}

const Device *Topology::hierarchyInitiator(const Device &secondary) const
{
    const Device *primary = primaryOf(secondary);
    if (!primary)
        return nullptr;
    const bool secondaryCan = onSameHost(secondary, *primary) || reaches(secondary, *primary);
    const bool primaryCan = onSameHost(secondary, *primary) || reaches(*primary, secondary);
    const QString chosen = secondary.text(QStringLiteral("connectedBy"));
    if (chosen == QStringLiteral("primary"))
        return primaryCan ? primary : nullptr;
    if (chosen == QStringLiteral("secondary"))
        return secondaryCan ? &secondary : nullptr;
    if (secondaryCan)
        return &secondary;
    return primaryCan ? primary : nullptr;
}

QList<const Device *> Topology::managedBy(const Device &server, Role role) const
{
    return m_managed.value(&server).value(int(role));
}

bool Topology::isGateway(const Device &device) const
{
    return facts(device).gateway;
}

bool Topology::waitsForServer(const Device &device) const
{
    return facts(device).waitsForServer;
}

QList<const Device *> Topology::gatewaysOf(const Device &server) const
{
    return m_gateways.value(&server);
}

const Device *Topology::distributionPointOf(const Device &device) const
{
    return facts(device).distributionPoint;
}

const Device *Topology::firstOf(Role role) const
{
    return devices(role).value(0);
}

const Device *Topology::mdmOf(const Device &iosDevice) const
{
    const QList<const Device *> &mdms = devices(Role::IosMdmServer);
    for (const Device *m : mdms) {
        if (serverOf(*m) == serverOf(iosDevice))
            return m;
    }
    return nullptr;
}

bool Topology::hasInternetAccess(const Device &device) const
{
    return facts(device).internet;
}

bool Topology::hasKasperskyAccess(const Device &device) const
{
    return hasInternetAccess(device) || primaryOf(device);
}

const Device *Topology::ksnProxyOf(const Device &device) const
{
    if (!m_plan.settings.ksnProxy)
        return nullptr;
    const Device *dp =
        device.role == Role::DistributionPoint ? nullptr : distributionPointOf(device);
    if (dp && facts(*dp).ksnProxy)
        return dp;
    return serverOf(device);
}

bool Topology::onSameHost(const Device &a, const Device &b) const
{
    return (!a.host.isEmpty() && a.host == b.id) || (!b.host.isEmpty() && b.host == a.id) ||
           (!a.host.isEmpty() && a.host == b.host);
}

bool Topology::reaches(const Device &from, const Device &to) const
{
    if (Catalog::roleInfo(to.role).cloud)
        return true;
    const Zone *fromZone = zoneOf(from);
    const Zone *toZone = zoneOf(to);
    if (!fromZone || !toZone)
        return false;
    const bool roaming = to.role == Role::ManagedComputer || Catalog::roleInfo(to.role).mobile;
    if (toZone->kind == ZoneKind::Internet && roaming)
        return false;
    if (fromZone == toZone)
        return true;
    switch (fromZone->kind) {
    case ZoneKind::Lan:
        return true;
    case ZoneKind::Dmz:
    case ZoneKind::Internet:
        return toZone->kind != ZoneKind::Lan;
    }
    return false;
}

const Device *Topology::route(const Device &from, const Device &server) const
{
    const Device *chosen = facts(from).chosenGateway;
    if (chosen == &from)
        chosen = nullptr;
    auto branch = [&](const Device *g) {
        return g && isGateway(*g) && !waitsForServer(*g) && reaches(from, *g);
    };
    if (branch(chosen))
        return chosen;
    if (!chosen && branch(facts(from).distributionPoint))
        return facts(from).distributionPoint;
    if (reaches(from, server))
        return &server;
    if (chosen && isGateway(*chosen) && reaches(from, *chosen))
        return chosen;
    for (const Device *gateway : gatewaysOf(server)) {
        if (gateway != &from && reaches(from, *gateway) && reaches(server, *gateway))
            return gateway;
    }
    return reverseProxyFor(from);
}

const Device *Topology::reverseProxyFor(const Device &from) const
{
    for (const Device *proxy : devices(Role::ReverseProxy)) {
        // The proxy publishes the server: its own way in (DMZ -> LAN) is the point of it.
        if (reaches(from, *proxy))
            return proxy;
    }
    return nullptr;
}
