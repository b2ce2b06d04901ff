// How the figure looks on paper: every node with its role's icon, embedded as vector elements
// (no external reference; merged nodes, site boxes and the Russian figure too) and drawn in the
// PNG; the reference figure on an A3 landscape page with readable text, its arrows to the clouds
// not looping around it, and its 1200 dpi PNG within the pixel budget.
#include "diagrams/DiagramRenderer.h"
#include "diagrams/FigureIcons.h"
#include "diagrams/RoleIcons.h"
#include "diagrams/SvgExport.h"
#include "model/Analysis.h"
#include "model/io/Templates.h"
#include "tests/support/DiagramSvg.h"
#include "tests/support/EstatePlans.h"

#include <QtTest>

Q_DECLARE_METATYPE(Plan)

namespace {

using View = DiagramOptions::View;

// A3 landscape (420 × 297 mm) in points, and the smallest text a printed figure may have.
constexpr double kA3Width = 420 / 25.4 * 72;
constexpr double kA3Height = 297 / 25.4 * 72;
constexpr double kSmallestPrintedText = 6;

QSizeF viewBoxSize(const QByteArray &svg)
{
    static const QRegularExpression viewBox(
        QStringLiteral("viewBox=\"[-\\d.]+ [-\\d.]+ ([\\d.]+) ([\\d.]+)\""));
    const QRegularExpressionMatch match = viewBox.match(QString::fromUtf8(svg));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble())
                            : QSizeF();
}

// Graphviz draws in a group moved by "translate(x y)"; icon and node boxes are inside it.
QPointF graphOffset(const QByteArray &svg)
{
    static const QRegularExpression graph(
        QStringLiteral("class=\"graph\" transform=\"[^\"]*translate\\(([-\\d.]+) ([-\\d.]+)\\)"));
    const QRegularExpressionMatch match = graph.match(QString::fromUtf8(svg));
    return QPointF(match.captured(1).toDouble(), match.captured(2).toDouble());
}

QList<double> fontSizes(const QByteArray &svg)
{
    static const QRegularExpression size(QStringLiteral("font-size=\"([\\d.]+)\""));
    QList<double> sizes;
    for (const auto &match : size.globalMatch(QString::fromUtf8(svg)))
        sizes << match.captured(1).toDouble();
    return sizes;
}

// The role an SVG node stands for: Graphviz titles nodes "d<entry>" and site boxes "site<server>".
QString expectedIcon(const Plan &plan, const SvgItem &node)
{
    static const QRegularExpression name(QStringLiteral("^(d|site)(\\d+)$"));
    const QRegularExpressionMatch match = name.match(node.title);
    if (!match.hasMatch())
        return {};
    const int device = match.captured(2).toInt();
    return QLatin1String(Catalog::roleInfo(plan.devices.value(device).role).id);
}

const SvgItem *nodeTitled(const Svg &svg, const QString &title)
{
    for (const SvgItem &node : svg.nodes) {
        if (node.title == title)
            return &node;
    }
    return nullptr;
}

} // namespace

class TestFigureLook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRoleHasAnIcon();
    void iconFilesCannotReachOutside();
    void iconsAreEmbedded_data();
    void iconsAreEmbedded();
    void noIconsDrawsShapes();
    void iconsAreDrawnInPng_data();
    void iconsAreDrawnInPng();
    void referenceFitsA3_data();
    void referenceFitsA3();
    void arrowsDoNotLoopAroundTheFigure_data();
    void arrowsDoNotLoopAroundTheFigure();
    void referencePngAt1200Dpi();

private:
    QByteArray svgOf(const Plan &plan, const DiagramOptions &options);
    std::unique_ptr<DiagramRenderer> m_renderer;
    Plan m_gateway;
};

void TestFigureLook::initTestCase()
{
    m_renderer = std::make_unique<DiagramRenderer>();
    m_gateway = *Templates::load(QStringLiteral("gateway"));
}

QByteArray TestFigureLook::svgOf(const Plan &plan, const DiagramOptions &options)
{
    QString error;
    const std::optional<QByteArray> svg = m_renderer->svg(Analysis(plan), options, &error);
    if (!svg)
        qWarning("%s", qPrintable(error));
    return svg.value_or(QByteArray());
}

