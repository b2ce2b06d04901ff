// The diagrams library: arrows and numbers, zones, readability measured on the SVG's geometry,
// hostile names, Cyrillic, the PNG/PDF/DOT exports.
#include "diagrams/DiagramLabels.h"
#include "diagrams/DiagramRenderer.h"
#include "diagrams/SvgExport.h"
#include "model/Analysis.h"
#include "model/FlowDeriver.h"
#include "model/io/Templates.h"
#include "tests/support/DiagramSvg.h"

#include <QtTest>

class TestDiagram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void gatewayHasOneArrowPerFlow_data();
    void gatewayHasOneArrowPerFlow();
    void reverseProxyDrawsTheHopsTheChecklistOpens();
    void zonesAreClustersLeftToRight();
    void bundledArrowsListAllNumbers();
    void noCloudsHidesVendorServices();
    void legendListsPurposes();
    void readable_data();
    void readable();
    void hostileNames_data();
    void hostileNames();
    void cyrillicRenders();
    void pngScalesWithDpi();
    void pdfIsVector();
    void dotReparses_data();
    void dotReparses();
    void emptyPlanHasNote();
    void formatFromPath_data();
    void formatFromPath();

private:
    QByteArray svgOf(const Plan &plan, const DiagramOptions &options = {});
    std::unique_ptr<DiagramRenderer> m_renderer;
    Plan m_gateway;
};

