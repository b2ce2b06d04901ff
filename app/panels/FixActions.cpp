#include "app/panels/FixActions.h"

#include "app/canvas/ItemFactory.h"
#include "model/Topology.h"

using Catalog::Role;
using Catalog::ZoneKind;

namespace {
const QString kAddGateway = QStringLiteral("add-gateway");
const QString kAddServer = QStringLiteral("add-server");
const QString kAddDatabase = QStringLiteral("add-database");
const QString kMoveToDmz = QStringLiteral("move-to-dmz");
const QString kMoveToLan = QStringLiteral("move-to-lan");
const QString kUseTls = QStringLiteral("use-tls-port");
const QString kAddFcm = QStringLiteral("add-fcm");
const QString kAddIosMdm = QStringLiteral("add-ios-mdm");
const QString kAddApns = QStringLiteral("add-apns");
} // namespace

bool FixActions::canFix(const QString &action)
{
    return QStringList{kAddGateway, kAddServer, kAddDatabase, kMoveToDmz, kMoveToLan,
                       kUseTls,     kAddFcm,    kAddIosMdm,   kAddApns}
        .contains(action);
}

std::optional<PlanEdit> FixActions::edit(const Plan &plan, const Finding &finding, QString *text)
{
    const QString &a = finding.fixAction;
    PlanEdit result;
    if (a == kAddGateway) {
        result = addGateway(plan, finding);
        *text = tr("Add a connection gateway to the DMZ");
    } else if (a == kAddServer) {
        result = addDevice(plan, Role::AdministrationServer, ZoneKind::Lan);
        *text = tr("Add an Administration Server");
    } else if (a == kAddDatabase) {
        result = addDatabase(plan, finding);
        *text = tr("Add a database server");
    } else if (a == kMoveToDmz) {
        result = moveTo(plan, finding, ZoneKind::Dmz);
        *text = tr("Move into the DMZ");
    } else if (a == kMoveToLan) {
        result = moveTo(plan, finding, ZoneKind::Lan);
        *text = tr("Move into the LAN");
    } else if (a == kUseTls) {
        result = useTlsPort(plan);
        *text = tr("Switch agents to the TLS port");
    } else if (a == kAddFcm) {
        result = addFcm(plan, finding);
        *text = tr("Add Google FCM");
    } else if (a == kAddIosMdm) {
        result = addIosMdm(plan);
        *text = tr("Add an iOS MDM Server");
    } else if (a == kAddApns) {
        result = addDevice(plan, Role::ApplePush, ZoneKind::Internet);
        *text = tr("Add the Apple Push Notification service");
    }
    if (result.isEmpty())
        return std::nullopt;
    return result;
}

PlanEdit FixActions::addDevice(const Plan &plan, Role role, ZoneKind kind)
{
    PlanEdit edit;
    const QString zone = ItemFactory::ensureZone(plan, edit, kind);
    edit.addDevice(ItemFactory::deviceInZone(plan, edit, role, zone));
    return edit;
}

PlanEdit FixActions::addGateway(const Plan &plan, const Finding &finding)
{
    PlanEdit edit = addDevice(plan, Role::ConnectionGateway, ZoneKind::Dmz);
    // The gateway serves the server the finding names (when the plan has several servers).
    for (const QString &id : finding.devices) {
        const Device *d = plan.device(id);
        if (d && d->role == Role::AdministrationServer) {
            Device &gateway = *edit.devices.last().after;
            gateway.properties.insert(QStringLiteral("server"), d->id);
            break;
        }
    }
    return edit;
}

PlanEdit FixActions::moveTo(const Plan &plan, const Finding &finding, ZoneKind kind)
{
    PlanEdit edit;
    if (finding.devices.isEmpty())
        return edit;
    const QString zone = ItemFactory::ensureZone(plan, edit, kind);
    // The device and whatever shares its machine move together.
    const QString moved = finding.devices.first();
    for (const Device &d : plan.devices) {
        if (d.id != moved && d.host != moved)
            continue;
        Device after = d;
        after.zone = zone;
        after.position = ItemFactory::freeSpot(plan, edit, zone);
        edit.changeDevice(plan, after);
    }
    return edit;
}

PlanEdit FixActions::useTlsPort(const Plan &plan)
{
    PlanEdit edit;
    PlanSettings settings = plan.settings;
    settings.legacyAgentPort = false;
    edit.changeSettings(plan, settings);
    return edit;
}

PlanEdit FixActions::addFcm(const Plan &plan, const Finding &finding)
{
    const Topology topology(plan);
    PlanEdit edit;
    if (!topology.firstOf(Role::GoogleFcm))
        edit = addDevice(plan, Role::GoogleFcm, ZoneKind::Internet);
    // The server has to reach FCM (flow 10): it needs Internet access.
    for (const QString &id : finding.devices) {
        const Device *d = plan.device(id);
        const Device *server = d ? topology.serverOf(*d) : nullptr;
        if (server && !topology.hasInternetAccess(*server)) {
            Device after = *edit.device(plan, server->id);
            after.properties.insert(QStringLiteral("internetAccess"), true);
            edit.changeDevice(plan, after);
        }
    }
    return edit;
}

PlanEdit FixActions::addIosMdm(const Plan &plan)
{
    // KSC runs the iOS MDM Server on the gateway's host (reachable from the Internet) or on the
    // server's host; prefer a gateway in the DMZ.
    const Topology topology(plan);
    const Device *host = nullptr;
    for (const Device &d : plan.devices) {
        if (topology.isGateway(d) && plan.zoneKindOf(d) == std::optional(ZoneKind::Dmz)) {
            host = &d;
            break;
        }
    }
    if (!host)
        host = topology.firstOf(Role::AdministrationServer);
    if (!host)
        return addDevice(plan, Role::IosMdmServer, ZoneKind::Dmz);
    PlanEdit edit;
    Device mdm = ItemFactory::deviceInZone(plan, edit, Role::IosMdmServer, host->zone);
    mdm.host = host->id;
    mdm.address = host->address;
    edit.addDevice(mdm);
    return edit;
}

PlanEdit FixActions::addDatabase(const Plan &plan, const Finding &finding)
{
    const Device *server = plan.device(finding.devices.value(0));
    if (!server)
        return addDevice(plan, Role::DatabaseServer, ZoneKind::Lan);
    PlanEdit edit;
    Device db = ItemFactory::deviceInZone(plan, edit, Role::DatabaseServer, server->zone);
    db.properties.insert(QStringLiteral("dbms"), QStringLiteral("mssql"));
    db.properties.insert(QStringLiteral("server"), server->id);
    edit.addDevice(db);
    return edit;
}
