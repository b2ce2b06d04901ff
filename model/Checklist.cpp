#include "model/Checklist.h"

#include "model/Route.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace {

int kindOrder(const Zone *zone)
{
    return Catalog::zoneKindOrder(zone ? std::optional(zone->kind) : std::nullopt);
}

// Crossings first, by zone kind (LAN, DMZ, Internet) and then by zone (two LANs are two
// boundaries), then traffic inside a zone, zone by zone.
using BoundaryKey = std::tuple<int, int, int, int, int>;

BoundaryKey boundaryKeyOf(const ChecklistRow &row, const Zone *from, const Zone *to,
                          int fromZoneIndex, int toZoneIndex)
{
    if (row.insideZone())
        return {2, kindOrder(from), fromZoneIndex, fromZoneIndex, 0};
    return {1, kindOrder(from), kindOrder(to), fromZoneIndex, toZoneIndex};
}

struct HopKey
{
    int from;
    int to;
    Catalog::Transport transport;
    QList<int> ports;
    bool operator==(const HopKey &) const = default;
};

size_t qHash(const HopKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.from, key.to, int(key.transport), key.ports);
}

// Everything of a row but the side being merged: rows with equal keys need the same rule.
QString mergeKey(const ChecklistRow &row, bool keepSources)
{
    const QStringList kept = keepSources ? row.sources() : row.destinations();
    QStringList ports;
    for (int p : row.ports)
        ports << QString::number(p);
    return QStringList{kept.join(QLatin1Char(' ')),
                       row.fromZone,
                       row.toZone,
                       Catalog::transportId(row.transport),
                       ports.join(QLatin1Char(' ')),
                       row.flows.join(QLatin1Char(' ')),
                       row.purpose}
        .join(QLatin1Char('\n'));
}

// Merges the rows equal but for their sources (mergeSources) or their destinations.
QList<ChecklistRow> mergeSide(const QList<ChecklistRow> &rows, bool mergeSources)
{
    QList<ChecklistRow> merged;
    QHash<QString, qsizetype> indexByKey;
    for (const ChecklistRow &row : rows) {
        const QString key = mergeKey(row, !mergeSources);
        if (const auto it = indexByKey.constFind(key); it != indexByKey.constEnd()) {
            ChecklistRow &target = merged[*it];
            if (mergeSources)
                target.alsoFrom << row.sources();
            else
                target.alsoTo << row.destinations();
            target.tls = target.tls || row.tls;
            continue;
        }
        indexByKey.insert(key, merged.size());
        merged << row;
    }
    return merged;
}

} // namespace

QList<ChecklistRow> Checklist::merge(const QList<ChecklistRow> &rows)
{
    return mergeSide(mergeSide(rows, true), false);
}

