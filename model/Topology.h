#pragma once

#include "model/Plan.h"

#include <QHash>
#include <QList>

#include <array>
#include <optional>

// Who belongs to whom in a plan and who can open a connection to whom: the relations the flow
// rules are written in. Built once per derivation; lookups are by id.
class Topology
{
public:
    explicit Topology(const Plan &plan);
    // The topology of `plan`, made from `previous` (of another plan) instead of from scratch. Only
    // for plans that differ from previous.plan() in the devices at `changed` and in nothing any
    // other device's facts read: the same ids, roles and zones (ids and kinds) at every position,
    // and the changed devices leaves (managed computers, mobile devices, consoles: AnalysisChange
    // decides). Gives what Topology(plan) gives.
    Topology(const Plan &plan, const Topology &previous, const QList<int> &changed);

    const Plan &plan() const { return m_plan; }
    const QList<const Device *> &devices(Catalog::Role role) const;

    // The Administration Server that manages a device: its `server` property, else the server it
    // shares a host with, else the only server, else a server in its zone, else the top primary.
    const Device *serverOf(const Device &device) const;
    const Device *primaryOf(const Device &server) const;
    // Who opens the hierarchy connection (flow 4) between a secondary and its primary: the
    // secondary, as KSC does by default, unless it cannot reach its primary (a secondary in the
    // DMZ) or its `connectedBy` property says "primary"; nullptr when neither way is open.
    const Device *hierarchyInitiator(const Device &secondary) const;
    // Devices whose role is `role` and whose server is `server`.
    QList<const Device *> managedBy(const Device &server, Catalog::Role role) const;

    // A connection gateway, or a distribution point in gateway mode, wherever it stands.
    bool isGateway(const Device &device) const;
    // A gateway that waits for its server to connect (signal connection 4a): every connection
    // gateway, and a distribution point in gateway mode outside the LAN. A distribution point in
    // gateway mode inside a LAN (a branch office) connects to its server itself, like any agent.
    bool waitsForServer(const Device &device) const;
    // The gateways of a server that wait for it (4a).
    QList<const Device *> gatewaysOf(const Device &server) const;
    // The distribution point serving a managed computer: first one of its server in its zone.
    const Device *distributionPointOf(const Device &device) const;
    // Whether a device's `pushServer` property is set (a distribution point acting as push server).
    bool isPushServer(const Device &device) const { return facts(device).pushServer; }
    const Device *firstOf(Catalog::Role role) const;
    const Device *mdmOf(const Device &iosDevice) const;

    // The three properties that name another device by id.
    enum class Property
    {
        Server,
        Primary,
        Gateway
    };
    // What a device's property names, read once while indexing: `named` when the property holds an
    // id at all, `target` the device of that id whatever its role (nullptr when there is none).
    struct Reference
    {
        bool named = false;
        const Device *target = nullptr;
    };
    Reference reference(const Device &device, Property property) const
    {
        return facts(device).references[size_t(property)];
    }

    const Device *device(const QString &id) const;
    // Whether no two devices share an id (the empty one included).
    bool deviceIdsDistinct() const { return m_byId.size() == m_plan.devices.size(); }
    const Zone *zone(const QString &id) const;
    const Zone *zoneOf(const Device &device) const;
    std::optional<Catalog::ZoneKind> zoneKindOf(const Device &device) const;
    // The Network Agent entry that stands for the broadcast domain of its zone: the first agent
    // entry (computer or distribution point) of a zone that is not on the Internet, when the zone
    // holds two agent machines or more; nullptr otherwise.
    const Device *broadcastDomainOf(const Zone &zone) const
    {
        return m_broadcastDomain.value(&zone);
    }
    // Managed computers served by a distribution point.
    const QList<const Device *> &agentsOf(const Device &distributionPoint) const;
    // Position of a device of this plan in plan().devices.
    int indexOf(const Device &device) const { return int(&device - m_plan.devices.constData()); }

    bool hasInternetAccess(const Device &device) const;
    // Whether Kaspersky's data (updates, licences, KSN) reaches a device without moving it by
    // hand: its own Internet access, or, for a secondary server, its primary over the hierarchy.
    // The one rule behind `server-offline` and `ksn-proxy-offline`.
    bool hasKasperskyAccess(const Device &device) const;
    // The KSN proxy a managed computer or distribution point uses (flow K1): the distribution
    // point of its scope when that point acts as KSN proxy, else its server; a distribution point
    // itself forwards to its server (Open API a00253). nullptr when the plan turns the proxy off.
    const Device *ksnProxyOf(const Device &device) const;
    // The reverse proxy that publishes the servers to `from`: the first one it reaches.
    const Device *reverseProxyFor(const Device &from) const;
    bool onSameHost(const Device &a, const Device &b) const;

    // Whether `from` can open a connection straight to `to`, judged by their zones: the LAN reaches
    // everything; nothing reaches into the LAN from outside; roaming devices on the Internet are
    // never reachable; vendor clouds always are.
    bool reaches(const Device &from, const Device &to) const;

    // How `from` reaches `server`: directly (returns `server`), through a gateway or reverse proxy
    // (returns it), or not at all (nullptr). A branch gateway (a distribution point in gateway
    // mode in a LAN) the device names or whose scope it is in comes before the direct way.
    const Device *route(const Device &from, const Device &server) const;

private:
    using DeviceList = QList<const Device *>;

    const Plan &m_plan;
    // Indexes built once so that every lookup the rules make is constant time: plans with
    // thousands of entries are derived on every edit.
    QHash<int, DeviceList> m_byRole;
    // By position, not pointer: shared as they are with the topology of an edited plan.
    QHash<QString, int> m_byId;
    QHash<QString, int> m_zoneById;
    QHash<QString, const Device *> m_firstServerInZone;
    QHash<const Device *, QHash<int, DeviceList>> m_managed;
    QHash<const Device *, DeviceList> m_gateways;
    QHash<const Device *, DeviceList> m_agentsOf;
    const Device *m_topPrimary = nullptr;
    QHash<const Zone *, const Device *> m_broadcastDomain;

    // What the rules ask of every device, worked out once; indexed like plan().devices.
    struct Facts
    {
        const Zone *zone = nullptr;
        const Device *server = nullptr;
        const Device *distributionPoint = nullptr;
        const Device *chosenGateway = nullptr; // its "gateway" property
        std::array<Reference, 3> references;   // by Property
        const Device *primary = nullptr;       // its "primary" property, when a server
        bool internet = false;
        bool gateway = false;
        bool waitsForServer = false;
        bool ksnProxy = false;   // its "ksnProxy" property
        bool pushServer = false; // its "pushServer" property
    };
    QList<Facts> m_facts;
    const Facts &facts(const Device &device) const { return m_facts[indexOf(device)]; }

    void indexFacts();
    void indexFacts(const Device &device);
    // For the topology made from another: the same device or zone, in this topology's plan.
    const Device *here(const Device *device, const Topology &other) const;
    const Zone *here(const Zone *zone, const Topology &other) const;
    DeviceList here(const DeviceList &devices, const Topology &other) const;
    static void insertInPlanOrder(DeviceList &list, const Device *device);
    void indexServers();
    void indexDistributionPoints();
    void indexBroadcastDomains();
    const Device *findServer(const Device &device) const;
};
