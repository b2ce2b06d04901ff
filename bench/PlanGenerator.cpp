#include "bench/PlanGenerator.h"

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
