#include "Topology.h"

using Catalog::Role;
using Catalog::ZoneKind;

Topology::Topology(const Plan &plan) : m_plan(plan)
{
    // Filled back to front so that with duplicate ids the first one wins, as in Plan's lookups.
    for (auto it = plan.zones.crbegin(); it != plan.zones.crend(); ++it)
        m_zoneById.insert(it->id, &*it);
    for (auto it = plan.devices.crbegin(); it != plan.devices.crend(); ++it)
        m_byId.insert(it->id, &*it);
    for (const Device &device : plan.devices)
        m_byRole[int(device.role)].append(&device);
    for (const Device &device : plan.devices)
        m_serverOf.insert(&device, findServer(device));
    for (const Device &device : plan.devices) {
        if (isGateway(device))
            m_gateways << &device;
    }
}

const QList<const Device *> &Topology::devices(Role role) const
{
    static const QList<const Device *> none;
    const auto it = m_byRole.find(int(role));
    return it == m_byRole.end() ? none : it.value();
}

const Device *Topology::deviceById(const QString &id) const
{
    return id.isEmpty() ? nullptr : m_byId.value(id);
}

const Zone *Topology::zoneOf(const Device &device) const
{
    return m_zoneById.value(device.zone);
}

const Device *Topology::findServer(const Device &device) const
{
    const QList<const Device *> &servers = devices(Role::AdministrationServer);
    if (device.role == Role::AdministrationServer)
        return &device;
    if (const Device *s = deviceById(device.text(QStringLiteral("server")));
        s && s->role == Role::AdministrationServer)
        return s;
    if (const Device *h = deviceById(device.host); h && h->role == Role::AdministrationServer)
        return h;
    if (servers.size() == 1)
        return servers.first();
    for (const Device *s : servers) {
        if (s->zone == device.zone)
            return s;
    }
    for (const Device *s : servers) {
        if (!primaryOf(*s))
            return s;
    }
    return servers.value(0);
}

const Device *Topology::serverOf(const Device &device) const
{
    return m_serverOf.value(&device);
}

const Device *Topology::primaryOf(const Device &server) const
{
    const Device *p = deviceById(server.text(QStringLiteral("primary")));
    return p && p->role == Role::AdministrationServer && p != &server ? p : nullptr;
}

QList<const Device *> Topology::managedBy(const Device &server, Role role) const
{
    QList<const Device *> result;
    for (const Device *d : devices(role)) {
        if (serverOf(*d) == &server)
            result << d;
    }
    return result;
}

bool Topology::isGateway(const Device &device) const
{
    return device.role == Role::ConnectionGateway ||
           (device.role == Role::DistributionPoint &&
            device.flag(QStringLiteral("gateway"), false));
}

QList<const Device *> Topology::gatewaysOf(const Device &server) const
{
    QList<const Device *> result;
    for (const Device *d : m_gateways) {
        if (serverOf(*d) == &server)
            result << d;
    }
    return result;
}

const Device *Topology::distributionPointOf(const Device &device) const
{
    for (const Device *dp : devices(Role::DistributionPoint)) {
        if (dp != &device && dp->zone == device.zone && serverOf(*dp) == serverOf(device))
            return dp;
    }
    return nullptr;
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
    // On the Internet a device has Internet access by nature; elsewhere only when the plan says so,
    // except for the server, which KSC expects to be online unless told otherwise.
    const Zone *zone = zoneOf(device);
    const bool fallback = device.role == Role::AdministrationServer ||
                          (zone && zone->kind == ZoneKind::Internet);
    return device.flag(QStringLiteral("internetAccess"), fallback);
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
    case ZoneKind::Lan: return true;
    case ZoneKind::Dmz:
    case ZoneKind::Internet: return toZone->kind != ZoneKind::Lan;
    }
    return false;
}

const Device *Topology::route(const Device &from, const Device &server) const
{
    if (reaches(from, server))
        return &server;
    const Device *chosen = deviceById(from.text(QStringLiteral("gateway")));
    if (chosen && isGateway(*chosen) && reaches(from, *chosen))
        return chosen;
    for (const Device *gateway : gatewaysOf(server)) {
        if (gateway != &from && reaches(from, *gateway) && reaches(server, *gateway))
            return gateway;
    }
    for (const Device *proxy : devices(Role::ReverseProxy)) {
        // The proxy publishes the server: its own way in (DMZ -> LAN) is the point of it.
        if (reaches(from, *proxy))
            return proxy;
    }
    return nullptr;
}
