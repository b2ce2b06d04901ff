#include "model/edit/FixActions.h"

#include "model/Topology.h"
#include "model/edit/PlanFactory.h"
#include "model/edit/PlanOperations.h"

using Catalog::Role;
using Catalog::ZoneKind;

bool FixActions::canFix(FixKind action)
{
    return action != FixKind::None;
}

std::optional<PlanEdit> FixActions::edit(const Plan &plan, const Finding &finding, QString *text)
{
    PlanEdit result;
    switch (finding.fixAction) {
    case FixKind::AddGateway:
        // A gateway that is there but outside the DMZ is moved rather than doubled.
        if (const Device *gateway = misplacedGateway(plan, finding)) {
            result = moveTo(plan, gateway->id, ZoneKind::Dmz);
            *text = tr("Move the connection gateway into the DMZ");
        } else {
            result = addGateway(plan, finding);
            *text = tr("Add a connection gateway to the DMZ");
        }
        break;
    case FixKind::AddServer:
        result = addDevice(plan, Role::AdministrationServer, ZoneKind::Lan);
        *text = tr("Add an Administration Server");
        break;
    case FixKind::AddDatabase:
        result = addDatabase(plan, finding);
        *text = tr("Add a database server");
        break;
    case FixKind::MoveToDmz:
        result = moveTo(plan, finding.devices.value(0), ZoneKind::Dmz);
        *text = tr("Move into the DMZ");
        break;
    case FixKind::MoveToLan:
        result = moveTo(plan, finding.devices.value(0), ZoneKind::Lan);
        *text = tr("Move into the LAN");
        break;
    case FixKind::UseTlsPort:
        result = useTlsPort(plan);
        *text = tr("Switch agents to the TLS port");
        break;
    case FixKind::AddFcm:
        result = addFcm(plan, finding);
        *text = tr("Add Google FCM");
        break;
    case FixKind::AddIosMdm:
        result = addIosMdm(plan);
        *text = tr("Add an iOS MDM Server");
        break;
    case FixKind::AddApns:
        result = addDevice(plan, Role::ApplePush, ZoneKind::Internet);
        *text = tr("Add the Apple Push Notification service");
        break;
    case FixKind::GiveInternetAccess:
        result = giveInternetAccess(plan, finding.devices.value(0));
        *text = tr("Give Internet access");
        break;
    case FixKind::None:
        break;
    }
    if (result.isEmpty())
        return std::nullopt;
    return result;
}

PlanEdit FixActions::addDevice(const Plan &plan, Role role, ZoneKind kind)
{
    PlanEdit edit;
    const QString zone = PlanFactory::ensureZone(plan, edit, kind);
    edit.addDevice(PlanFactory::deviceInZone(plan, edit, role, zone));
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

const Device *FixActions::misplacedGateway(const Plan &plan, const Finding &finding)
{
    const Topology topology(plan);
    QString server;
    for (const QString &id : finding.devices) {
        const Device *d = plan.device(id);
        if (d && d->role == Role::AdministrationServer)
            server = d->id;
    }
    for (const Device &d : plan.devices) {
        const QString serves = d.properties.value(QStringLiteral("server")).toString();
        if (topology.isGateway(d) && plan.zoneKindOf(d) != std::optional(ZoneKind::Dmz) &&
            (serves.isEmpty() || serves == server))
            return &d;
    }
    return nullptr;
}

PlanEdit FixActions::moveTo(const Plan &plan, const QString &moved, ZoneKind kind)
{
    PlanEdit edit;
    if (!plan.device(moved))
        return edit;
    const QString zone = PlanFactory::ensureZone(plan, edit, kind);
    // The device goes to a free spot; whatever shares its machine follows (PlanOperations).
    PlanOperations::moveInto(plan, edit,
                             {{moved, zone, PlanFactory::placeInZone(plan, edit, zone)}});
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

PlanEdit FixActions::giveInternetAccess(const Plan &plan, const QString &id)
{
    PlanEdit edit;
    if (const Device *d = plan.device(id)) {
        Device after = *d;
        after.properties.insert(QStringLiteral("internetAccess"), true);
        edit.changeDevice(plan, after);
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
    Device mdm = PlanFactory::deviceInZone(plan, edit, Role::IosMdmServer, host->zone);
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
    Device db = PlanFactory::deviceInZone(plan, edit, Role::DatabaseServer, server->zone);
    db.properties.insert(QStringLiteral("dbms"), QStringLiteral("mssql"));
    db.properties.insert(QStringLiteral("server"), server->id);
    edit.addDevice(db);
    return edit;
}
