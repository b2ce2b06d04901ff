#include "exports/ChecklistWriter.h"

#include "exports/SafeText.h"
#include "model/BoundaryTitles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const char *const kContext = "ChecklistWriter";

QString heading(const Texts &texts, const Plan &plan)
{
    const QString title =
        plan.title.isEmpty()
            ? texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistWriter", "Untitled plan"))
            : plan.title;
    return texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistWriter", "Port checklist: %1"))
        .arg(title);
}

QString insideNote(const Texts &texts)
{
    return texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistWriter",
                                                  "No firewall in between unless you have one."));
}

// Calls `group` at each new boundary and `row` for each row.
template <typename Group, typename Row>
void forEachGroup(const Plan &plan, const QList<ChecklistRow> &rows, Group group, Row rowFn)
{
    QString last;
    for (const ChecklistRow &row : rows) {
        const QString key = Checklist::boundaryKey(plan, row);
        if (key != last) {
            group(row);
            last = key;
        }
        rowFn(row);
    }
}

QString mdCell(const QString &value)
{
    return SafeText::markdown(value);
}

} // namespace

QString ChecklistWriter::csvField(const QString &value)
{
    return SafeText::csvField(value);
}

QStringList ChecklistWriter::formats()
{
    return {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("md"),
            QStringLiteral("html"), QStringLiteral("json")};
}

QByteArray ChecklistWriter::write(const Plan &plan, const QList<ChecklistRow> &rows,
                                  const QString &format, const Texts &texts)
{
    if (format == QStringLiteral("csv"))
        return csv(plan, rows, texts);
    if (format == QStringLiteral("md"))
        return markdown(plan, rows, texts);
    if (format == QStringLiteral("html"))
        return html(plan, rows, texts);
    if (format == QStringLiteral("json"))
        return json(plan, rows, texts);
    return text(plan, rows, texts);
}

QString ChecklistWriter::endpoint(const Plan &plan, const QString &deviceId)
{
    const Device *d = plan.device(deviceId);
    if (!d)
        return deviceId;
    const QString name = d->displayName();
    return d->address.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, d->address);
}

QString ChecklistWriter::endpoints(const Plan &plan, const QStringList &deviceIds)
{
    QStringList parts;
    for (const QString &id : deviceIds)
        parts << endpoint(plan, id);
    return parts.join(QStringLiteral(", "));
}

QString ChecklistWriter::names(const Plan &plan, const QStringList &deviceIds)
{
    QStringList parts;
    for (const QString &id : deviceIds) {
        parts << plan.deviceName(id);
    }
    return parts.join(QStringLiteral("; "));
}

QString ChecklistWriter::addresses(const Plan &plan, const QStringList &deviceIds)
{
    QStringList parts;
    bool any = false;
    for (const QString &id : deviceIds) {
        const Device *d = plan.device(id);
        parts << (d ? d->address : QString());
        any = any || !parts.last().isEmpty();
    }
    return any ? parts.join(QStringLiteral("; ")) : QString();
}

QStringList ChecklistWriter::headings(const Texts &texts)
{
    return {texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistWriter", "From")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistWriter", "To")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistWriter", "Protocol")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistWriter", "Ports")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistWriter", "Flows")),
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistWriter", "Purpose"))};
}

QStringList ChecklistWriter::cells(const Plan &plan, const ChecklistRow &row)
{
    return {endpoints(plan, row.sources()),          endpoints(plan, row.destinations()),
            Checklist::transportText(row.transport), Checklist::portsText(row.ports),
            row.flows.join(QStringLiteral(", ")),    row.purpose};
}

QByteArray ChecklistWriter::text(const Plan &plan, const QList<ChecklistRow> &rows,
                                 const Texts &texts)
{
    QString out = SafeText::oneLine(heading(texts, plan)) + QLatin1Char('\n');
    if (rows.isEmpty())
        out +=
            QLatin1Char('\n') +
            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistWriter", "No rules: the plan has no "
                                                                      "network flows.")) +
            QLatin1Char('\n');
    const BoundaryTitles boundaries(plan, texts);
    forEachGroup(
        plan, rows,
        [&](const ChecklistRow &row) {
            out += QLatin1Char('\n') + SafeText::oneLine(boundaries.title(row)) + QLatin1Char('\n');
            if (row.insideZone())
                out += QStringLiteral("  (") + insideNote(texts) + QStringLiteral(")\n");
        },
        [&](const ChecklistRow &row) {
            QStringList c;
            for (const QString &cell : cells(plan, row))
                c << SafeText::oneLine(cell);
            out += QStringLiteral("  [ ] %1 → %2  %3 %4  (%5: %6)\n      %7\n")
                       .arg(c[0], c[1], c[2], c[3],
                            texts.text(kContext, QT_TRANSLATE_NOOP("ChecklistWriter", "flows")),
                            c[4], c[5]);
        });
    return out.toUtf8();
}

