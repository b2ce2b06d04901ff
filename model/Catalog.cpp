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
    FlowRule{"1",
             kServer,
             {DatabaseServer},
             Transport::Tcp,
             {QStringLiteral("database")},
             false,
             ServerToOwnDatabase,
             QT_TRANSLATE_NOOP("Flow", "The Administration Server stores its data in the "
                                       "database on another host")},
    FlowRule{"2",
             kServer,
             kAgents,
             Transport::Udp,
             {QStringLiteral("agentWakeUp")},
             false,
             ServerToOwnAgents,
             QT_TRANSLATE_NOOP("Flow", "Connection requests from the server to the Network Agents "
                                       "it reaches directly")},
    FlowRule{"2",
             {DistributionPoint},
             {ManagedComputer},
             Transport::Udp,
             {QStringLiteral("agentWakeUp")},
             false,
             DistributionPointToAgents,
             QT_TRANSLATE_NOOP("Flow", "Connection requests from a distribution point to the "
                                       "Network Agents of its zone")},
    FlowRule{"3",
             kAgents,
             kServer,
             Transport::Udp,
             {QStringLiteral("serverUdp")},
             false,
             AgentToServer,
             QT_TRANSLATE_NOOP("Flow", "Network Agent tells the server that the device is "
                                       "shutting down")},
    FlowRule{"4",
             kAgents,
             kServer,
             Transport::Tcp,
             {QStringLiteral("server")},
             true,
             AgentToServer,
             QT_TRANSLATE_NOOP("Flow", "Main management channel of the Network Agent"),
             true},
    FlowRule{"4",
             kServer,
             kServer,
             Transport::Tcp,
             {QStringLiteral("server")},
             true,
             SecondaryToPrimary,
             QT_TRANSLATE_NOOP("Flow", "A secondary server connects to its primary server")},
    FlowRule{"4",
             {ManagedComputer},
             {DistributionPoint},
             Transport::Tcp,
             {QStringLiteral("agent")},
             true,
             AgentToDistributionPoint,
             QT_TRANSLATE_NOOP("Flow", "Network Agents fetch updates and packages from the "
                                       "distribution point of their zone")},
    FlowRule{"4a",
             kServer,
             kGateways,
             Transport::Tcp,
             {QStringLiteral("agent")},
             true,
             ServerToGateway,
             QT_TRANSLATE_NOOP("Flow", "The server keeps a signal connection open to the "
                                       "connection gateway and opens data connections on request")},
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
    FlowRule{"5",
             kAgents,
             {KasperskyCloud},
             Transport::Tcp,
             kHttps,
             true,
             AgentToCloud,
             QT_TRANSLATE_NOOP("Flow", "Activation and Kaspersky services straight over the "
                                       "device's own Internet access")},
    FlowRule{"6",
             {MmcConsole},
             kServer,
             Transport::Tcp,
             {QStringLiteral("mmcConsole")},
             false,
             ConsoleToServer,
             QT_TRANSLATE_NOOP("Flow", "Administration Console (MMC) manages the server")},
    FlowRule{"7",
             {},
             {},
             Transport::Tcp,
             {},
             false,
             LocalOnHost,
             QT_TRANSLATE_NOOP("Flow", "Applications on one host talk locally: no port to open")},
    FlowRule{"8",
             kServer,
             {KasperskyCloud},
             Transport::Tcp,
             kHttps,
             true,
             ServerToCloud,
             QT_TRANSLATE_NOOP("Flow", "KSN, licensing, application and anti-virus database "
                                       "updates between the server and Kaspersky")},
    FlowRule{"9",
             {WebConsoleServer},
             kServer,
             Transport::Tcp,
             {QStringLiteral("webConsoleApi")},
             true,
             ConsoleToServer,
             QT_TRANSLATE_NOOP("Flow", "Web Console server works with the Administration "
                                       "Server")},
    FlowRule{"9a",
             {AdminBrowser},
             {WebConsoleServer},
             Transport::Tcp,
             {QStringLiteral("webConsole")},
             true,
             BrowserToWebConsole,
             QT_TRANSLATE_NOOP("Flow", "Administrator's browser opens the Web Console")},
    FlowRule{"10",
             kServer,
             {GoogleFcm},
             Transport::Tcp,
             kHttps,
             true,
             ServerToPushService,
             QT_TRANSLATE_NOOP("Flow", "The server asks Google FCM to wake Android devices up")},
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
    FlowRule{"12",
             {IosMdmServer},
             {ApplePush},
             Transport::Tcp,
             kHttps,
             true,
             MdmToCloud,
             QT_TRANSLATE_NOOP("Flow", "The iOS MDM Server asks Apple to wake iOS devices up")},
    FlowRule{"13",
             {ApplePush},
             {IosDevice},
             Transport::Tcp,
             {QStringLiteral("apns"), QStringLiteral("https")},
             true,
             CloudPush,
             QT_TRANSLATE_NOOP("Flow", "Push notification from Apple to the iOS device (the "
                                       "device keeps the connection to Apple open)")},
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
    FlowRule{"15",
             kMobiles,
             {KasperskyCloud},
             Transport::Tcp,
             kHttps,
             true,
             MobileToCloud,
             QT_TRANSLATE_NOOP("Flow", "Mobile device uses Kaspersky services over its own "
                                       "Internet access")},
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
    FlowRule{"17",
             {IosDevice},
             {IosMdmServer},
             Transport::Tcp,
             {QStringLiteral("iosMdm")},
             true,
             IosToMdm,
             QT_TRANSLATE_NOOP("Flow", "iOS device talks to the iOS MDM Server")},
    FlowRule{"D1",
             {DistributionPoint},
             {ManagedComputer},
             Transport::Udp,
             {QStringLiteral("multicast")},
             false,
             DistributionPointToAgents,
             QT_TRANSLATE_NOOP("Flow", "Distribution point sends updates and packages by "
                                       "multicast (KSC port reference, not in the seed figure)")},
    FlowRule{"D2",
             {ManagedComputer},
             {DistributionPoint},
             Transport::Tcp,
             {QStringLiteral("pushServer")},
             true,
             AgentToDistributionPoint,
             QT_TRANSLATE_NOOP("Flow", "Network Agents keep a connection to the push server on "
                                       "the distribution point (KSC port reference)"),
             false,
             true},
};

const std::array kNumberOrder = {"1",  "2",  "3",  "4",  "4a", "5",  "6",   "7",  "8",  "9",  "9a",
                                 "10", "11", "12", "13", "14", "15", "15a", "16", "17", "D1", "D2"};

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