void TestFigureLook::everyRoleHasAnIcon()
{
    for (const Catalog::RoleInfo &role : Catalog::roles()) {
        const RoleIcons::Icon &icon = RoleIcons::of(role.role);
        QVERIFY2(!icon.isNull(), role.id);
        QCOMPARE(icon.viewBox, QRectF(0, 0, 48, 48)); // the palette's icons
        QVERIFY2(icon.elements(QString()).contains(QLatin1Char('<')), role.id);
    }
}

// Icons are our files, but whatever an icon holds, the figure must not depend on another file,
// run code or clash with another icon's ids.
void TestFigureLook::iconFilesCannotReachOutside()
{
    const RoleIcons::Icon icon = RoleIcons::parse(
        R"svg(<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" )svg"
        R"svg(viewBox="2 4 20 10" fill="red" onload="alert(1)">)svg"
        R"svg(<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>)svg"
        R"svg(<rect width="4" height="4" fill="url(#g)" onclick="x()"/>)svg"
        R"svg(<use xlink:href="#g"/><image href="/etc/passwd.svg"/><use href="file:///x.svg#a"/>)svg"
        R"svg(<script>alert(2)</script><foreignObject><p>html</p></foreignObject></svg>)svg");
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.viewBox, QRectF(2, 4, 20, 10));
    QCOMPARE(icon.rootAttributes, QStringLiteral(" fill=\"red\""));
    const QString elements = icon.elements(QStringLiteral("n7-"));
    QVERIFY2(elements.contains(QStringLiteral("id=\"n7-g\"")), qPrintable(elements));
    QVERIFY2(elements.contains(QStringLiteral("fill=\"url(#n7-g)\"")), qPrintable(elements));
    QVERIFY2(elements.contains(QStringLiteral("xlink:href=\"#n7-g\"")), qPrintable(elements));
    for (const char *gone :
         {"passwd", "file:", "script", "alert", "foreignObject", "onclick", "<p>"})
        QVERIFY2(!elements.contains(QLatin1String(gone)), gone);
    QVERIFY(RoleIcons::parse("<html><svg viewBox=\"0 0 1 1\"/></html>").isNull());
    QVERIFY(RoleIcons::parse("<svg viewBox=\"0 0 48 48\"><rect").isNull());
}

void TestFigureLook::iconsAreEmbedded_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("site");
    for (const QString &name : Templates::names())
        QTest::addRow("%s", qPrintable(name))
            << *Templates::load(name) << int(View::Detail) << "en" << QString();
    QTest::newRow("gateway, Russian") << m_gateway << int(View::Detail) << "ru" << QString();
    const Plan estate = estatePlan(2, 2, 3);
    QTest::newRow("merged entries") << estate << int(View::Detail) << "en" << QString();
    QTest::newRow("merged entries, Russian") << estate << int(View::Detail) << "ru" << QString();
    QTest::newRow("overview") << estate << int(View::Overview) << "en" << QString();
    QTest::newRow("overview, Russian") << estate << int(View::Overview) << "ru" << QString();
    QTest::newRow("one site") << estate << int(View::Site) << "en"
                              << "region1-ksc";
}

