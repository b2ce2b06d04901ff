#pragma once

// A KSC estate for the figure tests: a head office (primary server, connection gateway in the DMZ,
// laptops and phones on the Internet, Kaspersky's servers), regions of secondary servers and their
// branches, each branch a LAN with its own server, database, distribution point and groups of
// computers. bench/make-estate-plan.py writes the same shape for the benchmarks.
#include "model/Plan.h"

#include <QJsonObject>

inline Plan estatePlan(int regions, int branchesPerRegion, int groupsPerBranch)
{
    Plan plan;
    plan.title = QStringLiteral("Estate");
    plan.zones = {Zone::make(QStringLiteral("hq"), Catalog::ZoneKind::Lan, QStringLiteral("HQ")),
                  Zone::make(QStringLiteral("dmz"), Catalog::ZoneKind::Dmz, QStringLiteral("DMZ")),
                  Zone::make(QStringLiteral("internet"), Catalog::ZoneKind::Internet,
                             QStringLiteral("Internet"))};
    using R = Catalog::Role;
    plan.devices = {Device::make(QStringLiteral("primary"), R::AdministrationServer, "hq"),
                    Device::make(QStringLiteral("primary-db"), R::DatabaseServer, "hq"),
                    Device::make(QStringLiteral("gateway"), R::ConnectionGateway, "dmz"),
                    Device::make(QStringLiteral("laptops"), R::ManagedComputer, "internet", 300),
                    Device::make(QStringLiteral("kaspersky"), R::KasperskyCloud, "internet")};
    plan.devices[1].properties.insert(QStringLiteral("dbms"), QStringLiteral("mssql"));
    const auto site = [&](const QString &prefix, const QString &primary, int groups) {
        plan.zones << Zone::make(prefix, Catalog::ZoneKind::Lan, prefix);
        Device server =
            Device::make(prefix + QStringLiteral("-ksc"), R::AdministrationServer, prefix);
        server.properties.insert(QStringLiteral("primary"), primary);
        Device db = Device::make(prefix + QStringLiteral("-db"), R::DatabaseServer, prefix);
        db.host = server.id;
        db.properties.insert(QStringLiteral("dbms"), QStringLiteral("postgresql"));
        Device dp = Device::make(prefix + QStringLiteral("-dp"), R::DistributionPoint, prefix);
        dp.properties.insert(QStringLiteral("server"), server.id);
        plan.devices << server << db << dp;
        for (int g = 1; g <= groups; ++g) {
            Device pcs = Device::make(prefix + QStringLiteral("-pcs%1").arg(g), R::ManagedComputer,
                                      prefix, 25, prefix + QStringLiteral(" floor %1").arg(g));
            pcs.properties.insert(QStringLiteral("server"), server.id);
            plan.devices << pcs;
        }
        return server.id;
    };
    int branch = 0;
    for (int r = 1; r <= regions; ++r) {
        const QString region =
            site(QStringLiteral("region%1").arg(r), QStringLiteral("primary"), 2);
        for (int b = 0; b < branchesPerRegion; ++b)
            site(QStringLiteral("branch%1").arg(++branch), region, groupsPerBranch);
    }
    return plan;
}