void TestDiagram::initTestCase()
{
    m_renderer = std::make_unique<DiagramRenderer>();
    m_gateway = *Templates::load(QStringLiteral("gateway"));
    QVERIFY(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")));
}

QByteArray TestDiagram::svgOf(const Plan &plan, const DiagramOptions &options)
{
    QString error;
    const std::optional<QByteArray> svg = m_renderer->svg(Analysis(plan), options, &error);
    if (!svg)
        qWarning("%s", qPrintable(error));
    return svg.value_or(QByteArray());
}

void TestDiagram::gatewayHasOneArrowPerFlow_data()
{
    QTest::addColumn<bool>("legend");
    QTest::newRow("plain") << false;
    QTest::newRow("with legend") << true;
}

void TestDiagram::gatewayHasOneArrowPerFlow()
{
    QFETCH(bool, legend);
    DiagramOptions options;
    options.legend = legend;
    const Svg svg = parseSvg(svgOf(m_gateway, options));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    const QList<Flow> flows = drawnFlows(m_gateway);
    QVERIFY(flows.size() > 20);
    QCOMPARE(svg.edges.size(), flows.size());
    QStringList expected, drawn;
    for (const Flow &flow : flows)
        expected << flow.number;
    for (const SvgItem &edge : svg.edges) {
        QCOMPARE(edge.boldTexts().size(), 1); // the number, prominent
        drawn << edge.boldTexts().first();
        QVERIFY(!edge.outline.isEmpty());
    }
    expected.sort();
    drawn.sort();
    QCOMPARE(drawn, expected);
    // UDP flows are drawn differently (dashed, lighter).
    const auto udp = std::count_if(flows.begin(), flows.end(), [](const Flow &f) {
        return f.transport == Catalog::Transport::Udp;
    });
    const auto dashed = std::count_if(svg.edges.begin(), svg.edges.end(), [](const SvgItem &e) {
        return e.classes.contains(QStringLiteral("udp"));
    });
    QCOMPARE(dashed, udp);
    QCOMPARE(svg.nodes.size(), m_gateway.devices.size());
}

void TestDiagram::reverseProxyDrawsTheHopsTheChecklistOpens()
{
    const Analysis analysis(*Templates::load(QStringLiteral("reverse-proxy")));
    const Plan &plan = analysis.plan();
    const QString proxy = QStringLiteral("proxy");
    const QString server = QStringLiteral("ksc");
    QStringList opened; // flow numbers of the checklist rules between proxy and server
    for (const ChecklistRow &row : analysis.checklist()) {
        QVERIFY2(!(row.from == server && row.to == proxy), "the server never opens the proxy");
        if (row.from == proxy && row.to == server)
            opened << row.flows;
    }
    QVERIFY(!opened.isEmpty());
    // Nodes are named "d<position in plan.devices>"; an arrow back towards the LAN is laid out
    // from its head and drawn reversed, so either order of the names is the proxy's arrow.
    const QString p = QStringLiteral("d%1").arg(plan.deviceIndex(proxy));
    const QString s = QStringLiteral("d%1").arg(plan.deviceIndex(server));
    const Svg svg = parseSvg(svgOf(plan));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QStringList drawn;
    for (const SvgItem &edge : svg.edges) {
        if (edge.title == p + QStringLiteral("->") + s ||
            edge.title == s + QStringLiteral("->") + p)
            drawn << edge.boldTexts();
    }
    opened.sort();
    opened.removeDuplicates();
    drawn.sort();
    QCOMPARE(drawn, opened); // each number once: devices behind the proxy share its hop
}

void TestDiagram::zonesAreClustersLeftToRight()
{
    const Svg svg = parseSvg(svgOf(m_gateway));
    QCOMPARE(svg.clusters.size(), m_gateway.zones.size());
    QList<QRectF> boxes;
    for (const Zone &zone : m_gateway.zones) {
        const auto cluster =
            std::find_if(svg.clusters.begin(), svg.clusters.end(), [&](const SvgItem &c) {
                return c.texts.size() == 1 && c.texts.first().text == zone.name;
            });
        QVERIFY2(cluster != svg.clusters.end(), qPrintable(zone.name));
        boxes << cluster->outlineBox();
    }
    // The template lists LAN, DMZ, Internet: their boxes follow each other left to right.
    QCOMPARE(m_gateway.zones[0].kind, Catalog::ZoneKind::Lan);
    QCOMPARE(m_gateway.zones[2].kind, Catalog::ZoneKind::Internet);
    QVERIFY(boxes[0].right() < boxes[1].left());
    QVERIFY(boxes[1].right() < boxes[2].left());
}

void TestDiagram::bundledArrowsListAllNumbers()
{
    DiagramOptions options;
    options.bundle = true;
    const Svg svg = parseSvg(svgOf(m_gateway, options));
    const QList<Flow> flows = drawnFlows(m_gateway);
    QSet<std::pair<QString, QString>> pairs;
    QSet<QString> expected;
    for (const Flow &flow : flows) {
        pairs.insert({flow.from, flow.via.isEmpty() ? flow.to : flow.via});
        expected.insert(flow.number);
    }
    QCOMPARE(svg.edges.size(), pairs.size());
    QVERIFY(svg.edges.size() < flows.size());
    QSet<QString> drawn;
    QStringList labels;
    for (const SvgItem &edge : svg.edges) {
        QCOMPARE(edge.boldTexts().size(), 1);
        labels << edge.boldTexts().first();
        for (const QString &number : edge.boldTexts().first().split(QStringLiteral(", ")))
            drawn.insert(number);
    }
    QCOMPARE(drawn, expected);
    // Office computers -> server carries 3, 4, 5, 16 and the KSN proxy K1; laptops -> gateway 4
    // and 16.
    QVERIFY2(labels.contains(QStringLiteral("3, 4, 5, 16, K1")), qPrintable(labels.join(u'|')));
    QVERIFY2(labels.contains(QStringLiteral("4, 16")), qPrintable(labels.join(u'|')));
}

void TestDiagram::noCloudsHidesVendorServices()
{
    DiagramOptions options;
    options.clouds = false;
    const Svg svg = parseSvg(svgOf(m_gateway, options));
    QCOMPARE(svg.edges.size(), drawnFlows(m_gateway, false).size());
    QVERIFY(drawnFlows(m_gateway, false).size() < drawnFlows(m_gateway).size());
    QCOMPARE(svg.nodes.size(), m_gateway.devices.size() - 3);
    QVERIFY(!svg.allTexts.contains(QStringLiteral("Google FCM")));
    QVERIFY(!svg.allTexts.contains(QStringLiteral("Kaspersky servers")));
}

void TestDiagram::legendListsPurposes()
{
    DiagramOptions options;
    options.legend = true;
    const Svg svg = parseSvg(svgOf(m_gateway, options));
    for (const Flow &flow : drawnFlows(m_gateway)) {
        const QString purpose = QString::fromUtf8(flow.catalogRule().purpose);
        QVERIFY2(svg.allTexts.contains(purpose), qPrintable(purpose));
    }
    // The KSN proxy KSC runs by default is drawn and explained, with its own number.
    QVERIFY(svg.allTexts.contains(QStringLiteral("K1")));
    QVERIFY(svg.allTexts.contains(QStringLiteral("Kaspersky Endpoint Security uses KSN through "
                                                 "the Administration Server's KSN proxy (not in "
                                                 "the seed figure)")));
    const Svg plain = parseSvg(svgOf(m_gateway));
    QVERIFY(!plain.allTexts.contains(QStringLiteral("Flows")));
}

void TestDiagram::readable_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<bool>("bundle");
    QTest::addColumn<bool>("legend");
    for (const QString &name : Templates::names()) {
        QTest::addRow("%s", qPrintable(name)) << name << false << false;
        QTest::addRow("%s bundled", qPrintable(name)) << name << true << false;
        QTest::addRow("%s legend", qPrintable(name)) << name << false << true;
    }
}

