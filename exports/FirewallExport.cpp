#include "exports/FirewallExport.h"

#include "exports/ChecklistWriter.h"
#include "exports/NftablesExport.h"
#include "exports/SafeText.h"
#include "exports/WindowsFirewallExport.h"
#include "model/BoundaryTitles.h"

QStringList FirewallExport::targets()
{
    return {QStringLiteral("nftables"), QStringLiteral("windows"), QStringLiteral("csv")};
}

QByteArray FirewallExport::write(const Plan &plan, const QList<ChecklistRow> &rows,
                                 const QString &target, const Texts &texts)
{
    if (target == QStringLiteral("windows"))
        return WindowsFirewallExport::write(plan, rows, texts);
    if (target == QStringLiteral("csv"))
        return csv(plan, rows, texts);
    return NftablesExport::write(plan, rows, texts);
}

QStringList FirewallExport::csvColumns()
{
    return {QStringLiteral("rule"),
            QStringLiteral("action"),
            QStringLiteral("protocol"),
            QStringLiteral("ports"),
            QStringLiteral("source"),
            QStringLiteral("source_address"),
            QStringLiteral("source_zone"),
            QStringLiteral("destination"),
            QStringLiteral("destination_address"),
            QStringLiteral("destination_zone"),
            QStringLiteral("boundary"),
            QStringLiteral("flows"),
            QStringLiteral("tls"),
            QStringLiteral("purpose")};
}

QByteArray FirewallExport::csv(const Plan &plan, const QList<ChecklistRow> &rows,
                               const Texts &texts)
{
    QString out = csvColumns().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    int number = 0;
    const BoundaryTitles boundaries(plan, texts);
    for (const ChecklistRow &row : rows) {
        const Device *from = plan.device(row.from);
        const Device *to = plan.device(row.to);
        const QStringList fields = {QString::number(++number),
                                    QStringLiteral("allow"),
                                    Catalog::transportId(row.transport),
                                    Checklist::portsText(row.ports).remove(QLatin1Char(' ')),
                                    deviceName(plan, row.from),
                                    from ? from->address.trimmed() : QString(),
                                    row.fromZone,
                                    deviceName(plan, row.to),
                                    to ? to->address.trimmed() : QString(),
                                    row.toZone,
                                    boundaries.title(row),
                                    row.flows.join(QLatin1Char(' ')),
                                    row.tls ? QStringLiteral("yes") : QStringLiteral("no"),
                                    row.purpose};
        QStringList quoted;
        for (const QString &field : fields)
            quoted << ChecklistWriter::csvField(field);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString FirewallExport::flowsLabel(const ChecklistRow &row, const Texts &texts)
{
    return texts.text("FirewallExport", QT_TRANSLATE_NOOP("FirewallExport", "flow %1"))
        .arg(row.flows.join(QStringLiteral(", ")));
}

QString FirewallExport::deviceName(const Plan &plan, const QString &id)
{
    return oneLine(plan.deviceName(id));
}

QString FirewallExport::oneLine(const QString &text)
{
    // Names come from the plan file: a line break in one would end a comment and start code.
    return SafeText::oneLine(text);
}
