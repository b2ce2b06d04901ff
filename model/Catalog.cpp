#include "model/Catalog.h"

#include <QtGlobal>

#include <algorithm>
#include <array>

namespace Catalog {

namespace {

using enum Role;

const std::array kRoles = {
    RoleInfo{AdministrationServer, "administration-server",
             QT_TRANSLATE_NOOP("Role", "Administration Server"),
             QT_TRANSLATE_N_NOOP("Role", "%n Administration Server(s)"), true, false, false},
    RoleInfo{DatabaseServer, "database-server", QT_TRANSLATE_NOOP("Role", "Database server"),
             QT_TRANSLATE_N_NOOP("Role", "%n database server(s)"), false, false, false},
    RoleInfo{MmcConsole, "mmc-console", QT_TRANSLATE_NOOP("Role", "Administration Console (MMC)"),
             QT_TRANSLATE_N_NOOP("Role", "%n Administration Console(s)"), false, false, false},
    RoleInfo{WebConsoleServer, "web-console-server",
             QT_TRANSLATE_NOOP("Role", "Web Console server"),
             QT_TRANSLATE_N_NOOP("Role", "%n Web Console server(s)"), false, false, false},
    RoleInfo{AdminBrowser, "admin-browser", QT_TRANSLATE_NOOP("Role", "Administrator's browser"),
             QT_TRANSLATE_N_NOOP("Role", "%n administrator's browser(s)"), false, false, false},
    RoleInfo{ConnectionGateway, "connection-gateway",
             QT_TRANSLATE_NOOP("Role", "Connection gateway"),
             QT_TRANSLATE_N_NOOP("Role", "%n connection gateway(s)"), true, false, false},
    RoleInfo{DistributionPoint, "distribution-point",
             QT_TRANSLATE_NOOP("Role", "Distribution point"),
             QT_TRANSLATE_N_NOOP("Role", "%n distribution point(s)"), true, false, false},
    RoleInfo{ManagedComputer, "managed-computer", QT_TRANSLATE_NOOP("Role", "Managed computer"),
             QT_TRANSLATE_N_NOOP("Role", "%n managed computer(s)"), true, false, false},
    RoleInfo{AndroidDevice, "android-device", QT_TRANSLATE_NOOP("Role", "Android device"),
             QT_TRANSLATE_N_NOOP("Role", "%n Android device(s)"), true, true, false},
    RoleInfo{IosDevice, "ios-device", QT_TRANSLATE_NOOP("Role", "iOS device"),
             QT_TRANSLATE_N_NOOP("Role", "%n iOS device(s)"), true, true, false},
    RoleInfo{IosMdmServer, "ios-mdm-server", QT_TRANSLATE_NOOP("Role", "iOS MDM Server"),
             QT_TRANSLATE_N_NOOP("Role", "%n iOS MDM Server(s)"), false, false, false},
    RoleInfo{ReverseProxy, "reverse-proxy", QT_TRANSLATE_NOOP("Role", "Reverse proxy"),
             QT_TRANSLATE_N_NOOP("Role", "%n reverse prox(ies)"), false, false, false},
    RoleInfo{KasperskyCloud, "kaspersky-cloud", QT_TRANSLATE_NOOP("Role", "Kaspersky servers"),
             QT_TRANSLATE_N_NOOP("Role", "%n Kaspersky server group(s)"), false, false, true},
    RoleInfo{GoogleFcm, "google-fcm", QT_TRANSLATE_NOOP("Role", "Google FCM"),
             QT_TRANSLATE_N_NOOP("Role", "%n Google FCM service(s)"), false, false, true},
    RoleInfo{ApplePush, "apple-push", QT_TRANSLATE_NOOP("Role", "Apple Push Notification service"),
             QT_TRANSLATE_N_NOOP("Role", "%n Apple push service(s)"), false, false, true},
};

const std::array kZoneKinds = {
    ZoneKindInfo{ZoneKind::Lan, "lan", QT_TRANSLATE_NOOP("Zone", "LAN")},
    ZoneKindInfo{ZoneKind::Dmz, "dmz", QT_TRANSLATE_NOOP("Zone", "DMZ")},
    ZoneKindInfo{ZoneKind::Internet, "internet", QT_TRANSLATE_NOOP("Zone", "Internet")},
};

const std::array kPorts = {
    PortInfo{"mssql", 1433, QT_TRANSLATE_NOOP("Port", "Microsoft SQL Server")},
    PortInfo{"mysql", 3306, QT_TRANSLATE_NOOP("Port", "MySQL")},
    PortInfo{"mariadb", 3306, QT_TRANSLATE_NOOP("Port", "MariaDB")},
    PortInfo{"postgresql", 5432, QT_TRANSLATE_NOOP("Port", "PostgreSQL or Postgres Pro")},
    PortInfo{"agentWakeUp", 15000,
             QT_TRANSLATE_NOOP("Port", "Network Agent: connection requests (UDP)")},
    PortInfo{"serverUdp", 13000,
             QT_TRANSLATE_NOOP("Port", "Administration Server: shutdown notices (UDP)")},
    PortInfo{"server", 13000,
             QT_TRANSLATE_NOOP("Port", "Administration Server: agents and "
                                       "secondary servers (TLS)")},
    PortInfo{"serverLegacy", 14000,
             QT_TRANSLATE_NOOP("Port", "Administration Server: agents without TLS (legacy)")},
    PortInfo{"agent", 13000,
             QT_TRANSLATE_NOOP("Port", "Network Agent as gateway or distribution point (TLS)")},
    PortInfo{"activation", 17000, QT_TRANSLATE_NOOP("Port", "Activation proxy for computers")},
    PortInfo{"mmcConsole", 13291, QT_TRANSLATE_NOOP("Port", "Administration Console (MMC)")},
    PortInfo{"webConsoleApi", 13299,
             QT_TRANSLATE_NOOP("Port", "Administration Server: Web Console (TLS)")},
    PortInfo{"webConsole", 8080, QT_TRANSLATE_NOOP("Port", "Web Console for browsers (TLS)")},
    PortInfo{"https", 443, QT_TRANSLATE_NOOP("Port", "HTTPS to vendor services")},
    PortInfo{"mobile", 13292, QT_TRANSLATE_NOOP("Port", "Mobile devices (TLS)")},
    PortInfo{"mobileAlt", 13293,
             QT_TRANSLATE_NOOP("Port", "Mobile devices, second port (TLS; its exact listener is "
                                       "not documented)")},
    PortInfo{"mobileActivation", 17100,
             QT_TRANSLATE_NOOP("Port", "Activation proxy for mobile devices")},
    PortInfo{"webServer", 8060, QT_TRANSLATE_NOOP("Port", "Web Server: installation packages")},
    PortInfo{"webServerTls", 8061,
             QT_TRANSLATE_NOOP("Port", "Web Server: installation packages (HTTPS)")},
    PortInfo{"iosMdm", 443, QT_TRANSLATE_NOOP("Port", "iOS MDM Server (TLS)")},
    PortInfo{"multicast", 15001, QT_TRANSLATE_NOOP("Port", "Network Agent: multicast (UDP)")},
    PortInfo{"pushServer", 13295,
             QT_TRANSLATE_NOOP("Port", "Push server on a distribution point (TLS)")},
    PortInfo{"ksnProxy", 13111, QT_TRANSLATE_NOOP("Port", "Administration Server: KSN proxy")},
    PortInfo{"agentKsnProxy", 13111,
             QT_TRANSLATE_NOOP("Port", "KSN proxy on a distribution point")},
    PortInfo{"fcm1", 5228, QT_TRANSLATE_NOOP("Port", "Google FCM, first port")},
    PortInfo{"fcm2", 5229, QT_TRANSLATE_NOOP("Port", "Google FCM, second port")},
    PortInfo{"fcm3", 5230, QT_TRANSLATE_NOOP("Port", "Google FCM, third port")},
    PortInfo{"apns", 5223, QT_TRANSLATE_NOOP("Port", "Apple push service")},
};

const QList<Role> kAgents = {ManagedComputer, DistributionPoint};
const QList<Role> kMobiles = {AndroidDevice, IosDevice};
const QList<Role> kServer = {AdministrationServer};
const QList<Role> kGateways = {ConnectionGateway, DistributionPoint};

using enum Selector;
const QStringList kHttps = {QStringLiteral("https")};

const std::array kFlowRules = {
    // 1: seed scheme (183058) par. 1; component interaction 158520; ports 158830.
    FlowRule{"1",
             kServer,
             {DatabaseServer},
             Transport::Tcp,
             {QStringLiteral("database")},
             false,
             ServerToOwnDatabase,
             QT_TRANSLATE_NOOP("Flow", "The Administration Server stores its data in the "
                                       "database on another host")},
    // 2: seed scheme (183058) par. 2; ports 158830 (UDP 15000 on Network Agent).
    FlowRule{"2",
             kServer,
             kAgents,
             Transport::Udp,
             {QStringLiteral("agentWakeUp")},
             false,
             ServerToOwnAgents,
             QT_TRANSLATE_NOOP("Flow", "Connection requests from the server to the Network Agents "
                                       "it reaches directly")},
    // 2 from a distribution point: ports 158830; distribution point interaction 158532.
    FlowRule{"2",
             {DistributionPoint},
             {ManagedComputer},
             Transport::Udp,
             {QStringLiteral("agentWakeUp")},
             false,
             DistributionPointToAgents,
             QT_TRANSLATE_NOOP("Flow", "Connection requests from a distribution point to the "
                                       "Network Agents of its zone")},
    // 2 between agents: seed scheme (183058) par. 2 (agents of one broadcast domain; the server
    // uses their requests to find broadcast domains); ports 158830 (UDP 15000).
    FlowRule{"2",
             {ManagedComputer, DistributionPoint},
             {ManagedComputer, DistributionPoint},
             Transport::Udp,
             {QStringLiteral("agentWakeUp")},
             false,
             BroadcastDomain,
             QT_TRANSLATE_NOOP("Flow", "Network Agents of one network segment send each other "
                                       "connection requests (broadcast domain discovery)")},
    // 3: seed scheme (183058) par. 3; ports 158830 (UDP 13000 on the server).
    FlowRule{"3",
             kAgents,
             kServer,
             Transport::Udp,
             {QStringLiteral("serverUdp")},
             false,
             AgentToServer,
             QT_TRANSLATE_NOOP("Flow", "Network Agent tells the server that the device is "
                                       "shutting down")},
    // 4: seed scheme (183058) par. 4; ports 158830 (TCP 13000 on the server).
    FlowRule{"4",
             kAgents,
             kServer,
             Transport::Tcp,
             {QStringLiteral("server")},
             true,
             AgentToServer,
             QT_TRANSLATE_NOOP("Flow", "Main management channel of the Network Agent"),
             true},
    // 4 secondary -> primary: ports 158830; hierarchy (Open API a00401).
    FlowRule{"4",
             kServer,
             kServer,
             Transport::Tcp,
             {QStringLiteral("server")},
             true,
             SecondaryToPrimary,
             QT_TRANSLATE_NOOP("Flow", "A secondary server connects to its primary server and "
                                       "takes updates and licence data through it")},
    // 4 primary -> secondary: ports 158830 ("for example when the secondary is in the DMZ");
    // Open API a00401/a00536: a secondary registered by address is connected to by the primary.
    FlowRule{"4",
             kServer,
             kServer,
             Transport::Tcp,
             {QStringLiteral("server")},
             true,
             PrimaryToSecondary,
             QT_TRANSLATE_NOOP("Flow", "The primary server connects to a secondary server that "
                                       "cannot open the connection itself (for example one in the "
                                       "DMZ)")},
    // 4 to a distribution point: ports 158830; 158532/158533 (agents of the scope connect to it).
    FlowRule{"4",
             {ManagedComputer},
             {DistributionPoint},
             Transport::Tcp,
             {QStringLiteral("agent")},
             true,
             AgentToDistributionPoint,
             QT_TRANSLATE_NOOP("Flow", "Network Agents fetch updates and packages from the "
                                       "distribution point of their zone")},
    // 4a: seed scheme (183058) par. 4a; connection gateway 204420/204432.
    FlowRule{"4a",
             kServer,
             kGateways,
             Transport::Tcp,
             {QStringLiteral("agent")},
             true,
             ServerToGateway,
             QT_TRANSLATE_NOOP("Flow", "The server keeps a signal connection open to the "
                                       "connection gateway and opens data connections on request")},
    // 5 through the server: seed scheme (183058) par. 5 (activation proxy, TCP 17000).
    FlowRule{"5",
             kAgents,
             kServer,
             Transport::Tcp,
             {QStringLiteral("activation")},
             false,
             AgentToServerActivation,
             QT_TRANSLATE_NOOP("Flow", "Activation through the server's activation proxy, for "
                                       "devices without their own Internet access"),
             true},
    // 5 straight: seed scheme (183058) par. 5 (a device with its own Internet access).
    FlowRule{"5",
             kAgents,
             {KasperskyCloud},
             Transport::Tcp,
             kHttps,
             true,
             AgentToCloud,
             QT_TRANSLATE_NOOP("Flow", "Activation and Kaspersky services straight over the "
                                       "device's own Internet access")},
    // 6: seed scheme (183058) par. 6; ports 158830 (TCP 13291).
    FlowRule{"6",
             {MmcConsole},
             kServer,
             Transport::Tcp,
             {QStringLiteral("mmcConsole")},
             false,
             ConsoleToServer,
             QT_TRANSLATE_NOOP("Flow", "Administration Console (MMC) manages the server")},
    // 7: seed scheme (183058) par. 7 (applications on one host).
    FlowRule{"7",
             {},
             {},
             Transport::Tcp,
             {},
             false,
             LocalOnHost,
             QT_TRANSLATE_NOOP("Flow", "Applications on one host talk locally: no port to open")},
    // 8: seed scheme (183058) par. 8; Internet-facing server 3320.
    FlowRule{"8",
             kServer,
             {KasperskyCloud},
             Transport::Tcp,
             kHttps,
             true,
             ServerToCloud,
             QT_TRANSLATE_NOOP("Flow", "KSN, licensing, application and anti-virus database "
                                       "updates between the server and Kaspersky")},
    // 9: seed scheme (183058) par. 9; ports 158830 (TCP 13299).
    FlowRule{"9",
             {WebConsoleServer},
             kServer,
             Transport::Tcp,
             {QStringLiteral("webConsoleApi")},
             true,
             ConsoleToServer,
             QT_TRANSLATE_NOOP("Flow", "Web Console server works with the Administration "
                                       "Server")},
    // 9a: seed scheme (183058) par. 9a (TCP 8080).
    FlowRule{"9a",
             {AdminBrowser},
             {WebConsoleServer},
             Transport::Tcp,
             {QStringLiteral("webConsole")},
             true,
             BrowserToWebConsole,
             QT_TRANSLATE_NOOP("Flow", "Administrator's browser opens the Web Console")},
    // 10: seed scheme (183058) par. 10 (Firebase Cloud Messaging).
    FlowRule{"10",
             kServer,
             {GoogleFcm},
             Transport::Tcp,
             kHttps,
             true,
             ServerToPushService,
             QT_TRANSLATE_NOOP("Flow", "The server asks Google FCM to wake Android devices up")},
    // 11: seed scheme (183058) par. 11; Google documents TCP 5228-5230 and 443.
    FlowRule{"11",
             {GoogleFcm},
             {AndroidDevice},
             Transport::Tcp,
             {QStringLiteral("fcm1"), QStringLiteral("fcm2"), QStringLiteral("fcm3"),
              QStringLiteral("https")},
             true,
             CloudPush,
             QT_TRANSLATE_NOOP("Flow", "Push notification from Google to the Android device (the "
                                       "device keeps the connection to Google open)")},
    // 12: seed scheme (183058) par. 12 (APNs over HTTPS).
    FlowRule{"12",
             {IosMdmServer},
             {ApplePush},
             Transport::Tcp,
             kHttps,
             true,
             MdmToCloud,
             QT_TRANSLATE_NOOP("Flow", "The iOS MDM Server asks Apple to wake iOS devices up")},
    // 13: seed scheme (183058) par. 13; Apple documents TCP 5223 and 443.
    FlowRule{"13",
             {ApplePush},
             {IosDevice},
             Transport::Tcp,
             {QStringLiteral("apns"), QStringLiteral("https")},
             true,
             CloudPush,
             QT_TRANSLATE_NOOP("Flow", "Push notification from Apple to the iOS device (the "
                                       "device keeps the connection to Apple open)")},
    // 14: seed scheme (183058) par. 14; ports 158830 (TCP 13292, 13293).
    FlowRule{"14",
             {AndroidDevice},
             kServer,
             Transport::Tcp,
             {QStringLiteral("mobile"), QStringLiteral("mobileAlt")},
             true,
             MobileToServer,
             QT_TRANSLATE_NOOP("Flow", "Kaspersky Endpoint Security for Android synchronizes "
                                       "with the server"),
             true},
    // 15: seed scheme (183058) par. 15.
    FlowRule{"15",
             kMobiles,
             {KasperskyCloud},
             Transport::Tcp,
             kHttps,
             true,
             MobileToCloud,
             QT_TRANSLATE_NOOP("Flow", "Mobile device uses Kaspersky services over its own "
                                       "Internet access")},
    // 15a: seed scheme (183058) par. 15a (TCP 17100).
    FlowRule{"15a",
             kMobiles,
             kServer,
             Transport::Tcp,
             {QStringLiteral("mobileActivation")},
             false,
             MobileActivation,
             QT_TRANSLATE_NOOP("Flow", "Mobile device without Internet access reaches Kaspersky "
                                       "through the server (rare)"),
             true},
    // 16: seed scheme (183058) par. 16; ports 158830 (TCP 8060, 8061).
    FlowRule{"16",
             {ManagedComputer, DistributionPoint, AndroidDevice, IosDevice},
             kServer,
             Transport::Tcp,
             {QStringLiteral("webServer"), QStringLiteral("webServerTls")},
             false,
             DeviceToWebServer,
             QT_TRANSLATE_NOOP("Flow", "Devices download installation packages from the Web "
                                       "Server on the Administration Server host"),
             true},
    // 17: seed scheme (183058) par. 17 (iOS MDM Server, TCP 443).
    FlowRule{"17",
             {IosDevice},
             {IosMdmServer},
             Transport::Tcp,
             {QStringLiteral("iosMdm")},
             true,
             IosToMdm,
             QT_TRANSLATE_NOOP("Flow", "iOS device talks to the iOS MDM Server")},
    // D1: ports 158830 (UDP 15001 multicast from a distribution point).
    FlowRule{"D1",
             {DistributionPoint},
             {ManagedComputer},
             Transport::Udp,
             {QStringLiteral("multicast")},
             false,
             DistributionPointToAgents,
             QT_TRANSLATE_NOOP("Flow", "Distribution point sends updates and packages by "
                                       "multicast (KSC port reference, not in the seed figure)")},
    // D2: push server 219573/214620 (TCP 13295; computers and devices on the mobile protocol).
    FlowRule{"D2",
             {ManagedComputer, AndroidDevice},
             {DistributionPoint},
             Transport::Tcp,
             {QStringLiteral("pushServer")},
             true,
             AgentToDistributionPoint,
             QT_TRANSLATE_NOOP("Flow", "Network Agents and devices on the mobile protocol keep a "
                                       "connection to the push server on the distribution point"),
             false,
             true},
    // K1 to the server: KES topic 232851 (KES reaches KSN through the Administration Server's KSN
    // proxy on TCP 13111 by default); KSC 89312 (KSN proxy settings); Open API a00220 (server).
    FlowRule{"K1",
             kAgents,
             kServer,
             Transport::Tcp,
             {QStringLiteral("ksnProxy")},
             false,
             DeviceToKsnProxy,
             QT_TRANSLATE_NOOP("Flow",
                               "Kaspersky Endpoint Security uses KSN through the "
                               "Administration Server's KSN proxy (not in the seed figure)")},
    // K1 to a distribution point: KSC 89312 (KSN proxy on a distribution point); Open API a00253
    // (Network Agent: its KSN proxy is off unless turned on, TCP 13111, and forwards to the
    // server's KSN proxy by default).
    FlowRule{"K1",
             {ManagedComputer},
             {DistributionPoint},
             Transport::Tcp,
             {QStringLiteral("agentKsnProxy")},
             false,
             DeviceToKsnProxy,
             QT_TRANSLATE_NOOP("Flow", "Kaspersky Endpoint Security uses KSN through the KSN proxy "
                                       "on the distribution point of its zone")},
};

const std::array kNumberOrder = {"1",  "2",   "3",  "4",  "4a", "5",  "6",  "7",
                                 "8",  "9",   "9a", "10", "11", "12", "13", "14",
                                 "15", "15a", "16", "17", "D1", "D2", "K1"};

template <typename Table, typename Pred>
auto findIn(const Table &table, Pred pred) -> decltype(&table[0])
{
    const auto it = std::find_if(table.begin(), table.end(), pred);
    return it == table.end() ? nullptr : &*it;
}

} // namespace

std::span<const RoleInfo> roles()
{
    return kRoles;
}

std::span<const ZoneKindInfo> zoneKinds()
{
    return kZoneKinds;
}

std::span<const PortInfo> ports()
{
    return kPorts;
}

std::span<const FlowRule> flowRules()
{
    return kFlowRules;
}

const RoleInfo &roleInfo(Role role)
{
    return *findIn(kRoles, [&](const RoleInfo &info) { return info.role == role; });
}

const ZoneKindInfo &zoneKindInfo(ZoneKind kind)
{
    return *findIn(kZoneKinds, [&](const ZoneKindInfo &info) { return info.kind == kind; });
}

int zoneKindOrder(std::optional<ZoneKind> kind)
{
    if (!kind)
        return 3;
    switch (*kind) {
    case ZoneKind::Lan:
        return 0;
    case ZoneKind::Dmz:
        return 1;
    case ZoneKind::Internet:
        return 2;
    }
    return 3;
}

std::optional<Role> roleFromId(const QString &id)
{
    if (const RoleInfo *info =
            findIn(kRoles, [&](const RoleInfo &r) { return id == QLatin1String(r.id); }))
        return info->role;
    return std::nullopt;
}

std::optional<ZoneKind> zoneKindFromId(const QString &id)
{
    if (const ZoneKindInfo *info =
            findIn(kZoneKinds, [&](const ZoneKindInfo &z) { return id == QLatin1String(z.id); }))
        return info->kind;
    return std::nullopt;
}

const PortInfo *portInfo(const QString &name)
{
    return findIn(kPorts, [&](const PortInfo &p) { return name == QLatin1String(p.name); });
}

QStringList roleIds()
{
    QStringList ids;
    for (const RoleInfo &r : kRoles)
        ids << QLatin1String(r.id);
    return ids;
}

QStringList zoneKindIds()
{
    QStringList ids;
    for (const ZoneKindInfo &z : kZoneKinds)
        ids << QLatin1String(z.id);
    return ids;
}

QStringList portNames()
{
    QStringList names;
    for (const PortInfo &p : kPorts)
        names << QLatin1String(p.name);
    return names;
}

QStringList dbmsIds()
{
    return {QStringLiteral("mssql"), QStringLiteral("mysql"), QStringLiteral("mariadb"),
            QStringLiteral("postgresql")};
}

QString dbmsPortName(const QString &dbms)
{
    // An unset DBMS is taken as Microsoft SQL Server, KSC's default on Windows.
    return dbmsIds().contains(dbms) ? dbms : QStringLiteral("mssql");
}

QString transportId(Transport transport)
{
    return transport == Transport::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
}

int flowOrder(const QString &number)
{
    for (int i = 0; i < int(kNumberOrder.size()); ++i) {
        if (number == QLatin1String(kNumberOrder[size_t(i)]))
            return i;
    }
    return int(kNumberOrder.size());
}

bool isGatewayRole(Role role)
{
    return role == ConnectionGateway;
}

bool isAgentRole(Role role)
{
    return role == ManagedComputer || role == DistributionPoint || role == ConnectionGateway;
}

} // namespace Catalog