void TestFigureLook::iconsAreEmbedded()
{
    QFETCH(Plan, plan);
    QFETCH(int, view);
    QFETCH(QString, language);
    QFETCH(QString, site);
    DiagramOptions options;
    options.view = View(view);
    options.site = site;
    options.texts = Texts::forLanguage(language);
    const QByteArray data = svgOf(plan, options);
    QVERIFY(!data.isEmpty());
    // One self-contained file: no image, no reference to anything but itself.
    QVERIFY(!data.contains("<image"));
    QVERIFY(!data.contains("file:"));
    QVERIFY(!QString::fromUtf8(data).contains(QRegularExpression(QStringLiteral("href=\"[^#]"))));
    QVERIFY(!data.contains(FigureIcons::Marker)); // every reserved cell became an icon
    const Svg svg = parseSvg(data);
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY(!svg.nodes.isEmpty());
    bool merged = false, siteBox = false;
    for (const SvgItem &node : svg.nodes) {
        QCOMPARE(node.icons, QStringList{expectedIcon(plan, node)});
        // The icon sits inside its node, above the name.
        const QRectF outline = node.outlineBox().adjusted(-0.5, -0.5, 0.5, 0.5);
        QVERIFY2(outline.contains(node.iconBoxes.first()), qPrintable(node.title));
        QVERIFY2(node.iconBoxes.first().center().y() < node.texts.first().box.top(),
                 qPrintable(node.title));
        QVERIFY(node.iconBoxes.first().width() >= 20);
        merged = merged || std::any_of(node.texts.begin(), node.texts.end(), [](const SvgText &t) {
                     return t.text.contains(QStringLiteral(" entries"));
                 });
        siteBox = siteBox || node.classes.contains(QStringLiteral("site"));
    }
    if (QTest::currentDataTag() == QByteArrayLiteral("merged entries"))
        QVERIFY(merged);
    if (options.view != View::Detail)
        QVERIFY(siteBox);
    // Icon ids stay unique when several icons of one role are inlined.
    QStringList ids;
    for (const auto &match : QRegularExpression(QStringLiteral(" id=\"([^\"]*)\""))
                                 .globalMatch(QString::fromUtf8(data)))
        ids << match.captured(1);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
}

void TestFigureLook::noIconsDrawsShapes()
{
    DiagramOptions options;
    options.icons = false;
    const QByteArray data = svgOf(m_gateway, options);
    QVERIFY(!data.contains("class=\"icon"));
    QVERIFY(!data.contains(FigureIcons::Marker));
    const Svg svg = parseSvg(data);
    QCOMPARE(svg.nodes.size(), m_gateway.devices.size());
    for (const SvgItem &node : svg.nodes)
        QVERIFY(node.icons.isEmpty());
    // The clouds are ellipses again, as before icons.
    const SvgItem *kaspersky = nodeTitled(
        svg, QStringLiteral("d%1").arg(m_gateway.deviceIndex(QStringLiteral("kaspersky"))));
    QVERIFY(kaspersky && !kaspersky->outline.isEmpty());
    QVERIFY(data.contains("<ellipse"));
}

void TestFigureLook::iconsAreDrawnInPng_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("48 dpi") << 48;
    QTest::newRow("96 dpi") << 96;
    QTest::newRow("300 dpi") << 300;
}

// Qt's SVG renderer draws the inline icons (it would not draw an SVG inside <image>): the
// Administration Server's icon is a blue tower, so its box in the PNG is largely that blue, at
// any resolution.
void TestFigureLook::iconsAreDrawnInPng()
{
    QFETCH(int, dpi);
    const QByteArray data = svgOf(m_gateway, {});
    const Svg svg = parseSvg(data);
    const SvgItem *server =
        nodeTitled(svg, QStringLiteral("d%1").arg(m_gateway.deviceIndex(QStringLiteral("ksc"))));
    QVERIFY(server && server->iconBoxes.size() == 1);
    QString error;
    const std::optional<QByteArray> png = SvgExport::toPng(data, dpi, &error);
    QVERIFY2(png, qPrintable(error));
    const QImage image = QImage::fromData(*png, "PNG").convertToFormat(QImage::Format_RGB32);
    const double scale = dpi / 72.0;
    const QRectF box = server->iconBoxes.first().translated(graphOffset(data));
    const QRect pixels = QRectF(box.topLeft() * scale, box.size() * scale).toRect();
    QVERIFY(image.rect().contains(pixels));
    const QColor blue(0x1e, 0x88, 0xe5); // the tower's fill in administration-server.svg
    qint64 tower = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            tower += std::abs(c.red() - blue.red()) + std::abs(c.green() - blue.green()) +
                         std::abs(c.blue() - blue.blue()) <
                     30;
        }
    }
    const double share = double(tower) / (qint64(pixels.width()) * pixels.height());
    // About a third of the box at 96 dpi and more; at 48 dpi the 16-pixel icon's edges blend.
    QVERIFY2(share > (dpi < 96 ? 0.08 : 0.2) && share < 0.5, qPrintable(QString::number(share)));
}

