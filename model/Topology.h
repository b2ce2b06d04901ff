#pragma once

#include "Plan.h"

#include <QHash>
#include <QList>

// Who belongs to whom in a plan and who can open a connection to whom: the relations the flow
// rules are written in. Built once per derivation; lookups are by id.
class Topology
{
public:
    explicit Topology(const Plan &plan);

    const Plan &plan() const { return m_plan; }
    const QList<const Device *> &devices(Catalog::Role role) const;

    // The Administration Server that manages a device: its `server` property, else the server it
    // shares a host with, else the only server, else a server in its zone, else the top primary.
    const Device *serverOf(const Device &device) const;
    const Device *primaryOf(const Device &server) const;
    // Devices whose role is `role` and whose server is `server`.
    QList<const Device *> managedBy(const Device &server, Catalog::Role role) const;

    // A device by id in constant time (Plan::device searches the list); nullptr when unknown.
    const Device *device(const QString &id) const { return deviceById(id); }

    bool isGateway(const Device &device) const;
    QList<const Device *> gatewaysOf(const Device &server) const;
    // The distribution point serving a managed computer: first one of its server in its zone.
    const Device *distributionPointOf(const Device &device) const;
    const Device *firstOf(Catalog::Role role) const;
    const Device *mdmOf(const Device &iosDevice) const;

    bool hasInternetAccess(const Device &device) const;
    bool onSameHost(const Device &a, const Device &b) const;

    // Whether `from` can open a connection straight to `to`, judged by their zones: the LAN reaches
    // everything; nothing reaches into the LAN from outside; roaming devices on the Internet are
    // never reachable; vendor clouds always are.
    bool reaches(const Device &from, const Device &to) const;

    // How `from` reaches `server`: directly (returns `server`), through a gateway or reverse proxy
    // (returns it), or not at all (nullptr).
    const Device *route(const Device &from, const Device &server) const;

private:
    const Plan &m_plan;
    QHash<int, QList<const Device *>> m_byRole;
    QHash<QString, const Device *> m_byId;
    QHash<QString, const Zone *> m_zoneById;
    QHash<const Device *, const Device *> m_serverOf;
    QList<const Device *> m_gateways; // in plan order; asked for on every routed flow

    const Device *findServer(const Device &device) const;
    const Device *deviceById(const QString &id) const;
    const Zone *zoneOf(const Device &device) const;
};
