#include "probe/ReachabilitySummary.h"

#include "probe/ProbeReport.h"

QString ReachabilitySummary::certificateText(const ProbeResult &result)
{
    if (!result.tls || result.status != ProbeResult::Status::Reachable ||
        result.certificateSubject.isEmpty())
        return QString();
    return tr("TLS: %1 until %2")
        .arg(result.certificateSubject,
             result.certificateExpiry.toUTC().date().toString(Qt::ISODate));
}

QString ReachabilitySummary::statusText(const ProbeResult &result)
{
    const QString certificate = certificateText(result);
    return certificate.isEmpty() ? ReachabilityProbe::statusText(result.status) : certificate;
}

QString ReachabilitySummary::text(const QList<ProbeResult> &results)
{
    // Outcomes in order of first appearance, each with the ports that had it.
    QStringList outcomes;
    QList<QStringList> ports;
    for (const ProbeResult &r : results) {
        const QString outcome = statusText(r);
        qsizetype i = outcomes.indexOf(outcome);
        if (i < 0) {
            i = outcomes.size();
            outcomes << outcome;
            ports << QStringList();
        }
        ports[i] << QString::number(r.port);
    }
    if (outcomes.size() <= 1)
        return outcomes.value(0);
    QStringList parts;
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        parts << tr("%1 on %2").arg(outcomes[i], ports[i].join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

QString ReachabilitySummary::toolTip(const QList<ProbeResult> &results)
{
    QStringList lines;
    for (const ProbeResult &r : results) {
        QString line = ProbeReport::target(r);
        if (line.isEmpty())
            line = QString::number(r.port);
        line += QStringLiteral(": ") + statusText(r);
        if (!r.detail.isEmpty())
            line += QStringLiteral(" (") + r.detail + QLatin1Char(')');
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString ReachabilitySummary::overall(const QList<ProbeResult> &results)
{
    using S = ProbeResult::Status;
    int tried = 0;
    int connected = 0;
    int tlsFailed = 0;
    for (const ProbeResult &r : results) {
        if (r.status == S::NotVerifiable || r.status == S::NoAddress ||
            r.status == S::InvalidAddress || r.status == S::Subnet || r.status == S::Pending)
            continue;
        ++tried;
        connected += r.status == S::Reachable || r.status == S::TlsFailed ? 1 : 0;
        tlsFailed += r.status == S::TlsFailed ? 1 : 0;
    }
    const QString tcp = tr("TCP connected on %1 of %2 ports tried").arg(connected).arg(tried);
    return tlsFailed == 0 ? tcp : tr("%1; the TLS check failed on %2").arg(tcp).arg(tlsFailed);
}
