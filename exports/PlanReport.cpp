#include "exports/PlanReport.h"

#include "exports/SafeText.h"
#include "model/Checklist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const char *const kContext = "PlanReport";

QJsonArray toJson(const QList<int> &values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return array;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QString PlanReport::flowLabel(const Flow &flow)
{
    QString label = Checklist::transportText(flow.transport) + QLatin1Char(' ') +
                    Checklist::portsText(flow.ports);
    if (flow.tls)
        label += QStringLiteral(" · TLS");
    return label;
}

QByteArray PlanReport::flowsText(const Plan &plan, const QList<Flow> &flows, const Texts &texts)
{
    QString out;
    for (const Flow &f : flows) {
        QString line =
            QStringLiteral("%1  %2 → %3")
                .arg(f.number.leftJustified(3), SafeText::oneLine(plan.deviceName(f.from)),
                     SafeText::oneLine(plan.deviceName(f.to)));
        if (f.local)
            line += QStringLiteral("  ") +
                    texts.text(kContext, QT_TRANSLATE_NOOP("PlanReport", "local, in place of %1"))
                        .arg(f.replaces);
        else
            line += QStringLiteral("  ") + flowLabel(f);
        if (!f.via.isEmpty())
            line += QStringLiteral("  ") +
                    texts.text(kContext, QT_TRANSLATE_NOOP("PlanReport", "via %1"))
                        .arg(SafeText::oneLine(plan.deviceName(f.via)));
        if (f.push)
            line += QStringLiteral("  ") +
                    texts.text(kContext,
                               QT_TRANSLATE_NOOP("PlanReport", "(push; opened by the device)"));
        out += line + QStringLiteral("\n     ") + texts.text("Flow", f.catalogRule().purpose) +
               QLatin1Char('\n');
    }
    if (flows.isEmpty())
        out = texts.text(kContext, QT_TRANSLATE_NOOP("PlanReport", "The plan has no flows.")) +
              QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray PlanReport::flowsJson(const Plan &plan, const QList<Flow> &flows, const Texts &texts)
{
    QJsonArray array;
    for (const Flow &f : flows) {
        array.append(QJsonObject{
            {QStringLiteral("flow"), f.number},
            {QStringLiteral("from"), f.from},
            {QStringLiteral("to"), f.to},
            {QStringLiteral("transport"), Catalog::transportId(f.transport)},
            {QStringLiteral("ports"), toJson(f.ports)},
            {QStringLiteral("tls"), f.tls},
            {QStringLiteral("via"), orNull(f.via)},
            {QStringLiteral("zones"), QJsonArray::fromStringList(f.zonesCrossed(plan))},
            {QStringLiteral("local"), f.local},
            {QStringLiteral("replaces"), orNull(f.replaces)},
            {QStringLiteral("push"), f.push},
            {QStringLiteral("purpose"), texts.text("Flow", f.catalogRule().purpose)},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("flows"), array}})
        .toJson(QJsonDocument::Indented);
}

QString PlanReport::severityName(Finding::Severity severity, const Texts &texts)
{
    switch (severity) {
    case Finding::Severity::Error:
        return texts.text(kContext, QT_TRANSLATE_NOOP("PlanReport", "error"));
    case Finding::Severity::Warning:
        return texts.text(kContext, QT_TRANSLATE_NOOP("PlanReport", "warning"));
    case Finding::Severity::Info:
        break;
    }
    return texts.text(kContext, QT_TRANSLATE_NOOP("PlanReport", "info"));
}

QByteArray PlanReport::findingsText(const QList<Finding> &findings, const Texts &texts)
{
    if (findings.isEmpty())
        return (texts.text(kContext, QT_TRANSLATE_NOOP("PlanReport", "No findings: the placement "
                                                                     "follows the documented "
                                                                     "rules.")) +
                QLatin1Char('\n'))
            .toUtf8();
    QString out;
    for (const Finding &f : findings) {
        out +=
            QStringLiteral("%1 [%2] %3\n").arg(severityName(f.severity, texts), f.code, f.message);
        if (!f.flows.isEmpty())
            out += QStringLiteral("    ") +
                   texts.text(kContext, QT_TRANSLATE_NOOP("PlanReport", "flows: %1"))
                       .arg(f.flows.join(QStringLiteral(", "))) +
                   QLatin1Char('\n');
        if (!f.fix.isEmpty())
            out += QStringLiteral("    ") +
                   texts.text(kContext, QT_TRANSLATE_NOOP("PlanReport", "fix: %1")).arg(f.fix) +
                   QLatin1Char('\n');
    }
    return out.toUtf8();
}

QJsonObject PlanReport::findingJson(const Finding &f)
{
    return QJsonObject{
        {QStringLiteral("severity"), Finding::severityId(f.severity)},
        {QStringLiteral("code"), f.code},
        {QStringLiteral("message"), f.message},
        {QStringLiteral("fix"), f.fix},
        {QStringLiteral("devices"), QJsonArray::fromStringList(f.devices)},
        {QStringLiteral("zones"), QJsonArray::fromStringList(f.zones)},
        {QStringLiteral("flows"), QJsonArray::fromStringList(f.flows)},
    };
}

QByteArray PlanReport::findingsJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &f : findings)
        array.append(findingJson(f));
    return QJsonDocument(QJsonObject{{QStringLiteral("findings"), array}})
        .toJson(QJsonDocument::Indented);
}
