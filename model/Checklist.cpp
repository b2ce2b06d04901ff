#include "Checklist.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace {

struct Hop
{
    QString from;
    QString to;
};

// The connections a flow opens on the wire: a push flow is opened by the device, a flow through a
// connection gateway ends there (the server reaches the gateway itself, 4a), a flow through a
// reverse proxy is opened again by the proxy.
QList<Hop> hopsOf(const QHash<QString, const Device *> &devices, const Flow &flow)
{
    if (flow.local)
        return {};
    if (flow.push)
        return {{flow.to, flow.from}};
    if (flow.via.isEmpty())
        return {{flow.from, flow.to}};
    const Device *via = devices.value(flow.via);
    if (via && via->role == Catalog::Role::ReverseProxy)
        return {{flow.from, flow.via}, {flow.via, flow.to}};
    return {{flow.from, flow.via}};
}

int kindOrder(const Plan &plan, const QString &zoneId)
{
    const Zone *z = plan.zone(zoneId);
    return z ? int(z->kind) : 9;
}

} // namespace

QList<ChecklistRow> Checklist::build(const Plan &plan, const DerivedFlows &derived,
                                     const Texts &texts)
{
    QList<ChecklistRow> rows;
    QHash<QString, int> indexByKey;
    QList<int> firstFlowOrder;
    // Looked up by hash: plans run to thousands of flows over a thousand devices.
    QHash<QString, const Device *> devices;
    for (const Device &d : plan.devices)
        devices.insert(d.id, &d);
    for (const Flow &flow : derived.flows) {
        for (const Hop &hop : hopsOf(devices, flow)) {
            const QString key = hop.from + QLatin1Char('\n') + hop.to + QLatin1Char('\n') +
                                transportText(flow.transport) + portsText(flow.ports);
            const QString purpose = texts.tr("Flow", flow.catalogRule().purpose);
            if (const auto it = indexByKey.constFind(key); it != indexByKey.constEnd()) {
                ChecklistRow &row = rows[it.value()];
                if (!row.flows.contains(flow.number))
                    row.flows << flow.number;
                if (!row.purpose.contains(purpose))
                    row.purpose += QStringLiteral("; ") + purpose;
                continue;
            }
            const Device *from = devices.value(hop.from);
            const Device *to = devices.value(hop.to);
            indexByKey.insert(key, int(rows.size()));
            rows << ChecklistRow{hop.from,        hop.to,   from ? from->zone : QString(),
                                 to ? to->zone : QString(), flow.transport, flow.ports,
                                 {flow.number},   purpose};
            firstFlowOrder << Catalog::flowOrder(flow.number);
        }
    }
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    QStringList keys;
    for (const ChecklistRow &row : rows)
        keys << boundaryKey(plan, row); // once per row, not once per comparison
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return keys[a] != keys[b] ? keys[a] < keys[b] : firstFlowOrder[a] < firstFlowOrder[b];
    });
    QList<ChecklistRow> sorted;
    for (int i : order) {
        ChecklistRow row = rows[i];
        std::sort(row.flows.begin(), row.flows.end(), [](const QString &x, const QString &y) {
            return Catalog::flowOrder(x) < Catalog::flowOrder(y);
        });
        sorted << row;
    }
    return sorted;
}

QString Checklist::boundaryKey(const Plan &plan, const ChecklistRow &row)
{
    // Crossings first, by zone kind (LAN, DMZ, Internet), then traffic inside a zone.
    if (row.insideZone())
        return QStringLiteral("2-%1-%2").arg(kindOrder(plan, row.fromZone)).arg(row.fromZone);
    return QStringLiteral("1-%1-%2")
        .arg(kindOrder(plan, row.fromZone))
        .arg(kindOrder(plan, row.toZone));
}

QString Checklist::boundaryTitle(const Plan &plan, const ChecklistRow &row, const Texts &texts)
{
    auto kindName = [&](const QString &zoneId) {
        const Zone *z = plan.zone(zoneId);
        return z ? texts.tr("Zone", Catalog::zoneKindInfo(z->kind).name) : zoneId;
    };
    if (row.insideZone()) {
        const Zone *z = plan.zone(row.fromZone);
        const QString name = z && !z->name.isEmpty() ? z->name : kindName(row.fromZone);
        return texts.tr("Checklist", QT_TRANSLATE_NOOP("Checklist", "Inside “%1”")).arg(name);
    }
    return kindName(row.fromZone) + QStringLiteral(" → ") + kindName(row.toZone);
}

QString Checklist::portsText(const QList<int> &ports)
{
    QStringList parts;
    for (int p : ports)
        parts << QString::number(p);
    return parts.join(QStringLiteral(", "));
}

QString Checklist::transportText(Catalog::Transport transport)
{
    return transport == Catalog::Transport::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
}
