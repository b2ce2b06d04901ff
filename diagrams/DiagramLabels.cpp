#include "diagrams/DiagramLabels.h"

#include "diagrams/FigureIcons.h"
#include "exports/PlanReport.h"

#include <algorithm>

namespace {

const char *const kContext = "Diagram";

QString cleaned(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        // XML 1.0 forbids most control characters and the non-characters; a newline in a name
        // would break the label's layout.
        const bool control = c.category() == QChar::Other_Control;
        const bool nonCharacter = c.unicode() == 0xFFFE || c.unicode() == 0xFFFF;
        if (!nonCharacter)
            out += control ? QLatin1Char(' ') : c;
    }
    return out.simplified();
}

// Purposes are catalog texts, longer than names but still bounded.
constexpr int kMaxPurposeLength = 160;

QString truncated(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    int cut = maxLength;
    if (text.at(cut - 1).isHighSurrogate())
        --cut; // never split a character outside the BMP (emoji)
    return text.left(cut) + QStringLiteral("…");
}

QString font(const QString &body, int size, const char *colour = nullptr)
{
    QString attributes = QStringLiteral(" point-size=\"%1\"").arg(size);
    if (colour)
        attributes += QStringLiteral(" color=\"%1\"").arg(QLatin1String(colour));
    return QStringLiteral("<font") + attributes + QLatin1Char('>') + body +
           QStringLiteral("</font>");
}

QString bold(const QString &body)
{
    return QStringLiteral("<b>") + body + QStringLiteral("</b>");
}

QStringList distinctNumbers(const QList<Flow> &flows)
{
    QStringList numbers;
    for (const Flow &flow : flows) {
        if (!numbers.contains(flow.number))
            numbers << flow.number;
    }
    std::stable_sort(numbers.begin(), numbers.end(), [](const QString &a, const QString &b) {
        return Catalog::flowOrder(a) < Catalog::flowOrder(b);
    });
    return numbers;
}

QString plural(Catalog::Role role, qint64 n, const Texts &texts)
{
    return texts.text("Role", Catalog::roleInfo(role).plural, n);
}

} // namespace

QString DiagramLabels::escaped(const QString &text, int maxLength)
{
    QString out = truncated(cleaned(text), maxLength).toHtmlEscaped();
    // Graphviz expands \N, \G, \L … in labels, HTML ones included; a doubled backslash stays one.
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return out;
}

QString DiagramLabels::device(const Device &device, const Texts &texts)
{
    const Catalog::RoleInfo &role = Catalog::roleInfo(device.role);
    const QString name = device.displayName();
    QString label = font(bold(escaped(name)), 11) + QStringLiteral("<br/>") +
                    font(escaped(texts.text("Role", role.name)), 9, "#555555");
    if (device.count > 1)
        label += QStringLiteral("<br/>") +
                 font(escaped(texts.text(kContext, QT_TRANSLATE_NOOP("Diagram", "× %1"))
                                  .arg(texts.number(device.count))),
                      10);
    return label;
}

QString DiagramLabels::merged(const Device &first, int entries, qint64 devices, const Texts &texts)
{
    const Catalog::RoleInfo &role = Catalog::roleInfo(first.role);
    QString count = texts.text(kContext, QT_TRANSLATE_N_NOOP("Diagram", "%n entries"), entries);
    if (devices > entries)
        count +=
            QStringLiteral(" · ") +
            texts.text(kContext, QT_TRANSLATE_NOOP("Diagram", "× %1")).arg(texts.number(devices));
    return font(bold(escaped(first.displayName())) + QStringLiteral(" …"), 11) +
           QStringLiteral("<br/>") + font(escaped(texts.text("Role", role.name)), 9, "#555555") +
           QStringLiteral("<br/>") + font(escaped(count), 10);
}

