#pragma once

// Reading Portolan's SVG figures back in the diagram tests: nodes, edges and clusters with their
// shapes, texts and icons, distances and overlaps, and the graph counts of a DOT file. Inline:
// each test uses only some of them.

#include "diagrams/DiagramLabels.h"
#include "diagrams/DiagramOptions.h"
#include "model/FlowDeriver.h"
#include "model/Plan.h"
#include "model/Route.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <graphviz/cgraph.h>
#include <memory>

namespace {

struct SvgText
{
    QString text;
    QRectF box;
    bool bold = false;
};

struct SvgItem // one <g class="node|edge|cluster">
{
    QString id;
    QStringList classes;
    QList<QPointF> outline; // sampled path and shape points
    QList<SvgText> texts;
    QString title;           // Graphviz's: the node's name, or "tail->head" for an edge
    QStringList icons;       // the role id of each embedded icon (<g class="icon ROLE">)
    QList<QRectF> iconBoxes; // each icon's box in figure coordinates, from its transform

    QRectF outlineBox() const
    {
        QRectF box;
        for (const QPointF &p : outline)
            box = box.united(QRectF(p, QSizeF(0.001, 0.001)));
        return box;
    }
    QRectF textBox() const
    {
        QRectF box;
        for (const SvgText &t : texts)
            box = box.united(t.box);
        return box;
    }
    QStringList boldTexts() const
    {
        QStringList out;
        for (const SvgText &t : texts) {
            if (t.bold)
                out << t.text;
        }
        return out;
    }
};

struct Svg
{
    QList<SvgItem> nodes;
    QList<SvgItem> edges;
    QList<SvgItem> clusters;
    QStringList elementNames;
    QStringList allTexts;
    QString error;
};

inline QList<double> numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("-?\\d+(?:\\.\\d+)?"));
    QList<double> values;
    for (auto it = number.globalMatch(text); it.hasNext();)
        values << it.next().captured().toDouble();
    return values;
}

inline QList<QPointF> pointsIn(const QString &text)
{
    const QList<double> v = numbersIn(text);
    QList<QPointF> points;
    for (qsizetype i = 0; i + 1 < v.size(); i += 2)
        points << QPointF(v[i], v[i + 1]);
    return points;
}

// Graphviz edge paths are "M p0 C p1 p2 p3 p4 p5 p6 …": cubic Béziers, sampled finely.
inline QList<QPointF> sampledPath(const QString &d)
{
    const QList<QPointF> p = pointsIn(d);
    if (p.size() < 4)
        return p;
    QList<QPointF> samples;
    for (qsizetype i = 0; i + 3 < p.size(); i += 3) {
        // A sample at least every point along the hull, so straight runs are covered too.
        const double hull = QLineF(p[i], p[i + 1]).length() + QLineF(p[i + 1], p[i + 2]).length() +
                            QLineF(p[i + 2], p[i + 3]).length();
        const int steps = std::max(24, int(hull));
        for (int step = 0; step <= steps; ++step) {
            const double t = double(step) / steps, u = 1 - t;
            samples << u * u * u * p[i] + 3 * u * u * t * p[i + 1] + 3 * u * t * t * p[i + 2] +
                           t * t * t * p[i + 3];
        }
    }
    return samples;
}

// Text extents from DejaVu Sans, the font Graphviz measured with and the SVG names.
inline QRectF textBox(const QString &text, const QPointF &anchor, double size, bool bold,
                      const QString &alignment)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(100);
    font.setBold(bold);
    const QFontMetricsF metrics(font);
    const double scale = size / 100.0;
    const double width = metrics.horizontalAdvance(text) * scale;
    double left = anchor.x();
    if (alignment == QStringLiteral("middle"))
        left -= width / 2;
    else if (alignment == QStringLiteral("end"))
        left -= width;
    return QRectF(left, anchor.y() - metrics.ascent() * scale, width,
                  (metrics.ascent() + metrics.descent()) * scale);
}

inline void readShape(QXmlStreamReader &xml, SvgItem &item)
{
    const auto a = xml.attributes();
    const QString name = xml.name().toString();
    if (name == QStringLiteral("path"))
        item.outline << sampledPath(a.value(QStringLiteral("d")).toString());
    else if (name == QStringLiteral("polygon") || name == QStringLiteral("polyline"))
        item.outline << pointsIn(a.value(QStringLiteral("points")).toString());
    else if (name == QStringLiteral("ellipse")) {
        const double cx = a.value(QStringLiteral("cx")).toDouble();
        const double cy = a.value(QStringLiteral("cy")).toDouble();
        const double rx = a.value(QStringLiteral("rx")).toDouble();
        const double ry = a.value(QStringLiteral("ry")).toDouble();
        item.outline << QPointF(cx - rx, cy - ry) << QPointF(cx + rx, cy + ry);
    }
}

// "translate(x,y) scale(s)" of a 48-unit icon (resources/icons) -> the box it covers.
inline QRectF iconBox(QStringView transform)
{
    const QList<double> v = numbersIn(transform.toString());
    if (v.size() != 3)
        return {};
    return QRectF(v[0], v[1], 48 * v[2], 48 * v[2]);
}

