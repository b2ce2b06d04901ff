#include "model/BoundaryTitles.h"

#include <QSet>

namespace {
bool hasName(const Zone &zone)
{
    return !zone.name.trimmed().isEmpty();
}
} // namespace

BoundaryTitles::BoundaryTitles(const Plan &plan, const Texts &texts) : m_texts(texts)
{
    auto kindWord = [&texts](const Zone &zone) -> QString {
        return texts.text("Zone", Catalog::zoneKindInfo(zone.kind).name);
    };
    // The zones a boundary can name: the first of duplicate ids, as the plan looks them up.
    QList<const Zone *> zones;
    QSet<QString> seen;
    for (const Zone &zone : plan.zones) {
        if (!seen.contains(zone.id)) {
            seen.insert(zone.id);
            zones << &zone;
        }
    }
    auto base = [&](const Zone &zone) -> QString {
        return hasName(zone) ? zone.name : kindWord(zone);
    };
    QHash<QString, int> byBase;
    QHash<QString, int> byNameAndKind;
    auto nameAndKind = [](const Zone &zone) -> QString {
        return zone.name + QLatin1Char('\n') + QString::number(int(zone.kind));
    };
    for (const Zone *zone : std::as_const(zones)) {
        ++byBase[base(*zone)];
        if (hasName(*zone))
            ++byNameAndKind[nameAndKind(*zone)];
    }
    for (const Zone *zone : std::as_const(zones)) {
        const QString name = base(*zone);
        QString shown = name;
        if (byBase.value(name) > 1) {
            // A kind tells zones apart unless it is the name itself or the name's other zone has
            // it too; then the id, which is unique, does.
            const QString kind = kindWord(*zone);
            const bool kindTells =
                hasName(*zone) && kind != name && byNameAndKind.value(nameAndKind(*zone)) == 1;
            shown = QStringLiteral("%1 (%2)").arg(name, kindTells ? kind : zone->id);
        }
        m_names.insert(zone->id, shown);
    }
}

QString BoundaryTitles::zoneName(const QString &zoneId) const
{
    return m_names.value(zoneId, zoneId);
}

QString BoundaryTitles::title(const ChecklistRow &row) const
{
    if (row.insideZone())
        return m_texts.text("Checklist", QT_TRANSLATE_NOOP("Checklist", "Inside “%1”"))
            .arg(zoneName(row.fromZone));
    return zoneName(row.fromZone) + QStringLiteral(" → ") + zoneName(row.toZone);
}