void TestFigureLook::referenceFitsA3_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Russian") << "ru";
}

// Printed across an A3 landscape page, the reference figure's smallest text is at least 6 pt
// (it was 3.5 pt when the figure was 2,600 × 650 pt).
void TestFigureLook::referenceFitsA3()
{
    QFETCH(QString, language);
    DiagramOptions options;
    options.texts = Texts::forLanguage(language);
    const QByteArray data = svgOf(m_gateway, options);
    const QSizeF size = viewBoxSize(data);
    QVERIFY(!size.isEmpty());
    // The width and height the SVG declares are the viewBox's, in points.
    QVERIFY(data.contains(QStringLiteral("width=\"%1pt\"").arg(qRound(size.width())).toUtf8()));
    QVERIFY(data.contains(QStringLiteral("height=\"%1pt\"").arg(qRound(size.height())).toUtf8()));
    const QList<double> sizes = fontSizes(data);
    QVERIFY(sizes.size() > 40);
    const double smallest = *std::min_element(sizes.begin(), sizes.end());
    const double scale = std::min(kA3Width / size.width(), kA3Height / size.height());
    QVERIFY2(smallest * scale >= kSmallestPrintedText,
             qPrintable(QStringLiteral("%1 × %2 pt, smallest text %3 pt, on A3 %4 pt")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(smallest)
                            .arg(smallest * scale)));
}

void TestFigureLook::arrowsDoNotLoopAroundTheFigure_data()
{
    referenceFitsA3_data();
}

// Each arrow stays between its two ends from left to right, and within the band of the zone
// boxes from top to bottom: the arrows to the clouds (8, 10) and 9a, 16, 17 used to run 70 to
// 180 pt above or below every zone, around the figure.
void TestFigureLook::arrowsDoNotLoopAroundTheFigure()
{
    QFETCH(QString, language);
    DiagramOptions options;
    options.texts = Texts::forLanguage(language);
    const Svg svg = parseSvg(svgOf(m_gateway, options));
    QCOMPARE(svg.clusters.size(), m_gateway.zones.size());
    double top = std::numeric_limits<double>::max(), bottom = -top;
    for (const SvgItem &zone : svg.clusters) {
        top = std::min(top, zone.outlineBox().top());
        bottom = std::max(bottom, zone.outlineBox().bottom());
    }
    for (const SvgItem &edge : svg.edges) {
        const QStringList ends = edge.title.split(QStringLiteral("->"));
        QCOMPARE(ends.size(), 2);
        const SvgItem *from = nodeTitled(svg, ends[0]);
        const SvgItem *to = nodeTitled(svg, ends[1]);
        QVERIFY(from && to);
        const QRectF span = from->outlineBox().united(to->outlineBox());
        const QRectF path = edge.outlineBox();
        const QString number = edge.boldTexts().value(0);
        QVERIFY2(path.left() >= span.left() - 20 && path.right() <= span.right() + 20,
                 qPrintable(number));
        QVERIFY2(path.top() >= top - 40 && path.bottom() <= bottom + 40, qPrintable(number));
    }
}

// `render gateway -o ref.png --dpi 1200` used to be refused. The image budget is the memory of A3
// at 1200 dpi; the reference figure is a little larger than A3 but drawn opaque, so it fits
// (checked without drawing the ~1 GB image here).
void TestFigureLook::referencePngAt1200Dpi()
{
    const QSizeF size = viewBoxSize(svgOf(m_gateway, {}));
    const QSize pixels = (size * SvgExport::MaxDpi / 72.0).toSize();
    QVERIFY2(qint64(pixels.width()) * pixels.height() <= SvgExport::MaxPixels,
             qPrintable(QStringLiteral("%1 × %2").arg(pixels.width()).arg(pixels.height())));
    QCOMPARE(SvgExport::maxDpiFor(size), SvgExport::MaxDpi);
}

QTEST_MAIN(TestFigureLook)
#include "tst_figurelook.moc"
