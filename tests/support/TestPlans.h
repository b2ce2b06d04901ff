#pragma once

// Small helpers shared by the model tests: templates with edits, and a flow's readable signature.
#include "model/FlowDeriver.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"

#include <QTest>

inline Plan templatePlan(const QString &name)
{
    const std::optional<Plan> plan = Templates::load(name);
    if (!plan)
        qFatal("template %s does not load", qPrintable(name));
    return *plan;
}

// "4a administration-server>connection-gateway tcp 13000 via:-": what a reader of the seed checks.
inline QString flowSignature(const Plan &plan, const Flow &f)
{
    auto role = [&](const QString &id) {
        const Device *d = plan.device(id);
        return d ? QLatin1String(Catalog::roleInfo(d->role).id) : QLatin1String("?");
    };
    QStringList ports;
    for (int p : f.ports)
        ports << QString::number(p);
    return QStringLiteral("%1 %2>%3 %4 %5 via:%6")
        .arg(f.number, role(f.from), role(f.to), Catalog::transportId(f.transport),
             ports.join(QLatin1Char(',')), f.via.isEmpty() ? QStringLiteral("-") : role(f.via));
}

inline QStringList flowSignatures(const Plan &plan)
{
    QStringList result;
    for (const Flow &f : FlowDeriver::derive(plan).flows)
        result << flowSignature(plan, f);
    return result;
}

inline Device makeDevice(const QString &id, Catalog::Role role, const QString &zone,
                         qint64 count = 1)
{
    return Device::make(id, role, zone, count);
}