// Each number sits next to its own arrow, no label overlaps another label or a device, no two
// devices overlap: measured on the SVG, with text extents from the font the figure names.
void TestDiagram::readable()
{
    QFETCH(QString, templateName);
    QFETCH(bool, bundle);
    QFETCH(bool, legend);
    DiagramOptions options;
    options.bundle = bundle;
    options.legend = legend;
    const Svg svg = parseSvg(svgOf(*Templates::load(templateName), options));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY(!svg.edges.isEmpty());
    for (const SvgItem &edge : svg.edges) {
        const SvgText number = *std::find_if(edge.texts.begin(), edge.texts.end(),
                                             [](const SvgText &t) { return t.bold; });
        // Dot puts a label beside its arrow, half the node separation away (less than two text
        // lines, measured up to ~25 pt where an arrow bends between zones); on a steep arrow only
        // a corner of the label is that close, so the number (first on its line) may be further.
        const QRectF label = edge.textBox();
        const double labelGap = distance(label, edge.outline);
        QVERIFY2(labelGap < 28,
                 qPrintable(QStringLiteral("label of %1 (%2) is %3 pt from its arrow")
                                .arg(number.text, edge.id)
                                .arg(labelGap)));
        // 45 pt: dot's placement of the same label varied by a point or two between runs (41 pt
        // seen once against a usual 38 pt), and the label as a whole is held to 28 pt above.
        const double own = distance(number.box, edge.outline);
        QVERIFY2(own < 45, qPrintable(QStringLiteral("%1 (%2) is %3 pt from its arrow")
                                          .arg(number.text, edge.id)
                                          .arg(own)));
        // No other arrow runs through the number.
        for (const SvgItem &other : svg.edges) {
            if (&other != &edge)
                QVERIFY2(distance(number.box.adjusted(1, 1, -1, -1), other.outline) > 0,
                         qPrintable(number.text + QLatin1Char(' ') + other.id));
        }
    }
    for (qsizetype i = 0; i < svg.edges.size(); ++i) {
        for (qsizetype j = i + 1; j < svg.edges.size(); ++j)
            QVERIFY2(!overlap(svg.edges[i].textBox(), svg.edges[j].textBox()),
                     qPrintable(svg.edges[i].id + QLatin1Char('/') + svg.edges[j].id));
        for (const SvgItem &node : svg.nodes)
            QVERIFY2(!overlap(svg.edges[i].textBox(), node.outlineBox()),
                     qPrintable(svg.edges[i].id + QLatin1Char('/') + node.id));
    }
    for (qsizetype i = 0; i < svg.nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < svg.nodes.size(); ++j)
            QVERIFY2(!overlap(svg.nodes[i].outlineBox(), svg.nodes[j].outlineBox()),
                     qPrintable(svg.nodes[i].id + QLatin1Char('/') + svg.nodes[j].id));
    }
}

