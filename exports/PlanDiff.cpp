#include "exports/PlanDiff.h"

#include "exports/ChecklistWriter.h"
#include "exports/PlanReport.h"
#include "model/BoundaryTitles.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const char *const kContext = "PlanDiff";

// The address is part of a rule: a firewall opened for the old address does not serve the new.
QString endpointKey(const Plan &plan, const QString &id)
{
    const Device *d = plan.device(id);
    return d ? id + QLatin1Char('@') + d->address : id;
}

QString ruleKey(const Plan &plan, const ChecklistRow &row)
{
    return endpointKey(plan, row.from) + QLatin1Char('\n') + endpointKey(plan, row.to) +
           QLatin1Char('\n') + Catalog::transportId(row.transport) + QLatin1Char('\n') +
           Checklist::portsText(row.ports);
}

QString findingKey(const Finding &finding)
{
    QStringList devices = finding.devices;
    devices.sort();
    return finding.code + QLatin1Char('\n') + devices.join(QLatin1Char(','));
}

// The items of `items` whose key is not matched in `others`, counting repeats: two equal findings
// before and one after leave one that disappeared.
template <typename T, typename Key, typename OtherKey>
QList<T> unmatched(const QList<T> &items, Key key, const QList<T> &others, OtherKey otherKey)
{
    QHash<QString, int> available;
    for (const T &other : others)
        ++available[otherKey(other)];
    QList<T> result;
    for (const T &item : items) {
        int &count = available[key(item)];
        if (count > 0)
            --count;
        else
            result << item;
    }
    return result;
}

template <typename T, typename BeforeKey, typename AfterKey>
void addedAndRemoved(const QList<T> &before, BeforeKey beforeKey, const QList<T> &after,
                     AfterKey afterKey, QList<T> &added, QList<T> &removed)
{
    added = unmatched(after, afterKey, before, beforeKey);
    removed = unmatched(before, beforeKey, after, afterKey);
}

QString mdEscape(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QJsonArray rowsJson(const Plan &plan, const QList<ChecklistRow> &rows, const Texts &texts)
{
    QJsonArray array;
    const BoundaryTitles boundaries(plan, texts);
    for (const ChecklistRow &row : rows)
        array.append(ChecklistWriter::rowJson(row, boundaries));
    return array;
}

QJsonArray findingsJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &f : findings)
        array.append(PlanReport::findingJson(f));
    return array;
}

} // namespace

PlanDiff::PlanDiff(const Plan &before, const Plan &after, const Texts &texts)
    : m_before(before), m_after(after), m_texts(texts)
{}

PlanDiff PlanDiff::compare(const Analysis &before, const Analysis &after, const Texts &texts)
{
    PlanDiff diff(before.plan(), after.plan(), texts);
    diff.compareRules(before.checklist(texts), after.checklist(texts));
    addedAndRemoved(before.findings(texts), findingKey, after.findings(texts), findingKey,
                    diff.appearedFindings, diff.disappearedFindings);
    return diff;
}

QStringList PlanDiff::formats()
{
    return {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("md")};
}

bool PlanDiff::isEmpty() const
{
    return addedRules.isEmpty() && removedRules.isEmpty() && renumberedRules.isEmpty() &&
           appearedFindings.isEmpty() && disappearedFindings.isEmpty();
}

void PlanDiff::compareRules(const QList<ChecklistRow> &before, const QList<ChecklistRow> &after)
{
    const auto beforeKey = [this](const ChecklistRow &row) { return ruleKey(m_before, row); };
    const auto afterKey = [this](const ChecklistRow &row) { return ruleKey(m_after, row); };
    addedAndRemoved(before, beforeKey, after, afterKey, addedRules, removedRules);
    QHash<QString, ChecklistRow> beforeByKey;
    for (const ChecklistRow &row : before)
        beforeByKey.insert(beforeKey(row), row);
    for (const ChecklistRow &row : after) {
        const auto it = beforeByKey.constFind(afterKey(row));
        if (it != beforeByKey.constEnd() && it->flows != row.flows)
            renumberedRules << Renumbered{*it, row};
    }
}

QString PlanDiff::text(const char *source) const
{
    return m_texts.text(kContext, source);
}

QString PlanDiff::ruleText(const Plan &plan, const ChecklistRow &row, const QString &flows) const
{
    return QStringLiteral("%1 → %2  %3 %4  (%5: %6)")
        .arg(ChecklistWriter::endpoint(plan, row.from), ChecklistWriter::endpoint(plan, row.to),
             Checklist::transportText(row.transport), Checklist::portsText(row.ports),
             text(QT_TRANSLATE_NOOP("PlanDiff", "flows")), flows);
}

QString PlanDiff::findingText(const Finding &finding) const
{
    return QStringLiteral("%1 [%2] %3")
        .arg(PlanReport::severityName(finding.severity, m_texts), finding.code, finding.message);
}

QByteArray PlanDiff::write(const QString &format) const
{
    if (format == QStringLiteral("json"))
        return json();
    if (format == QStringLiteral("md"))
        return markdown();
    return text();
}

