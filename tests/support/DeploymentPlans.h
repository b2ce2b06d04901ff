#pragma once

// Plans of the deployments architects build beyond the reference scheme: a branch office behind
// a distribution point in gateway mode, a secondary server in the DMZ without Internet access, a
// push server that serves computers and Android devices. Built from the reference plan so that
// every test also sees the seed's flows next to the new ones.
#include "tests/support/TestPlans.h"

inline Plan deploymentPlan()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    // With a second server in the DMZ, say whose the DMZ's devices are.
    for (const char *id : {"gateway", "mdm"})
        plan.device(QLatin1String(id))
            ->properties.insert(QStringLiteral("server"), QStringLiteral("ksc"));
    plan.zones << Zone::make(QStringLiteral("branch"), Catalog::ZoneKind::Lan,
                             QStringLiteral("Branch office"));
    Device dp = makeDevice(QStringLiteral("branch-dp"), Catalog::Role::DistributionPoint,
                           QStringLiteral("branch"));
    dp.properties.insert(QStringLiteral("gateway"), true);
    dp.properties.insert(QStringLiteral("pushServer"), true);
    dp.properties.insert(QStringLiteral("server"), QStringLiteral("ksc"));
    plan.devices << dp;
    plan.devices << makeDevice(QStringLiteral("branch-pcs"), Catalog::Role::ManagedComputer,
                               QStringLiteral("branch"), 200);
    plan.devices << makeDevice(QStringLiteral("branch-phones"), Catalog::Role::AndroidDevice,
                               QStringLiteral("branch"), 20);
    Device secondary = makeDevice(QStringLiteral("dmz-ksc"), Catalog::Role::AdministrationServer,
                                  QStringLiteral("dmz"));
    secondary.properties.insert(QStringLiteral("primary"), QStringLiteral("ksc"));
    secondary.properties.insert(QStringLiteral("internetAccess"), false);
    plan.devices << secondary;
    Device secondaryDb =
        makeDevice(QStringLiteral("dmz-db"), Catalog::Role::DatabaseServer, QStringLiteral("dmz"));
    secondaryDb.host = QStringLiteral("dmz-ksc");
    secondaryDb.properties.insert(QStringLiteral("server"), QStringLiteral("dmz-ksc"));
    plan.devices << secondaryDb;
    return plan;
}

// "4 branch-pcs>ksc tcp 13000 via:branch-dp": a flow named by device ids, for plans where one
// role appears more than once.
inline QString flowById(const Flow &f)
{
    QStringList ports;
    for (int p : f.ports)
        ports << QString::number(p);
    return QStringLiteral("%1 %2>%3 %4 %5 via:%6")
        .arg(f.number, f.from, f.to, Catalog::transportId(f.transport),
             ports.join(QLatin1Char(',')), f.via.isEmpty() ? QStringLiteral("-") : f.via);
}

inline QStringList flowsById(const Plan &plan)
{
    QStringList result;
    for (const Flow &f : FlowDeriver::derive(plan).flows)
        result << flowById(f);
    return result;
}
