#include "diagrams/DrawioExport.h"
#include "diagrams/RoleStyle.h"

#include "diagrams/DiagramLabels.h"
#include "exports/PlanReport.h"
#include "model/Checklist.h"
#include "model/DocTopics.h"

#include <QFile>
#include <QXmlStreamWriter>

#include <algorithm>

namespace {

const char *const kContext = "Diagram";

// A node's icon is drawn at most this size (points), at the left of the box dot gave the node;
// the label runs to its right.
constexpr qreal kIconSize = 32;

QString number(qreal value)
{
    return QString::number(qRound64(value * 100) / 100.0, 'g', 12);
}

void writeGeometry(QXmlStreamWriter &xml, const QRectF &box)
{
    xml.writeStartElement(QStringLiteral("mxGeometry"));
    xml.writeAttribute(QStringLiteral("x"), number(box.x()));
    xml.writeAttribute(QStringLiteral("y"), number(box.y()));
    xml.writeAttribute(QStringLiteral("width"), number(box.width()));
    xml.writeAttribute(QStringLiteral("height"), number(box.height()));
    xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    xml.writeEndElement();
}

// Plan texts in labels are cut like the figure's; the shape data keeps them whole.
QString cut(const QString &text, int length = DiagramLabels::MaxNameLength)
{
    const QString clean = DrawioExport::xmlText(text).simplified();
    if (clean.size() <= length)
        return clean;
    int end = length;
    if (clean.at(end - 1).isHighSurrogate())
        --end;
    return clean.left(end) + QStringLiteral("…");
}

QStringList distinct(const QStringList &items)
{
    QStringList out;
    for (const QString &item : items) {
        if (!item.isEmpty() && !out.contains(item))
            out << item;
    }
    return out;
}

} // namespace

DrawioExport::DrawioExport(const Analysis &analysis, const Figure &figure,
                           const FigureGeometry &geometry, const DiagramOptions &options)
    : m_plan(analysis.plan()), m_figure(figure), m_geometry(geometry), m_options(options)
{}

QString DrawioExport::xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
            continue;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            out += c;
        } else {
            out += c.category() == QChar::Other_Control ? QLatin1Char(' ') : c;
        }
    }
    return out;
}

QString DrawioExport::iconUri(Catalog::Role role)
{
    // Read once per process: the icons are part of the program.
    static const QHash<int, QString> uris = [] {
        QHash<int, QString> all;
        for (const Catalog::RoleInfo &info : Catalog::roles()) {
            QFile file(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(info.id)));
            if (file.open(QIODevice::ReadOnly))
                all.insert(int(info.role), QStringLiteral("data:image/svg+xml,") +
                                               QString::fromLatin1(file.readAll().toBase64()));
        }
        return all;
    }();
    return uris.value(int(role));
}

QString DrawioExport::uniqueId(const QString &wanted)
{
    // Ids come from plan ids; should two clash after cleaning, the later gets a suffix.
    QString id = xmlText(wanted).simplified();
    for (int n = 2; m_ids.contains(id); ++n)
        id = xmlText(wanted).simplified() + QStringLiteral("~%1").arg(n);
    m_ids.insert(id);
    return id;
}

QByteArray DrawioExport::write()
{
    m_ids = {QStringLiteral("0"), QStringLiteral("1")};
    m_zoneCells.clear();
    m_zoneOrigins.clear();
    m_nodeCells.clear();
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("mxfile"));
    xml.writeAttribute(QStringLiteral("host"), QStringLiteral("Portolan"));
    xml.writeStartElement(QStringLiteral("diagram"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("portolan"));
    const QString title = cut(m_plan.title, 120);
    xml.writeAttribute(QStringLiteral("name"),
                       title.isEmpty() ? QStringLiteral("Portolan") : title);
    xml.writeStartElement(QStringLiteral("mxGraphModel"));
    const QList<std::pair<const char *, QString>> model = {
        {"grid", QStringLiteral("1")},      {"gridSize", QStringLiteral("10")},
        {"guides", QStringLiteral("1")},    {"tooltips", QStringLiteral("1")},
        {"connect", QStringLiteral("1")},   {"arrows", QStringLiteral("1")},
        {"fold", QStringLiteral("1")},      {"page", QStringLiteral("0")},
        {"pageScale", QStringLiteral("1")}, {"pageWidth", number(m_geometry.bounds.width())},
        {"math", QStringLiteral("0")},      {"pageHeight", number(m_geometry.bounds.height())},
        {"shadow", QStringLiteral("0")},
    };
    for (const auto &[name, value] : model)
        xml.writeAttribute(QLatin1String(name), value);
    xml.writeStartElement(QStringLiteral("root"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));
    writeTitle(xml);
    writeZones(xml);
    writeNodes(xml);
    writeArrows(xml);
    xml.writeEndDocument(); // closes root, mxGraphModel, diagram and mxfile
    return bytes;
}