QList<ChecklistRow> Checklist::build(const Plan &plan, const DerivedFlows &derived,
                                     const Texts &texts)
{
    QHash<QString, int> zoneIndex;
    for (int i = int(plan.zones.size()) - 1; i >= 0; --i)
        zoneIndex.insert(plan.zones[i].id, i); // back to front: the first of duplicate ids wins
    auto zoneAt = [&](int index) { return index < 0 ? nullptr : &plan.zones[index]; };

    QList<ChecklistRow> rows;
    QList<int> groups; // per row: its boundary group, numbered in order of first appearance
    // A plan has few boundaries and many rows: each boundary's key is worked out and compared
    // once, and the rows are then dealt into their groups (a stable bucket sort) instead of a
    // comparison sort over all rows.
    std::map<BoundaryKey, int> groupByKey;
    QHash<std::pair<int, int>, int> groupByZones; // by zone positions, -1 for an unknown zone
    QHash<HopKey, int> indexByKey;
    QHash<int, QString> purposes; // by rule: translated once
    // The catalog rules whose purposes each row carries: its first, and the few rows that carry
    // more keep the others aside (no list is allocated per row).
    QList<int> firstRules;
    QHash<int, QList<int>> furtherRules;
    rows.reserve(derived.flows.size());
    groups.reserve(derived.flows.size());
    firstRules.reserve(derived.flows.size());
    indexByKey.reserve(derived.flows.size());
    // A device's zone position, looked up once per device rather than twice per row.
    QList<int> deviceZones(plan.devices.size(), -2);
    const auto zoneOfDevice = [&](int device) {
        int &zone = deviceZones[device];
        if (zone == -2)
            zone = zoneIndex.value(plan.devices[device].zone, -1);
        return zone;
    };
    const auto groupOf = [&](const ChecklistRow &row, const Hop &hop) {
        const int fromZone = zoneOfDevice(hop.from);
        const int toZone = zoneOfDevice(hop.to);
        // Unknown zones all have position -1 but differ as text: only known ones are cached.
        const bool cached = fromZone >= 0 && toZone >= 0;
        if (cached) {
            if (const auto it = groupByZones.constFind({fromZone, toZone});
                it != groupByZones.constEnd())
                return *it;
        }
        const BoundaryKey key =
            boundaryKeyOf(row, zoneAt(fromZone), zoneAt(toZone), fromZone, toZone);
        const int group = groupByKey.try_emplace(key, int(groupByKey.size())).first->second;
        if (cached)
            groupByZones.insert({fromZone, toZone}, group);
        return group;
    };
    for (const Flow &flow : derived.flows) {
        auto purposeIt = purposes.find(flow.rule);
        if (purposeIt == purposes.end())
            purposeIt = purposes.insert(flow.rule, texts.text("Flow", flow.catalogRule().purpose));
        const QString &purpose = purposeIt.value();
        for (const Hop &hop : Route::connections(plan, flow)) {
            const HopKey key{hop.from, hop.to, flow.transport, flow.ports};
            if (const auto it = indexByKey.constFind(key); it != indexByKey.constEnd()) {
                ChecklistRow &row = rows[*it];
                if (!row.flows.contains(flow.number))
                    row.flows << flow.number; // flows come in catalog order: stays sorted
                // By rule, not by text: one purpose may be part of another's wording.
                if (firstRules[*it] != flow.rule && !furtherRules[*it].contains(flow.rule)) {
                    furtherRules[*it] << flow.rule;
                    row.purpose += QStringLiteral("; ") + purpose;
                }
                row.tls = row.tls || flow.tls;
                continue;
            }
            indexByKey.insert(key, int(rows.size()));
            firstRules << flow.rule;
            const Device &from = plan.devices[hop.from];
            const Device &to = plan.devices[hop.to];
            rows << ChecklistRow{from.id,    to.id,         from.zone, to.zone,  flow.transport,
                                 flow.ports, {flow.number}, purpose,   flow.tls, {},
                                 {}};
            groups << groupOf(rows.last(), hop);
        }
    }
    // Rows were made in catalog order; dealing them out group by group keeps that order in a group.
    QList<int> rank(groupByKey.size());
    int next = 0;
    for (const auto &[key, group] : groupByKey)
        rank[group] = next++;
    QList<qsizetype> start(groupByKey.size() + 1, 0);
    for (int group : groups)
        ++start[rank[group] + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    QList<qsizetype> order(rows.size()); // the rows' positions, in sorted order
    for (qsizetype i = 0; i < rows.size(); ++i)
        order[start[rank[groups[i]]]++] = i;
    QList<ChecklistRow> sorted;
    sorted.reserve(rows.size());
    for (qsizetype i : order)
        sorted << std::move(rows[i]);
    return sorted;
}

QString Checklist::boundaryKey(const Plan &plan, const ChecklistRow &row)
{
    const int from = plan.zoneIndex(row.fromZone);
    const int to = plan.zoneIndex(row.toZone);
    const auto [group, first, second, third, fourth] =
        boundaryKeyOf(row, plan.zone(row.fromZone), plan.zone(row.toZone), from, to);
    // Compared as text (the table sorts by it): fixed-width numbers, -1 (no zone) first.
    QString key = QString::number(group);
    for (int part : {first, second, third, fourth})
        key += QStringLiteral("-%1").arg(part + 1, 7, 10, QLatin1Char('0'));
    return key;
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
