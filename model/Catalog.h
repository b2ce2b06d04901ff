#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

// The KSC knowledge Portolan works from, as data: roles, zone kinds, named ports and the flow
// rules. Everything else (derivation, findings, checklist, diagram legend) reads these tables.
namespace Catalog {

enum class Role
{
    AdministrationServer,
    DatabaseServer,
    MmcConsole,
    WebConsoleServer,
    AdminBrowser,
    ConnectionGateway,
    DistributionPoint,
    ManagedComputer,
    AndroidDevice,
    IosDevice,
    IosMdmServer,
    ReverseProxy,
    KasperskyCloud,
    GoogleFcm,
    ApplePush,
};

enum class ZoneKind
{
    Lan,
    Dmz,
    Internet
};
enum class Transport
{
    Tcp,
    Udp
};

struct RoleInfo
{
    Role role;
    const char *id;     // as written in plan files
    const char *name;   // English source text, context "Role"
    const char *plural; // English source text with %n, context "Role"
    bool managed;       // runs a Network Agent or a managed app: counts against server limits
    bool mobile;
    bool cloud; // a vendor service on the Internet, not a machine of the customer
};

struct ZoneKindInfo
{
    ZoneKind kind;
    const char *id;
    const char *name; // context "Zone"
};

// A port the plan can override by name in settings.ports.
struct PortInfo
{
    const char *name;
    int defaultPort;
    const char *description; // context "Port"
};

// Which derivation rule selects the device pairs of a flow rule. The rule table stays data; each
// selector is one small, documented relation between devices of a plan.
enum class Selector
{
    ServerToOwnDatabase,       // 1
    ServerToOwnAgents,         // 2: direct reach only
    AgentToServer,             // 3, 4: managed computers and distribution points
    SecondaryToPrimary,        // 4: the secondary connects (KSC's default)
    PrimaryToSecondary,        // 4: the primary connects to a secondary that cannot reach it
    ServerToGateway,           // 4a
    AgentToServerActivation,   // 5: no Internet access of its own
    AgentToCloud,              // 5: with Internet access
    ConsoleToServer,           // 6, 9
    ServerToCloud,             // 8
    ServerToPushService,       // 10: only when the server manages Android devices
    BrowserToWebConsole,       // 9a
    CloudPush,                 // 11, 13: drawn cloud -> device, the device opens it on the wire
    MdmToCloud,                // 12
    MobileToServer,            // 14
    MobileToCloud,             // 15
    MobileActivation,          // 15a
    DeviceToWebServer,         // 16
    IosToMdm,                  // 17
    DistributionPointToAgents, // 2, D1 (from the KSC port reference)
    AgentToDistributionPoint,  // 4, D2 (D2 also from devices on the mobile protocol)
    BroadcastDomain,           // 2: agents of one zone among themselves, one flow per zone
    DeviceToKsnProxy,          // K1: to the server's KSN proxy, or the distribution point's
    LocalOnHost,               // 7: what any other rule becomes between two roles on one host
};

struct FlowRule
{
    const char *number; // "4a": the same on every surface
    QList<Role> initiators;
    QList<Role> responders;
    Transport transport;
    QStringList ports; // port names (PortInfo::name); "database" picks the DBMS's port
    bool tls;
    Selector selector;
    const char *purpose;         // context "Flow"
    bool gatewayRouted = false;  // may pass a connection gateway or reverse proxy
    bool pushServerOnly = false; // only to a distribution point acting as push server
};

std::span<const RoleInfo> roles();
std::span<const ZoneKindInfo> zoneKinds();
std::span<const PortInfo> ports();
std::span<const FlowRule> flowRules();

const RoleInfo &roleInfo(Role role);
const ZoneKindInfo &zoneKindInfo(ZoneKind kind);
// From the LAN outwards, as KSC's figures place the zones and the checklist lists the crossings:
// LAN 0, DMZ 1, Internet 2; a device in no known zone (nullopt) last, 3.
int zoneKindOrder(std::optional<ZoneKind> kind);
std::optional<Role> roleFromId(const QString &id);
std::optional<ZoneKind> zoneKindFromId(const QString &id);
const PortInfo *portInfo(const QString &name);
QStringList roleIds();
QStringList zoneKindIds();
QStringList portNames();
QStringList dbmsIds();
QString dbmsPortName(const QString &dbms);
QString transportId(Transport transport);

// The flow numbers in catalog order ("1", "2", …, "4a", …): sort key for numbers.
int flowOrder(const QString &number);

bool isGatewayRole(Role role);
bool isAgentRole(Role role); // devices whose Network Agent talks to a server on 13000

} // namespace Catalog
