#include "bench/PlanGenerator.h"

#include "model/io/Templates.h"

using Catalog::Role;

namespace {

Device device(const QString &id, Role role, const QString &zone, qint64 count = 1)
{
    return Device::make(id, role, zone, count);
}

Zone zone(const QString &id, Catalog::ZoneKind kind)
{
    return Zone::make(id, kind, id);
}

} // namespace

Plan PlanGenerator::hierarchy(int deviceEntries)
{
    // One site is a server, its database, a gateway, two distribution points and 20 groups.
    constexpr int perSite = 25;
    Plan plan;
    plan.title = QStringLiteral("Generated hierarchy, %1 device entries").arg(deviceEntries);
    plan.zones << zone(QStringLiteral("internet"), Catalog::ZoneKind::Internet);
    plan.devices << device(QStringLiteral("kaspersky"), Role::KasperskyCloud,
                           QStringLiteral("internet"));
    plan.devices << device(QStringLiteral("fcm"), Role::GoogleFcm, QStringLiteral("internet"));
    for (int site = 0; int(plan.devices.size()) < deviceEntries; ++site) {
        const QString s = QString::number(site);
        const QString lan = QStringLiteral("lan-") + s;
        const QString dmz = QStringLiteral("dmz-") + s;
        plan.zones << zone(lan, Catalog::ZoneKind::Lan) << zone(dmz, Catalog::ZoneKind::Dmz);
        const QString server = QStringLiteral("ksc-") + s;
        Device ksc = device(server, Role::AdministrationServer, lan);
        if (site > 0)
            ksc.properties.insert(QStringLiteral("primary"), QStringLiteral("ksc-0"));
        plan.devices << ksc;
        Device db = device(QStringLiteral("db-") + s, Role::DatabaseServer, lan);
        db.properties.insert(QStringLiteral("server"), server);
        plan.devices << db;
        Device gw = device(QStringLiteral("gw-") + s, Role::ConnectionGateway, dmz);
        gw.properties.insert(QStringLiteral("server"), server);
        plan.devices << gw;
        for (int i = 0; i < perSite - 3 && int(plan.devices.size()) < deviceEntries; ++i) {
            const bool internet = i % 4 == 3;
            const Role role = i < 2 ? Role::DistributionPoint
                                    : (i % 7 == 6 ? Role::AndroidDevice : Role::ManagedComputer);
            Device d = device(QStringLiteral("d-%1-%2").arg(site).arg(i), role,
                              internet && i >= 2 ? QStringLiteral("internet") : lan, 50);
            d.properties.insert(QStringLiteral("server"), server);
            plan.devices << d;
        }
    }
    return plan;
}

Plan PlanGenerator::gatewayGroups(int entries)
{
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    const int columns = 25;
    const int extra = entries - int(plan.devices.size());
    const int rows = (extra / 2 + columns - 1) / columns;
    for (Zone &z : plan.zones) {
        if (z.kind != Catalog::ZoneKind::Dmz)
            z.geometry.setHeight(600 + rows * 70);
    }
    Zone &lan = *plan.zone(QStringLiteral("lan"));
    Zone &internet = *plan.zone(QStringLiteral("internet"));
    lan.geometry.setWidth(columns * 160 + 40);
    plan.zone(QStringLiteral("dmz"))->geometry.moveLeft(lan.geometry.right() + 40);
    internet.geometry.moveLeft(plan.zone(QStringLiteral("dmz"))->geometry.right() + 40);
    internet.geometry.setWidth(columns * 160 + 40);
    for (Device &d : plan.devices) {
        if (d.zone == QStringLiteral("internet"))
            d.position.rx() += internet.geometry.left() - 840;
        else if (d.zone == QStringLiteral("dmz"))
            d.position.rx() += plan.zone(QStringLiteral("dmz"))->geometry.left() - 560;
    }
    for (int i = 0; i < extra; ++i) {
        const bool inLan = i % 2 == 0;
        const Zone &zone = inLan ? lan : internet;
        Device d;
        d.id = QStringLiteral("group-%1").arg(i);
        d.role = inLan || i % 3 ? Catalog::Role::ManagedComputer : Catalog::Role::AndroidDevice;
        d.name = QStringLiteral("Group %1").arg(i);
        d.zone = zone.id;
        d.count = 20;
        const int slot = i / 2;
        d.position = zone.geometry.topLeft() +
                     QPointF(20 + (slot % columns) * 160, 600 + (slot / columns) * 70);
        plan.devices << d;
    }
    return plan;
}
