#pragma once

// Shared by the reachability tests. NETWORK SAFETY: pass only 127.0.0.1, ::1, a name a test's own
// resolver answers with one of those, or an address the probe refuses before touching the network.

#include "model/Plan.h"

#include <QHostAddress>
#include <QTcpServer>

// A port on `address` that nothing listens on: 0 when the address cannot be bound.
inline quint16 closedPort(const QHostAddress &address)
{
    QTcpServer server;
    if (!server.listen(address))
        return 0;
    const quint16 port = server.serverPort();
    server.close(); // free now, and nobody else listens on it in the blink of a test
    return port;
}

// Two devices: a client (an Administration Console) that opens connections and a server (the
// Administration Server) at `address`.
inline Plan twoDevices(const QString &address)
{
    Plan plan;
    plan.title = QStringLiteral("Loopback");
    plan.zones << Zone{
        QStringLiteral("lan"), Catalog::ZoneKind::Lan, QStringLiteral("LAN"), {}, {}};
    Device server;
    server.id = QStringLiteral("server");
    server.role = Catalog::Role::AdministrationServer;
    server.name = QStringLiteral("KSC");
    server.zone = QStringLiteral("lan");
    server.address = address;
    Device client;
    client.id = QStringLiteral("client");
    client.role = Catalog::Role::MmcConsole;
    client.name = QStringLiteral("Console");
    client.zone = QStringLiteral("lan");
    plan.devices << server << client;
    return plan;
}