inline SvgText readText(QXmlStreamReader &xml)
{
    const auto a = xml.attributes();
    const QPointF anchor(a.value(QStringLiteral("x")).toDouble(),
                         a.value(QStringLiteral("y")).toDouble());
    const double size = a.value(QStringLiteral("font-size")).toDouble();
    const bool bold = a.value(QStringLiteral("font-weight")) == QStringLiteral("bold");
    const QString alignment = a.value(QStringLiteral("text-anchor")).toString();
    const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    return {text, textBox(text, anchor, size, bold, alignment), bold};
}

inline Svg parseSvg(const QByteArray &data)
{
    Svg svg;
    QXmlStreamReader xml(data);
    SvgItem *current = nullptr;
    int depth = 0, itemDepth = -1;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (--depth < itemDepth) {
                current = nullptr;
                itemDepth = -1;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        svg.elementNames << xml.name().toString();
        const QStringList classes = xml.attributes()
                                        .value(QStringLiteral("class"))
                                        .toString()
                                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (xml.name() == QStringLiteral("g") && classes.contains(QStringLiteral("icon"))) {
            // An icon draws in its own coordinates under a transform: not part of the outline.
            if (current) {
                current->icons << classes.value(1);
                current->iconBoxes << iconBox(xml.attributes().value(QStringLiteral("transform")));
            }
            xml.skipCurrentElement();
            --depth; // skipCurrentElement consumed the end element
            continue;
        }
        if (xml.name() == QStringLiteral("g") && !classes.isEmpty()) {
            QList<SvgItem> *list = classes.contains(QStringLiteral("edge"))      ? &svg.edges
                                   : classes.contains(QStringLiteral("node"))    ? &svg.nodes
                                   : classes.contains(QStringLiteral("cluster")) ? &svg.clusters
                                                                                 : nullptr;
            if (list) {
                list->append({xml.attributes().value(QStringLiteral("id")).toString(),
                              classes,
                              {},
                              {},
                              {},
                              {},
                              {}});
                current = &list->last();
                itemDepth = depth;
            }
            continue;
        }
        if (xml.name() == QStringLiteral("title")) {
            const QString title = xml.readElementText();
            --depth; // readElementText consumed the end element
            if (current)
                current->title = title;
            continue;
        }
        if (xml.name() == QStringLiteral("text")) {
            const SvgText text = readText(xml);
            --depth; // readElementText consumed the end element
            svg.allTexts << text.text;
            if (current)
                current->texts << text;
            continue;
        }
        if (current)
            readShape(xml, *current);
    }
    if (xml.hasError())
        svg.error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return svg;
}

inline double distance(const QRectF &box, const QPointF &p)
{
    const double dx = std::max({box.left() - p.x(), 0.0, p.x() - box.right()});
    const double dy = std::max({box.top() - p.y(), 0.0, p.y() - box.bottom()});
    return std::hypot(dx, dy);
}

inline double distance(const QRectF &box, const QList<QPointF> &points)
{
    double best = std::numeric_limits<double>::max();
    for (const QPointF &p : points)
        best = std::min(best, distance(box, p));
    return best;
}

// Boxes that merely touch are not overlapping labels; half a point of slack absorbs rounding.
inline bool overlap(const QRectF &a, const QRectF &b)
{
    return a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b.adjusted(0.5, 0.5, -0.5, -0.5));
}

inline QList<Flow> drawnFlows(const Plan &plan, bool clouds = true)
{
    QList<Flow> drawn;
    for (const Flow &flow : FlowDeriver::derive(plan).flows) {
        const bool cloud = Catalog::roleInfo(plan.device(flow.from)->role).cloud ||
                           Catalog::roleInfo(plan.device(flow.to)->role).cloud;
        // A flow with no hop to draw (local, or among the entries of one group) has no arrow.
        if (!Route::hops(plan, flow).isEmpty() && (clouds || !cloud))
            drawn << flow;
    }
    return drawn;
}

inline Plan withNames(Plan plan, const QString &name)
{
    plan.title = name;
    for (Device &device : plan.devices)
        device.name = name;
    for (Zone &zone : plan.zones)
        zone.name = name;
    return plan;
}

// What a label shows for a name: control characters as spaces, whitespace simplified, cut at 60.
inline QString shownName(const QString &name)
{
    QString cleaned;
    for (const QChar c : name)
        cleaned += c.category() == QChar::Other_Control ? QLatin1Char(' ') : c;
    cleaned = cleaned.simplified();
    if (cleaned.size() > DiagramLabels::MaxNameLength)
        return cleaned.left(40); // a prefix is enough to recognise it
    return cleaned;
}

inline qint64 nonWhitePixels(const QImage &image)
{
    qint64 count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            count += qGray(line[x]) < 128 ? 1 : 0;
    }
    return count;
}

// Feeds `input` to a program's standard input; its standard output when it exits with 0.
inline std::optional<QByteArray> runFilter(const QString &program, const QStringList &arguments,
                                           const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s: %s", qPrintable(program), process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

struct GraphCounts
{
    int nodes = -1;
    int edges = -1;
};

inline GraphCounts countGraph(const QByteArray &dot)
{
    Agraph_t *graph = agmemread(dot.constData());
    if (!graph)
        return {};
    const GraphCounts counts{agnnodes(graph), agnedges(graph)};
    agclose(graph);
    return counts;
}

} // namespace