void DrawioExport::writeText(QXmlStreamWriter &xml, const QString &id, const QString &text,
                             const QRectF &box, const QString &style)
{
    xml.writeStartElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), uniqueId(id));
    xml.writeAttribute(QStringLiteral("value"), text);
    xml.writeAttribute(QStringLiteral("style"), style);
    xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
    writeGeometry(xml, box);
    xml.writeEndElement();
}

void DrawioExport::writeTitle(QXmlStreamWriter &xml)
{
    const QString textStyle =
        QStringLiteral("text;html=0;whiteSpace=wrap;align=left;verticalAlign=top;");
    if (m_figure.nodes.isEmpty()) {
        const QString note =
            m_options.texts.text(kContext, QT_TRANSLATE_NOOP("Diagram", "The plan has no devices"));
        writeText(xml, QStringLiteral("note"), note, QRectF(0, 0, 240, 40), textStyle);
        return;
    }
    // The figure's own label is its title, or the legend (with the title) under the figure.
    const bool legend = (m_options.legend || m_figure.numbersOnly) && !m_figure.arrows.isEmpty();
    const QString text = legend ? legendText() : cut(m_plan.title, 160);
    if (text.isEmpty() || m_geometry.label.isNull())
        return;
    writeText(xml, legend ? QStringLiteral("legend") : QStringLiteral("title"), text,
              m_geometry.label,
              textStyle + (legend ? QStringLiteral("fontSize=10;")
                                  : QStringLiteral("fontSize=16;fontStyle=1;")));
}

QString DrawioExport::legendText() const
{
    QList<Flow> drawn;
    for (const FigureArrow &arrow : m_figure.arrows)
        drawn << arrow.flows;
    QStringList lines;
    if (!m_plan.title.isEmpty())
        lines << cut(m_plan.title, 160);
    lines << m_options.texts.text(kContext, QT_TRANSLATE_NOOP("Diagram", "Flows"));
    for (const QString &n : DiagramLabels::numbers(drawn).split(QStringLiteral(", "))) {
        QStringList purposes;
        for (const Flow &flow : drawn) {
            if (flow.number == n)
                purposes << m_options.texts.text("Flow", flow.catalogRule().purpose);
        }
        for (const QString &purpose : distinct(purposes))
            lines << n + QStringLiteral("  ") + purpose;
    }
    return lines.join(QLatin1Char('\n'));
}

