#include "probe/ProbeReport.h"

#include "exports/PlanReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QStringList flowsOf(const QList<ChecklistRow> &rows, const ProbeResult &result)
{
    return result.row >= 0 && result.row < rows.size() ? rows[result.row].flows : QStringList();
}

} // namespace

QString ProbeReport::target(const ProbeResult &result)
{
    if (result.address.isEmpty())
        return QString();
    const QString host = result.address.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + result.address + QLatin1Char(']')
                             : result.address;
    return QStringLiteral("%1:%2").arg(host).arg(result.port);
}

QString ProbeReport::certificateLine(const ProbeResult &result)
{
    if (result.certificateSubject.isEmpty() && !result.certificateExpiry.isValid())
        return QString();
    const QString expiry = result.certificateExpiry.toUTC().toString(Qt::ISODate);
    return result.certificateVerified
               ? tr("certificate “%1”, expires %2, verified").arg(result.certificateSubject, expiry)
               : tr("certificate “%1”, expires %2, not verified")
                     .arg(result.certificateSubject, expiry);
}

QString ProbeReport::resultLine(const Plan &plan, const QList<ChecklistRow> &rows,
                                const ProbeResult &result)
{
    QString where = target(result);
    if (where.isEmpty())
        where = QStringLiteral("%1 %2")
                    .arg(Checklist::transportText(result.transport))
                    .arg(result.port);
    else
        where += QLatin1Char(' ') + Checklist::transportText(result.transport);
    if (result.tls)
        where += QStringLiteral(" · TLS");
    QString line = QStringLiteral("  [%1] %2 → %3  %4  (%5)")
                       .arg(ReachabilityProbe::statusText(result.status),
                            plan.deviceName(result.from), plan.deviceName(result.to), where,
                            tr("flows %1").arg(flowsOf(rows, result).join(QStringLiteral(", "))));
    if (result.elapsedMs > 0)
        line += QLatin1Char(' ') + tr("%1 ms").arg(result.elapsedMs);
    line += QLatin1Char('\n');
    if (const QString cert = certificateLine(result); !cert.isEmpty())
        line += QStringLiteral("      ") + cert + QLatin1Char('\n');
    if (!result.detail.isEmpty())
        line += QStringLiteral("      ") + result.detail + QLatin1Char('\n');
    return line;
}

QString ProbeReport::summary(const QList<ProbeResult> &results)
{
    QStringList parts;
    for (int s = int(ProbeResult::Status::Pending); s <= int(ProbeResult::Status::Subnet); ++s) {
        const auto status = ProbeResult::Status(s);
        const auto count = std::count_if(results.begin(), results.end(),
                                         [&](const ProbeResult &r) { return r.status == status; });
        if (count > 0)
            parts << QStringLiteral("%1 %2").arg(count).arg(ReachabilityProbe::statusText(status));
    }
    return tr("Summary: %1")
        .arg(parts.isEmpty() ? tr("no rules") : parts.join(QStringLiteral(", ")));
}

QByteArray ProbeReport::text(const Plan &plan, const QList<ChecklistRow> &rows,
                             const QList<ProbeResult> &results, int timeoutMs)
{
    QString out = tr("Reachability from this machine: “%1” (timeout %2 ms per connection)")
                      .arg(plan.title)
                      .arg(timeoutMs) +
                  QStringLiteral("\n\n");
    for (const ProbeResult &result : results)
        out += resultLine(plan, rows, result);
    out += QLatin1Char('\n') + summary(results) + QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray ProbeReport::json(const Plan &plan, const QList<ChecklistRow> &rows,
                             const QList<ProbeResult> &results, int timeoutMs)
{
    QJsonArray array;
    for (const ProbeResult &r : results) {
        QJsonObject o{{QStringLiteral("row"), r.row},
                      {QStringLiteral("from"), r.from},
                      {QStringLiteral("to"), r.to},
                      {QStringLiteral("address"), r.address},
                      {QStringLiteral("transport"), Catalog::transportId(r.transport)},
                      {QStringLiteral("port"), r.port},
                      {QStringLiteral("flows"), QJsonArray::fromStringList(flowsOf(rows, r))},
                      {QStringLiteral("tls"), r.tls},
                      {QStringLiteral("status"), ReachabilityProbe::statusId(r.status)},
                      {QStringLiteral("detail"), r.detail},
                      {QStringLiteral("elapsedMs"), r.elapsedMs},
                      {QStringLiteral("certificate"), QJsonValue::Null}};
        if (!certificateLine(r).isEmpty())
            o.insert(QStringLiteral("certificate"),
                     QJsonObject{{QStringLiteral("subject"), r.certificateSubject},
                                 {QStringLiteral("expiry"),
                                  r.certificateExpiry.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("verified"), r.certificateVerified}});
        array.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("title"), plan.title},
                                     {QStringLiteral("timeoutMs"), timeoutMs},
                                     {QStringLiteral("results"), array}})
        .toJson(QJsonDocument::Indented);
}
