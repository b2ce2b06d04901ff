#include "model/Topology.h"

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

} // namespace

Topology::Topology(const Plan &plan) : m_plan(plan)
{
    m_byId.reserve(plan.devices.size());
    // Filled back to front so that with duplicate ids the first one wins, as in Plan's lookups.
    for (auto it = plan.zones.crbegin(); it != plan.zones.crend(); ++it)
        m_zoneById.insert(it->id, &*it);
    for (auto it = plan.devices.crbegin(); it != plan.devices.crend(); ++it)
        m_byId.insert(it->id, &*it);
    for (const Device &device : plan.devices)
        m_byRole[int(device.role)].append(&device);
    indexFacts();
    indexServers();
    indexDistributionPoints();
    indexBroadcastDomains();
}

void Topology::indexBroadcastDomains()
{
    // Roaming devices on the Internet share no segment; a zone is one segment.
    QHash<const Zone *, qint64> machines;
    QHash<const Zone *, const Device *> first;
    for (const Device &d : m_plan.devices) {
        const Zone *z = zoneOf(d);
        if (!z || z->kind == ZoneKind::Internet ||
            (d.role != Role::ManagedComputer && d.role != Role::DistributionPoint))
            continue;
        machines[z] += d.count;
        if (!first.contains(z))
            first.insert(z, &d);
    }
    for (auto it = first.begin(); it != first.end(); ++it) {
        if (machines.value(it.key()) >= 2)
            m_broadcastDomain.insert(it.key(), it.value());
    }
}

void Topology::indexFacts()
{
    m_facts.resize(m_plan.devices.size());
    for (const Device &device : m_plan.devices) {
        Facts &f = m_facts[indexOf(device)];
        f.zone = m_zoneById.value(device.zone);
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
    return id.isEmpty() ? nullptr : m_byId.value(id);
}

const Zone *Topology::zone(const QString &id) const
{
    return m_zoneById.value(id);
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