void TestDiagram::hostileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quotes") << QStringLiteral("He said \"hi\" 'there'");
    QTest::newRow("braces") << QStringLiteral("{a} [b] {{c}} ;");
    QTest::newRow("angle brackets") << QStringLiteral("<b>bold</b> <br/> > <");
    QTest::newRow("ampersands") << QStringLiteral("AT&T & &amp; &lt;x&gt; &#0; &#x1; &foo;");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script><img onerror=x>");
    QTest::newRow("newlines") << QStringLiteral("line1\nline2\r\nline3\t\x01 end");
    QTest::newRow("rtl") << QStringLiteral("\u202Eevil\u200F name \u05E9\u05DC\u05D5\u05DD");
    QTest::newRow("emoji") << QStringLiteral("🔥 Server 🖥️ 👩‍💻");
    QTest::newRow("cyrillic") << QStringLiteral("Сервер администрирования «Касперский»");
    QTest::newRow("10000 chars") << QString(10000, QLatin1Char('W'));
    QTest::newRow("emoji at the cut") << QString(59, QLatin1Char('x')) + QStringLiteral("🔥🔥");
    QTest::newRow("graphviz escapes") << QStringLiteral("\\N \\G \\L \\\\ \"\\\"");
    QTest::newRow("xml comment") << QStringLiteral("]]> <!-- -- --> <?xml ?> <![CDATA[x]]>");
}

void TestDiagram::hostileNames()
{
    QFETCH(QString, name);
    const Plan plan = withNames(m_gateway, name);
    QString error;
    const std::optional<QByteArray> svgData = m_renderer->svg(Analysis(plan), {}, &error);
    QVERIFY2(svgData, qPrintable(error));
    const Svg svg = parseSvg(*svgData);
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    // No markup from a name became an element.
    for (const QString &element : {QStringLiteral("script"), QStringLiteral("b"),
                                   QStringLiteral("img"), QStringLiteral("br")})
        QVERIFY(!svg.elementNames.contains(element));
    QCOMPARE(svg.nodes.size(), plan.devices.size());
    const QString shown = shownName(name);
    const auto named = std::count_if(svg.nodes.begin(), svg.nodes.end(), [&](const SvgItem &n) {
        return !n.texts.isEmpty() && n.texts.first().text.startsWith(shown);
    });
    QCOMPARE(named, plan.devices.size());
    for (const SvgItem &node : svg.nodes)
        QVERIFY(node.texts.first().text.size() <= DiagramLabels::MaxNameLength + 1);

    if (const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        !xmllint.isEmpty()) {
        QVERIFY(runFilter(xmllint, {QStringLiteral("--noout"), QStringLiteral("-")}, *svgData));
    }

    const std::optional<QByteArray> dot = m_renderer->dot(Analysis(plan), {}, &error);
    QVERIFY2(dot, qPrintable(error));
    const std::optional<QByteArray> redrawn =
        runFilter(QStringLiteral("dot"), {QStringLiteral("-Tsvg")}, *dot);
    QVERIFY(redrawn);
    QVERIFY(parseSvg(*redrawn).error.isEmpty());

    const std::optional<QByteArray> png = SvgExport::toPng(*svgData, 48, &error);
    QVERIFY2(png, qPrintable(error));
    QVERIFY(!QImage::fromData(*png, "PNG").isNull());
    const std::optional<QByteArray> pdf = SvgExport::toPdf(*svgData, &error);
    QVERIFY2(pdf && pdf->startsWith("%PDF"), qPrintable(error));
}

void TestDiagram::cyrillicRenders()
{
    const QString cyrillic = QStringLiteral("Сервер администрирования Щёлково");
    const QString latin = QStringLiteral("Server administrirovaniya Shchyolk");
    QCOMPARE(cyrillic.size(), latin.size() - 2); // comparable lengths, no exact match needed
    // The font the figure names has every glyph: no tofu.
    QFont font(QStringLiteral("DejaVu Sans"));
    QCOMPARE(QFontInfo(font).family(), QStringLiteral("DejaVu Sans"));
    const QFontMetrics metrics(font);
    for (const QChar c : cyrillic)
        QVERIFY2(metrics.inFont(c), qPrintable(QString(c)));

    const QByteArray cyrillicSvg = svgOf(withNames(m_gateway, cyrillic));
    QVERIFY(parseSvg(cyrillicSvg).allTexts.contains(cyrillic));
    QString error;
    const QImage cyrillicPng = QImage::fromData(*SvgExport::toPng(cyrillicSvg, 96, &error), "PNG");
    const QImage latinPng =
        QImage::fromData(*SvgExport::toPng(svgOf(withNames(m_gateway, latin)), 96, &error), "PNG");
    QVERIFY(!cyrillicPng.isNull() && !latinPng.isNull());
    // Drawn glyphs ink about as much as Latin ones; missing glyphs would be empty boxes or nothing.
    const double ratio = double(nonWhitePixels(cyrillicPng)) / double(nonWhitePixels(latinPng));
    QVERIFY2(ratio > 0.8 && ratio < 1.25, qPrintable(QString::number(ratio)));
}