QString DiagramLabels::site(const Device &server, const SiteCounts &counts, const Texts &texts)
{
    QStringList lines;
    if (counts.sites > 1)
        lines << plural(Catalog::Role::AdministrationServer, counts.sites, texts);
    lines << texts.text(kContext, QT_TRANSLATE_N_NOOP("Diagram", "%n device(s)"), counts.devices);
    if (counts.gateways > 0)
        lines << plural(Catalog::Role::ConnectionGateway, counts.gateways, texts);
    if (counts.distributionPoints > 0)
        lines << plural(Catalog::Role::DistributionPoint, counts.distributionPoints, texts);
    QString label = font(bold(escaped(server.displayName())), 12) + QStringLiteral("<br/>") +
                    font(escaped(texts.text(
                             kContext, QT_TRANSLATE_NOOP("Diagram", "Administration Server site"))),
                         9, "#555555");
    for (const QString &line : std::as_const(lines))
        label += QStringLiteral("<br/>") + font(escaped(line), 10);
    if (counts.findings > 0)
        label += QStringLiteral("<br/>") +
                 font(escaped(texts.text(kContext, QT_TRANSLATE_N_NOOP("Diagram", "%n finding(s)"),
                                         counts.findings)),
                      10, "#b0281a");
    return label;
}

QString DiagramLabels::zone(const Zone &zone)
{
    return font(bold(escaped(zone.displayName())), 12, "#333333");
}

QString DiagramLabels::withIcon(const QString &label, int size)
{
    return QStringLiteral("<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" "
                          "cellpadding=\"0\"><tr><td fixedsize=\"true\" width=\"%1\" "
                          "height=\"%1\" bgcolor=\"%2\"></td></tr><tr><td>")
               .arg(size)
               .arg(QLatin1String(FigureIcons::Marker)) +
           label + QStringLiteral("</td></tr></table>");
}

QString DiagramLabels::numbers(const QList<Flow> &flows)
{
    return distinctNumbers(flows).join(QStringLiteral(", "));
}

QString DiagramLabels::flows(const QList<Flow> &flows)
{
    // A bundled arrow says which number uses which port: "4: TCP 13000 · TLS".
    const bool bundled = distinctNumbers(flows).size() > 1;
    QStringList lines;
    for (const QString &number : distinctNumbers(flows)) {
        for (const Flow &flow : flows) {
            if (flow.number != number)
                continue;
            const QString transport = PlanReport::flowLabel(flow);
            const QString line = bundled ? number + QStringLiteral(": ") + transport : transport;
            if (!lines.contains(line))
                lines << line;
        }
    }
    // Dot places an edge label so that the arrow runs along its bottom edge: the number goes on the
    // last line, right on its arrow, under its ports. Two short lines rather than one long one: in
    // a left-to-right figure a label's width widens the gap between two columns, its height only
    // the column.
    const QString number = bold(escaped(numbers(flows)));
    if (!bundled)
        return font(escaped(lines.join(QStringLiteral("; "))), 9) + QStringLiteral("<br/>") +
               font(number, 13, "#b0281a");
    QString label;
    for (const QString &line : std::as_const(lines))
        label += font(escaped(line), 9) + QStringLiteral("<br/>");
    return label + font(number, 13, "#b0281a");
}

QString DiagramLabels::numbersLabel(const QList<Flow> &flows)
{
    return font(bold(escaped(numbers(flows))), 13, "#b0281a");
}

QString DiagramLabels::title(const QString &title)
{
    return font(bold(escaped(title, kMaxPurposeLength)), 16);
}

QString DiagramLabels::legend(const QList<Flow> &flows, const Texts &texts, const QString &title)
{
    // One column: Graphviz spreads a wide title's width over every column of a table, which
    // would push the purposes away from their numbers.
    QStringList rows;
    if (!title.isEmpty())
        rows << DiagramLabels::title(title);
    rows << font(bold(escaped(texts.text(kContext, QT_TRANSLATE_NOOP("Diagram", "Flows")))), 11);
    // A number can stand for several rules (5: activation through the server, or straight to
    // Kaspersky): one row per distinct purpose.
    QStringList done;
    for (const QString &number : distinctNumbers(flows)) {
        for (const Flow &flow : flows) {
            const QString purpose = texts.text("Flow", flow.catalogRule().purpose);
            if (flow.number != number || done.contains(number + purpose))
                continue;
            done << number + purpose;
            rows << font(bold(escaped(number)), 10, "#b0281a") + QStringLiteral("  ") +
                        font(escaped(purpose, kMaxPurposeLength), 9);
        }
    }
    QString table = QStringLiteral("<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" "
                                   "cellpadding=\"1\">");
    for (const QString &row : std::as_const(rows))
        table += QStringLiteral("<tr><td align=\"left\">") + row + QStringLiteral("</td></tr>");
    return table + QStringLiteral("</table>");
}

QString DiagramLabels::note(const QString &text)
{
    return font(escaped(text), 12, "#555555");
}