void DrawioExport::writeZones(QXmlStreamWriter &xml)
{
    for (const Zone &zone : m_plan.zones) {
        const auto box = m_geometry.zones.constFind(zone.id);
        if (box == m_geometry.zones.cend() || m_zoneCells.contains(zone.id))
            continue;
        const QString id = uniqueId(QStringLiteral("zone:") + zone.id);
        m_zoneCells.insert(zone.id, id);
        m_zoneOrigins.insert(zone.id, box->topLeft());
        const QString fill = QLatin1String(RoleStyle::zoneFill(zone.kind));
        xml.writeStartElement(QStringLiteral("object"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("label"), cut(zone.displayName()));
        xml.writeAttribute(QStringLiteral("kind"), QStringLiteral("zone"));
        xml.writeAttribute(QStringLiteral("zone"), xmlText(zone.id));
        xml.writeAttribute(QStringLiteral("zoneKind"),
                           QLatin1String(Catalog::zoneKindInfo(zone.kind).id));
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(
            QStringLiteral("style"),
            QStringLiteral("swimlane;html=0;whiteSpace=wrap;container=1;collapsible=0;rounded=1;"
                           "startSize=26;align=left;spacingLeft=10;fontStyle=1;fontSize=12;"
                           "strokeColor=#9a9a9a;fillColor=%1;swimlaneFillColor=%1;")
                .arg(fill));
        xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        writeGeometry(xml, *box);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}

QString DrawioExport::nodeLabel(const FigureNode &node) const
{
    const Texts &texts = m_options.texts;
    const Device &device = m_plan.devices[node.device];
    const QString role = texts.text("Role", Catalog::roleInfo(device.role).name);
    if (node.site) {
        const SiteCounts &c = node.counts;
        QStringList lines = {
            cut(device.displayName()),
            texts.text(kContext, QT_TRANSLATE_NOOP("Diagram", "Administration Server site"))};
        const auto plural = [&texts](Catalog::Role r, qint64 n) {
            return texts.text("Role", Catalog::roleInfo(r).plural, n);
        };
        if (c.sites > 1)
            lines << plural(Catalog::Role::AdministrationServer, c.sites);
        lines << texts.text(kContext, QT_TRANSLATE_N_NOOP("Diagram", "%n device(s)"), c.devices);
        if (c.gateways > 0)
            lines << plural(Catalog::Role::ConnectionGateway, c.gateways);
        if (c.distributionPoints > 0)
            lines << plural(Catalog::Role::DistributionPoint, c.distributionPoints);
        if (c.findings > 0)
            lines << texts.text(kContext, QT_TRANSLATE_N_NOOP("Diagram", "%n finding(s)"),
                                c.findings);
        return lines.join(QLatin1Char('\n'));
    }
    const QString times = texts.text(kContext, QT_TRANSLATE_NOOP("Diagram", "× %1"));
    if (node.devices.size() <= 1) {
        QString label = cut(device.displayName()) + QLatin1Char('\n') + role;
        if (device.count > 1)
            label += QLatin1Char('\n') + times.arg(texts.number(device.count));
        return label;
    }
    qint64 total = 0;
    for (const int member : node.devices)
        total += m_plan.devices[member].count;
    QString count =
        texts.text(kContext, QT_TRANSLATE_N_NOOP("Diagram", "%n entries"), node.devices.size());
    if (total > node.devices.size())
        count += QStringLiteral(" · ") + times.arg(texts.number(total));
    return cut(device.displayName()) + QStringLiteral(" …\n") + role + QLatin1Char('\n') + count;
}

void DrawioExport::writeNodes(QXmlStreamWriter &xml)
{
    const Texts &texts = m_options.texts;
    for (int i = 0; i < m_figure.nodes.size(); ++i) {
        const FigureNode &node = m_figure.nodes[i];
        const Device &device = m_plan.devices[node.device];
        const QString id =
            uniqueId((node.site ? QStringLiteral("site:") : QStringLiteral("device:")) + device.id);
        m_nodeCells << id;
        const QString parent = m_zoneCells.value(node.zone, QStringLiteral("1"));
        QRectF box = m_geometry.nodes.value(i);
        box.translate(-m_zoneOrigins.value(node.zone)); // a child is placed in its container
        xml.writeStartElement(QStringLiteral("object"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("label"), nodeLabel(node));
        xml.writeAttribute(QStringLiteral("kind"),
                           node.site ? QStringLiteral("site") : QStringLiteral("device"));
        xml.writeAttribute(QStringLiteral("name"), xmlText(device.displayName()));
        xml.writeAttribute(QStringLiteral("role"),
                           texts.text("Role", Catalog::roleInfo(device.role).name));
        qint64 devices = 0;
        QStringList ids;
        for (const int member : node.devices) {
            devices += m_plan.devices[member].count;
            ids << xmlText(m_plan.devices[member].id);
        }
        if (node.site) {
            xml.writeAttribute(QStringLiteral("devices"), QString::number(node.counts.devices));
            xml.writeAttribute(QStringLiteral("findings"), QString::number(node.counts.findings));
        } else {
            xml.writeAttribute(QStringLiteral("entries"), QString::number(node.devices.size()));
            xml.writeAttribute(QStringLiteral("devices"), QString::number(devices));
            xml.writeAttribute(QStringLiteral("ids"), ids.join(QStringLiteral(", ")));
        }
        xml.writeStartElement(QStringLiteral("mxCell"));
        const QString icon = iconUri(device.role);
        if (node.site) {
            // A site box keeps dot's size: its counts are its content.
            xml.writeAttribute(QStringLiteral("style"),
                               QStringLiteral("shape=label;html=0;whiteSpace=wrap;rounded=1;"
                                              "image=%1;imageWidth=%2;imageHeight=%2;"
                                              "imageAlign=left;imageVerticalAlign=top;align=left;"
                                              "verticalAlign=top;spacingLeft=%3;fontSize=10;"
                                              "fillColor=#f1f8f1;strokeColor=#5b8c5a;"
                                              "strokeWidth=1.6;")
                                   .arg(icon, number(kIconSize), number(kIconSize + 12)));
        } else {
            // The icon is the shape, the label beside it, where dot left room for the text.
            const qreal side = std::min({kIconSize, box.width(), box.height()});
            box = QRectF(box.left(), box.center().y() - side / 2, side, side);
            xml.writeAttribute(QStringLiteral("style"),
                               QStringLiteral("shape=image;html=0;image=%1;aspect=fixed;"
                                              "imageAspect=1;labelPosition=right;align=left;"
                                              "verticalLabelPosition=middle;verticalAlign=middle;"
                                              "spacingLeft=4;fontSize=10;")
                                   .arg(icon));
        }
        xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), parent);
        writeGeometry(xml, box);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}

QString DrawioExport::arrowLabel(const FigureArrow &arrow) const
{
    const QString numbers = DiagramLabels::numbers(arrow.flows);
    if (m_figure.numbersOnly)
        return numbers;
    QStringList transports;
    for (const Flow &flow : arrow.flows)
        transports << PlanReport::flowLabel(flow);
    return numbers + QStringLiteral(" · ") + distinct(transports).join(QStringLiteral("; "));
}

void DrawioExport::writeArrows(QXmlStreamWriter &xml)
{
    const Texts &texts = m_options.texts;
    for (int i = 0; i < m_figure.arrows.size(); ++i) {
        const FigureArrow &arrow = m_figure.arrows[i];
        const QString numbers = DiagramLabels::numbers(arrow.flows);
        const QString source = m_nodeCells.value(arrow.from);
        const QString target = m_nodeCells.value(arrow.to);
        const QString id = uniqueId(QStringLiteral("flow:%1:%2>%3").arg(numbers, source, target));
        QStringList ports, protocols, purposes, topics, vias;
        for (const Flow &flow : arrow.flows) {
            ports << PlanReport::flowLabel(flow);
            protocols << Checklist::transportText(flow.transport);
            purposes << flow.number + QStringLiteral(": ") +
                            texts.text("Flow", flow.catalogRule().purpose);
            topics << DocTopics::forFlow(flow.number);
            if (flow.viaIndex >= 0)
                vias << xmlText(m_plan.devices[flow.viaIndex].displayName());
        }
        const bool udp = std::all_of(arrow.flows.begin(), arrow.flows.end(), [](const Flow &f) {
            return f.transport == Catalog::Transport::Udp;
        });
        const bool push = !arrow.flows.isEmpty() && arrow.flows.first().push;
        xml.writeStartElement(QStringLiteral("object"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("label"), arrowLabel(arrow));
        xml.writeAttribute(QStringLiteral("kind"), QStringLiteral("flow"));
        xml.writeAttribute(QStringLiteral("flow"), numbers);
        xml.writeAttribute(QStringLiteral("ports"), distinct(ports).join(QStringLiteral("; ")));
        xml.writeAttribute(QStringLiteral("protocol"),
                           distinct(protocols).join(QStringLiteral(", ")));
        xml.writeAttribute(QStringLiteral("purpose"), distinct(purposes).join(QLatin1Char('\n')));
        xml.writeAttribute(QStringLiteral("topic"), distinct(topics).join(QStringLiteral(", ")));
        xml.writeAttribute(QStringLiteral("via"), distinct(vias).join(QStringLiteral(", ")));
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(
            QStringLiteral("style"),
            QStringLiteral("html=0;curved=1;endArrow=block;endFill=1;endSize=6;fontSize=10;"
                           "fontColor=#b0281a;labelBackgroundColor=#ffffff;strokeColor=%1;"
                           "strokeWidth=%2;dashed=%3;")
                .arg(QLatin1String(udp ? "#8c8c8c" : (push ? "#2f6db5" : "#262626")),
                     QLatin1String(udp ? "1" : "1.4"), QLatin1String(udp ? "1" : "0")));
        xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("source"), source);
        xml.writeAttribute(QStringLiteral("target"), target);
        xml.writeStartElement(QStringLiteral("mxGeometry"));
        xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        // dot's route without its ends: draw.io joins the ends to the shapes itself.
        const QList<QPointF> route = m_geometry.arrows.value(i);
        if (route.size() > 2) {
            xml.writeStartElement(QStringLiteral("Array"));
            xml.writeAttribute(QStringLiteral("as"), QStringLiteral("points"));
            for (qsizetype p = 1; p + 1 < route.size(); ++p) {
                xml.writeEmptyElement(QStringLiteral("mxPoint"));
                xml.writeAttribute(QStringLiteral("x"), number(route[p].x()));
                xml.writeAttribute(QStringLiteral("y"), number(route[p].y()));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