void TestDiagram::pngScalesWithDpi()
{
    const QByteArray svg = svgOf(m_gateway);
    QString error;
    const QImage small = QImage::fromData(*SvgExport::toPng(svg, 72, &error), "PNG");
    const QImage large = QImage::fromData(*SvgExport::toPng(svg, 144, &error), "PNG");
    QVERIFY(!small.isNull() && !large.isNull());
    QVERIFY(small.width() > 500 && small.height() > 200);
    QVERIFY(qAbs(large.width() - 2 * small.width()) <= 2);
    QVERIFY(qAbs(large.height() - 2 * small.height()) <= 2);
    QVERIFY(nonWhitePixels(small) > 10000);
}

void TestDiagram::pdfIsVector()
{
    QString error;
    const std::optional<QByteArray> pdf =
        m_renderer->render(Analysis(m_gateway), {}, DiagramFormat::Pdf, &error);
    QVERIFY2(pdf, qPrintable(error));
    QVERIFY(pdf->startsWith("%PDF-"));
    QVERIFY(pdf->size() > 5000 && pdf->size() < 5'000'000);
    // Vector: QtSvg 6.4 hands text to the PDF engine as outlines, so the page holds paths and
    // no raster image at all.
    QVERIFY(!pdf->contains("/Subtype /Image"));
    QVERIFY(pdf->contains("/MediaBox"));
}

void TestDiagram::dotReparses_data()
{
    QTest::addColumn<QString>("templateName");
    for (const QString &name : Templates::names())
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestDiagram::dotReparses()
{
    QFETCH(QString, templateName);
    const Plan plan = *Templates::load(templateName);
    QString error;
    const std::optional<QByteArray> dot =
        m_renderer->render(Analysis(plan), {}, DiagramFormat::Dot, &error);
    QVERIFY2(dot, qPrintable(error));
    const std::optional<QByteArray> canon =
        runFilter(QStringLiteral("dot"), {QStringLiteral("-Tcanon")}, *dot);
    QVERIFY(canon);
    const GraphCounts ours = countGraph(*dot);
    const GraphCounts reparsed = countGraph(*canon);
    QCOMPARE(reparsed.nodes, ours.nodes);
    QCOMPARE(reparsed.edges, ours.edges);
    QVERIFY(ours.nodes >= plan.devices.size());
    QVERIFY(ours.edges >= drawnFlows(plan).size());
}

void TestDiagram::emptyPlanHasNote()
{
    Plan plan;
    plan.zones = m_gateway.zones;
    const Svg svg = parseSvg(svgOf(plan));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY(svg.edges.isEmpty());
    QVERIFY(svg.allTexts.contains(QStringLiteral("The plan has no devices")));
    QString error;
    QVERIFY(m_renderer->render(Analysis(), {}, DiagramFormat::Png, &error));
}

void TestDiagram::formatFromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("svg") << QStringLiteral("a/b.svg") << int(DiagramFormat::Svg);
    QTest::newRow("upper case") << QStringLiteral("B.PNG") << int(DiagramFormat::Png);
    QTest::newRow("pdf") << QStringLiteral("x.y.pdf") << int(DiagramFormat::Pdf);
    QTest::newRow("dot") << QStringLiteral("graph.dot") << int(DiagramFormat::Dot);
    QTest::newRow("jpeg") << QStringLiteral("x.jpg") << -1;
    QTest::newRow("none") << QStringLiteral("diagram") << -1;
}

void TestDiagram::formatFromPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const std::optional<DiagramFormat> found = diagramFormatFromPath(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