QByteArray PlanDiff::text() const
{
    QString out = text(QT_TRANSLATE_NOOP("PlanDiff", "Changes from “%1” to “%2”"))
                      .arg(m_before.title, m_after.title) +
                  QLatin1Char('\n');
    if (isEmpty())
        return (out + text(QT_TRANSLATE_NOOP("PlanDiff", "No change in rules or findings.")) +
                QLatin1Char('\n'))
            .toUtf8();
    auto section = [&](const char *title, qsizetype count) {
        if (count > 0)
            out += QLatin1Char('\n') + text(title).arg(count) + QLatin1Char('\n');
    };
    const QString sep = QStringLiteral(", ");
    section(QT_TRANSLATE_NOOP("PlanDiff", "Rules to add (%1):"), addedRules.size());
    for (const ChecklistRow &row : addedRules)
        out += QStringLiteral("  + ") + ruleText(m_after, row, row.flows.join(sep)) +
               QStringLiteral("\n      ") + row.purpose + QLatin1Char('\n');
    section(QT_TRANSLATE_NOOP("PlanDiff", "Rules to remove (%1):"), removedRules.size());
    for (const ChecklistRow &row : removedRules)
        out += QStringLiteral("  - ") + ruleText(m_before, row, row.flows.join(sep)) +
               QStringLiteral("\n      ") + row.purpose + QLatin1Char('\n');
    section(QT_TRANSLATE_NOOP("PlanDiff", "Rules that now serve other flows (%1):"),
            renumberedRules.size());
    for (const Renumbered &r : renumberedRules)
        out +=
            QStringLiteral("  ~ ") +
            ruleText(m_after, r.after,
                     r.before.flows.join(sep) + QStringLiteral(" → ") + r.after.flows.join(sep)) +
            QLatin1Char('\n');
    section(QT_TRANSLATE_NOOP("PlanDiff", "Findings that appear (%1):"), appearedFindings.size());
    for (const Finding &f : appearedFindings)
        out += QStringLiteral("  + ") + findingText(f) + QLatin1Char('\n');
    section(QT_TRANSLATE_NOOP("PlanDiff", "Findings that disappear (%1):"),
            disappearedFindings.size());
    for (const Finding &f : disappearedFindings)
        out += QStringLiteral("  - ") + findingText(f) + QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray PlanDiff::markdown() const
{
    QString out = QStringLiteral("# ") +
                  mdEscape(text(QT_TRANSLATE_NOOP("PlanDiff", "Changes from “%1” to “%2”"))
                               .arg(m_before.title, m_after.title)) +
                  QLatin1Char('\n');
    if (isEmpty())
        return (out + QLatin1Char('\n') +
                text(QT_TRANSLATE_NOOP("PlanDiff", "No change in rules or findings.")) +
                QLatin1Char('\n'))
            .toUtf8();
    const QString sep = QStringLiteral(", ");
    auto rules = [&](const char *title, const Plan &plan, const QList<ChecklistRow> &rows) {
        if (rows.isEmpty())
            return;
        out += QStringLiteral("\n## ") + text(title).arg(rows.size()) + QStringLiteral("\n\n");
        for (const ChecklistRow &row : rows)
            out += QStringLiteral("- ") + mdEscape(ruleText(plan, row, row.flows.join(sep))) +
                   QStringLiteral(": ") + mdEscape(row.purpose) + QLatin1Char('\n');
    };
    auto findings = [&](const char *title, const QList<Finding> &list) {
        if (list.isEmpty())
            return;
        out += QStringLiteral("\n## ") + text(title).arg(list.size()) + QStringLiteral("\n\n");
        for (const Finding &f : list)
            out += QStringLiteral("- ") + mdEscape(findingText(f)) + QLatin1Char('\n');
    };
    rules(QT_TRANSLATE_NOOP("PlanDiff", "Rules to add (%1):"), m_after, addedRules);
    rules(QT_TRANSLATE_NOOP("PlanDiff", "Rules to remove (%1):"), m_before, removedRules);
    if (!renumberedRules.isEmpty()) {
        out += QStringLiteral("\n## ") +
               text(QT_TRANSLATE_NOOP("PlanDiff", "Rules that now serve other flows (%1):"))
                   .arg(renumberedRules.size()) +
               QStringLiteral("\n\n");
        for (const Renumbered &r : renumberedRules)
            out += QStringLiteral("- ") +
                   mdEscape(ruleText(m_after, r.after,
                                     r.before.flows.join(sep) + QStringLiteral(" → ") +
                                         r.after.flows.join(sep))) +
                   QLatin1Char('\n');
    }
    findings(QT_TRANSLATE_NOOP("PlanDiff", "Findings that appear (%1):"), appearedFindings);
    findings(QT_TRANSLATE_NOOP("PlanDiff", "Findings that disappear (%1):"), disappearedFindings);
    return out.toUtf8();
}

QByteArray PlanDiff::json() const
{
    QJsonArray renumbered;
    const BoundaryTitles after(m_after, m_texts);
    for (const Renumbered &r : renumberedRules) {
        QJsonObject o = ChecklistWriter::rowJson(r.after, after);
        o.insert(QStringLiteral("oldFlows"), QJsonArray::fromStringList(r.before.flows));
        renumbered.append(o);
    }
    const QJsonObject rules{{QStringLiteral("added"), rowsJson(m_after, addedRules, m_texts)},
                            {QStringLiteral("removed"), rowsJson(m_before, removedRules, m_texts)},
                            {QStringLiteral("renumbered"), renumbered}};
    const QJsonObject findings{{QStringLiteral("appeared"), findingsJson(appearedFindings)},
                               {QStringLiteral("disappeared"), findingsJson(disappearedFindings)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("old"), m_before.title},
                                     {QStringLiteral("new"), m_after.title},
                                     {QStringLiteral("empty"), isEmpty()},
                                     {QStringLiteral("rules"), rules},
                                     {QStringLiteral("findings"), findings}})
        .toJson(QJsonDocument::Indented);
}