QByteArray ChecklistWriter::csv(const Plan &plan, const QList<ChecklistRow> &rows,
                                const Texts &texts)
{
    // Column names are stable identifiers so that imports keep working in either language.
    QString out = QStringLiteral(
        "boundary,from,from_address,to,to_address,from_zone,to_zone,protocol,ports,flows,"
        "purpose\r\n");
    const BoundaryTitles boundaries(plan, texts);
    for (const ChecklistRow &row : rows) {
        const QStringList fields = {boundaries.title(row),
                                    names(plan, row.sources()),
                                    addresses(plan, row.sources()),
                                    names(plan, row.destinations()),
                                    addresses(plan, row.destinations()),
                                    row.fromZone,
                                    row.toZone,
                                    Catalog::transportId(row.transport),
                                    Checklist::portsText(row.ports).remove(QLatin1Char(' ')),
                                    row.flows.join(QLatin1Char(' ')),
                                    row.purpose};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray ChecklistWriter::markdown(const Plan &plan, const QList<ChecklistRow> &rows,
                                     const Texts &texts)
{
    QString out = QStringLiteral("# ") + mdCell(heading(texts, plan)) + QLatin1Char('\n');
    const QString head = QStringLiteral("| ✓ | ") + headings(texts).join(QStringLiteral(" | ")) +
                         QStringLiteral(" |\n|---|---|---|---|---|---|---|\n");
    const BoundaryTitles boundaries(plan, texts);
    forEachGroup(
        plan, rows,
        [&](const ChecklistRow &row) {
            out += QStringLiteral("\n## ") + mdCell(boundaries.title(row)) + QStringLiteral("\n\n");
            if (row.insideZone())
                out += QLatin1Char('_') + insideNote(texts) + QStringLiteral("_\n\n");
            out += head;
        },
        [&](const ChecklistRow &row) {
            QStringList c;
            for (const QString &cell : cells(plan, row))
                c << mdCell(cell);
            out +=
                QStringLiteral("| [ ] | ") + c.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        });
    return out.toUtf8();
}

QByteArray ChecklistWriter::html(const Plan &plan, const QList<ChecklistRow> &rows,
                                 const Texts &texts)
{
    const QString title = heading(texts, plan).toHtmlEscaped();
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                 "<title>%2</title>\n<style>body{font-family:sans-serif}"
                                 "table{border-collapse:collapse;width:100%}"
                                 "th,td{border:1px solid #999;padding:4px;text-align:left;"
                                 "vertical-align:top}th{background:#eee}</style></head>\n"
                                 "<body><h1>%2</h1>\n")
                      .arg(texts.language(), title);
    QString head = QStringLiteral("<tr><th>✓</th>");
    for (const QString &h : headings(texts))
        head += QStringLiteral("<th>") + h.toHtmlEscaped() + QStringLiteral("</th>");
    head += QStringLiteral("</tr>\n");
    bool open = false;
    const BoundaryTitles boundaries(plan, texts);
    forEachGroup(
        plan, rows,
        [&](const ChecklistRow &row) {
            if (open)
                out += QStringLiteral("</table>\n");
            out += QStringLiteral("<h2>") + boundaries.title(row).toHtmlEscaped() +
                   QStringLiteral("</h2>\n");
            if (row.insideZone())
                out += QStringLiteral("<p><em>") + insideNote(texts).toHtmlEscaped() +
                       QStringLiteral("</em></p>\n");
            out += QStringLiteral("<table>\n") + head;
            open = true;
        },
        [&](const ChecklistRow &row) {
            out += QStringLiteral("<tr><td>☐</td>");
            for (const QString &cell : cells(plan, row))
                out += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
            out += QStringLiteral("</tr>\n");
        });
    if (open)
        out += QStringLiteral("</table>\n");
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

QJsonObject ChecklistWriter::rowJson(const ChecklistRow &row, const BoundaryTitles &boundaries)
{
    QJsonArray ports;
    for (int p : row.ports)
        ports.append(p);
    return QJsonObject{
        {QStringLiteral("from"), row.from},
        {QStringLiteral("to"), row.to},
        {QStringLiteral("sources"), QJsonArray::fromStringList(row.sources())},
        {QStringLiteral("destinations"), QJsonArray::fromStringList(row.destinations())},
        {QStringLiteral("fromZone"), row.fromZone},
        {QStringLiteral("toZone"), row.toZone},
        {QStringLiteral("transport"), Catalog::transportId(row.transport)},
        {QStringLiteral("ports"), ports},
        {QStringLiteral("flows"), QJsonArray::fromStringList(row.flows)},
        {QStringLiteral("purpose"), row.purpose},
        {QStringLiteral("boundary"), boundaries.title(row)},
    };
}

QByteArray ChecklistWriter::json(const Plan &plan, const QList<ChecklistRow> &rows,
                                 const Texts &texts)
{
    QJsonArray array;
    const BoundaryTitles boundaries(plan, texts);
    for (const ChecklistRow &row : rows)
        array.append(rowJson(row, boundaries));
    return QJsonDocument(
               QJsonObject{{QStringLiteral("title"), plan.title}, {QStringLiteral("rows"), array}})
        .toJson(QJsonDocument::Indented);
}
