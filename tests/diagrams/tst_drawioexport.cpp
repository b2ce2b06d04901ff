// The draw.io export as draw.io reads it: the file parsed back into its cells (objects with
// their data, containers, edges) and compared with the figure FigureBuilder decided and the flows
// the plan has.
#include "diagrams/DiagramRenderer.h"
#include "diagrams/DrawioExport.h"
#include "diagrams/FigureBuilder.h"
#include "model/io/Templates.h"
#include "tests/support/EstatePlans.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>
#include <memory>

Q_DECLARE_METATYPE(Plan)

namespace {

// One cell of the file: an <mxCell>, with the attributes of the <object> wrapping it.
struct Cell
{
    QHash<QString, QString> data; // the object's attributes (label, kind, flow, …)
    QString id;
    QString parent;
    QString style;
    QString source;
    QString target;
    bool vertex = false;
    bool edge = false;
    QRectF geometry;
};

struct DrawioFile
{
    QString error; // empty: valid XML
    QString rootElement;
    QList<Cell> cells;

    QList<Cell> ofKind(const QString &kind) const
    {
        QList<Cell> out;
        for (const Cell &cell : cells) {
            if (cell.data.value(QStringLiteral("kind")) == kind)
                out << cell;
        }
        return out;
    }
    const Cell *byId(const QString &id) const
    {
        for (const Cell &cell : cells) {
            if (cell.id == id)
                return &cell;
        }
        return nullptr;
    }
};

DrawioFile parse(const QByteArray &bytes)
{
    DrawioFile file;
    QXmlStreamReader xml(bytes);
    QHash<QString, QString> object;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (file.rootElement.isEmpty())
            file.rootElement = xml.name().toString();
        if (xml.name() == QLatin1String("object")) {
            object.clear();
            for (const QXmlStreamAttribute &attribute : a)
                object.insert(attribute.name().toString(), attribute.value().toString());
        } else if (xml.name() == QLatin1String("mxCell")) {
            Cell cell;
            cell.data = object;
            object.clear();
            cell.id = a.hasAttribute(QLatin1String("id")) ? a.value(QLatin1String("id")).toString()
                                                          : cell.data.value(QStringLiteral("id"));
            if (a.hasAttribute(QLatin1String("value")))
                cell.data.insert(QStringLiteral("label"),
                                 a.value(QLatin1String("value")).toString());
            cell.parent = a.value(QLatin1String("parent")).toString();
            cell.style = a.value(QLatin1String("style")).toString();
            cell.source = a.value(QLatin1String("source")).toString();
            cell.target = a.value(QLatin1String("target")).toString();
            cell.vertex = a.value(QLatin1String("vertex")) == QLatin1String("1");
            cell.edge = a.value(QLatin1String("edge")) == QLatin1String("1");
            file.cells << cell;
        } else if (xml.name() == QLatin1String("mxGeometry") && !file.cells.isEmpty()) {
            file.cells.last().geometry = QRectF(a.value(QLatin1String("x")).toDouble(),
                                                a.value(QLatin1String("y")).toDouble(),
                                                a.value(QLatin1String("width")).toDouble(),
                                                a.value(QLatin1String("height")).toDouble());
        }
    }
    if (xml.hasError())
        file.error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return file;
}

QSet<QString> numbersIn(const QString &label)
{
    // "3 · TCP 13000", "4, 16 · …": the numbers before the first " · ".
    QSet<QString> numbers;
    for (const QString &n : label.section(QStringLiteral(" · "), 0, 0).split(QStringLiteral(", ")))
        numbers.insert(n.trimmed());
    return numbers;
}

Plan hostilePlan()
{
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    const QString evil = QStringLiteral("<b>\"Evil\" & 'co'</b>\n</object><script>\x01x");
    plan.title = evil;
    plan.zones.first().name = evil + QStringLiteral(" zone");
    plan.devices.first().name = evil + QStringLiteral(" device");
    return plan;
}

} // namespace

class TestDrawioExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_renderer = std::make_unique<DiagramRenderer>(); }
    void cellsMatchTheFigure_data();
    void cellsMatchTheFigure();
    void labelsCarryTheFlowNumbers();
    void iconsAreEmbedded();
    void hostileNamesAreEscaped();
    void russianLabels();
    void sameIdsTwice();

private:
    QByteArray drawio(const Plan &plan, const DiagramOptions &options)
    {
        QString error;
        const std::optional<QByteArray> bytes =
            m_renderer->render(Analysis(plan), options, DiagramFormat::Drawio, &error);
        if (!bytes)
            qWarning("%s", qPrintable(error));
        return bytes.value_or(QByteArray());
    }

    std::unique_ptr<DiagramRenderer> m_renderer;
};

void TestDrawioExport::cellsMatchTheFigure_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("site");
    QTest::addColumn<bool>("merge");
    QTest::addColumn<bool>("bundle");
    const Plan reference = *Templates::load(QStringLiteral("gateway"));
    const Plan estate = estatePlan(2, 3, 4); // about 100 entries
    using V = DiagramOptions::View;
    QTest::newRow("reference") << reference << int(V::Auto) << QString() << true << false;
    QTest::newRow("reference, bundled") << reference << int(V::Detail) << QString() << true << true;
    QTest::newRow("estate, auto") << estate << int(V::Auto) << QString() << true << false;
    QTest::newRow("estate, overview") << estate << int(V::Overview) << QString() << true << false;
    QTest::newRow("estate, detail unmerged")
        << estate << int(V::Detail) << QString() << false << false;
    QTest::newRow("estate, a branch")
        << estate << int(V::Site) << QStringLiteral("branch2-ksc") << true << false;
    QTest::newRow("empty plan") << Plan() << int(V::Auto) << QString() << true << false;
}

void TestDrawioExport::cellsMatchTheFigure()
{
    QFETCH(Plan, plan);
    QFETCH(int, view);
    QFETCH(QString, site);
    QFETCH(bool, merge);
    QFETCH(bool, bundle);
    DiagramOptions options;
    options.view = DiagramOptions::View(view);
    options.site = site;
    options.merge = merge;
    options.bundle = bundle;
    const Analysis analysis(plan);
    QString error;
    const std::optional<Figure> figure = FigureBuilder(analysis, options).build(&error);
    QVERIFY2(figure, qPrintable(error));
    const DrawioFile file = parse(drawio(plan, options));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QCOMPARE(file.rootElement, QStringLiteral("mxfile"));
    QVERIFY(file.byId(QStringLiteral("0")) && file.byId(QStringLiteral("1")));

    // One shape per figure node, one edge per arrow, nothing else but zones and text.
    const QList<Cell> nodes =
        file.ofKind(QStringLiteral("device")) + file.ofKind(QStringLiteral("site"));
    const QList<Cell> edges = file.ofKind(QStringLiteral("flow"));
    const QList<Cell> zones = file.ofKind(QStringLiteral("zone"));
    QCOMPARE(nodes.size(), figure->nodes.size());
    QCOMPARE(edges.size(), figure->arrows.size());
    int vertices = 0, allEdges = 0, texts = 0;
    QSet<QString> ids;
    for (const Cell &cell : file.cells) {
        vertices += cell.vertex;
        allEdges += cell.edge;
        texts += cell.style.startsWith(QStringLiteral("text;"));
        QVERIFY2(!ids.contains(cell.id), qPrintable(cell.id));
        ids.insert(cell.id);
    }
    QCOMPARE(vertices, nodes.size() + zones.size() + texts);
    QCOMPARE(allEdges, edges.size());
    QCOMPARE(file.ofKind(QStringLiteral("site")).isEmpty(),
             std::none_of(figure->nodes.begin(), figure->nodes.end(),
                          [](const FigureNode &n) { return n.site; }));

    // Every device sits in its zone's container, inside its box.
    for (int i = 0; i < figure->nodes.size(); ++i) {
        const FigureNode &node = figure->nodes[i];
        const Device &device = plan.devices[node.device];
        const QString id =
            (node.site ? QStringLiteral("site:") : QStringLiteral("device:")) + device.id;
        const Cell *cell = file.byId(id);
        QVERIFY2(cell, qPrintable(id));
        if (node.zone.isEmpty()) {
            QCOMPARE(cell->parent, QStringLiteral("1"));
            continue;
        }
        const Cell *zone = file.byId(QStringLiteral("zone:") + node.zone);
        QVERIFY2(zone, qPrintable(node.zone));
        QCOMPARE(cell->parent, zone->id);
        QVERIFY(zone->style.contains(QStringLiteral("container=1")));
        const QRectF inZone(QPointF(0, 0), zone->geometry.size());
        QVERIFY2(inZone.contains(cell->geometry),
                 qPrintable(QStringLiteral("%1 outside %2").arg(id, zone->id)));
    }
    // Edges join the cells of their arrow's ends, labelled with the arrow's numbers.
    for (int i = 0; i < figure->arrows.size(); ++i) {
        const FigureArrow &arrow = figure->arrows[i];
        const Cell &edge = edges[i];
        QVERIFY(file.byId(edge.source) && file.byId(edge.target));
        QCOMPARE(file.byId(edge.source)->data.value(QStringLiteral("name")),
                 plan.devices[figure->nodes[arrow.from].device].displayName());
        QSet<QString> numbers;
        for (const Flow &flow : arrow.flows)
            numbers.insert(flow.number);
        QCOMPARE(numbersIn(edge.data.value(QStringLiteral("label"))), numbers);
        QCOMPARE(numbersIn(edge.data.value(QStringLiteral("flow"))), numbers);
        QVERIFY(!edge.data.value(QStringLiteral("purpose")).isEmpty());
        QVERIFY(!edge.data.value(QStringLiteral("ports")).isEmpty());
    }
}

void TestDrawioExport::labelsCarryTheFlowNumbers()
{
    // The reference plan drawn in detail: every flow `portolan flows` lists between two devices
    // drawn is on an arrow, with its ports, purpose and KSC help topic as data.
    const Plan plan = *Templates::load(QStringLiteral("gateway"));
    const Analysis analysis(plan);
    const DrawioFile file = parse(drawio(plan, DiagramOptions()));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QSet<QString> drawn;
    for (const Cell &edge : file.ofKind(QStringLiteral("flow"))) {
        drawn += numbersIn(edge.data.value(QStringLiteral("label")));
        QVERIFY(!edge.data.value(QStringLiteral("topic")).isEmpty());
    }
    QSet<QString> listed;
    for (const Flow &flow : analysis.flows().flows) {
        if (flow.from != flow.to)
            listed.insert(flow.number);
    }
    QCOMPARE(drawn, listed);
    const QList<Cell> edges = file.ofKind(QStringLiteral("flow"));
    const auto thirteen = std::find_if(edges.begin(), edges.end(), [](const Cell &c) {
        return c.data.value(QStringLiteral("label")).contains(QStringLiteral("TCP 13000"));
    });
    QVERIFY(thirteen != edges.end());
    QCOMPARE(thirteen->data.value(QStringLiteral("protocol")), QStringLiteral("TCP"));
}

void TestDrawioExport::iconsAreEmbedded()
{
    const QByteArray bytes = drawio(estatePlan(1, 2, 3), DiagramOptions());
    const DrawioFile file = parse(bytes);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    // Nothing outside the file: no address, no path.
    for (const char *outside : {"http:", "https:", "file:", ";base64"})
        QVERIFY2(!bytes.contains(outside), outside);
    const QList<Cell> devices = file.ofKind(QStringLiteral("device"));
    QVERIFY(!devices.isEmpty());
    static const QRegularExpression image(
        QStringLiteral("image=data:image/svg\\+xml,([A-Za-z0-9+/=]+);"));
    for (const Cell &cell : devices) {
        QVERIFY2(cell.style.startsWith(QStringLiteral("shape=image;")), qPrintable(cell.style));
        const QRegularExpressionMatch match = image.match(cell.style);
        QVERIFY2(match.hasMatch(), qPrintable(cell.id));
        const QByteArray svg = QByteArray::fromBase64(match.captured(1).toLatin1());
        QVERIFY2(svg.startsWith("<svg"), svg.left(40).constData());
    }
    // Each role its own icon.
    QVERIFY(DrawioExport::iconUri(Catalog::Role::AdministrationServer) !=
            DrawioExport::iconUri(Catalog::Role::DatabaseServer));
}

void TestDrawioExport::hostileNamesAreEscaped()
{
    const Plan plan = hostilePlan();
    const QByteArray bytes = drawio(plan, DiagramOptions());
    const DrawioFile file = parse(bytes);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QVERIFY(!bytes.contains("<script>"));
    QVERIFY(!bytes.contains("<b>"));
    QVERIFY(!bytes.contains('\x01'));
    const QString expected = QStringLiteral("<b>\"Evil\" & 'co'</b>\n</object><script> x");
    const Cell *device = file.byId(QStringLiteral("device:") + plan.devices.first().id);
    QVERIFY(device);
    QCOMPARE(device->data.value(QStringLiteral("name")), expected + QStringLiteral(" device"));
    const Cell *zone = file.byId(QStringLiteral("zone:") + plan.zones.first().id);
    QVERIFY(zone);
    QVERIFY(zone->data.value(QStringLiteral("label")).startsWith(QStringLiteral("<b>\"Evil\" &")));
    QCOMPARE(DrawioExport::xmlText(QStringLiteral("a\x02"
                                                  "b\nc\x7f")),
             QStringLiteral("a b\nc "));
    QCOMPARE(DrawioExport::xmlText(QString(QChar(0xD800)) + QStringLiteral("x")),
             QStringLiteral("x"));
}

void TestDrawioExport::russianLabels()
{
    DiagramOptions options;
    options.texts = Texts::forLanguage(QStringLiteral("ru"));
    const QString serverRu = options.texts.text("Role", "Administration Server");
    QVERIFY(serverRu != QStringLiteral("Administration Server"));
    const DrawioFile detail = parse(drawio(*Templates::load(QStringLiteral("gateway")), options));
    QVERIFY2(detail.error.isEmpty(), qPrintable(detail.error));
    const Cell *ksc = detail.byId(QStringLiteral("device:ksc"));
    QVERIFY(ksc);
    QVERIFY2(ksc->data.value(QStringLiteral("label")).contains(serverRu),
             qPrintable(ksc->data.value(QStringLiteral("label"))));
    QCOMPARE(ksc->data.value(QStringLiteral("role")), serverRu);
    for (const Cell &edge : detail.ofKind(QStringLiteral("flow")))
        QVERIFY(edge.data.value(QStringLiteral("purpose"))
                    .contains(QRegularExpression(QStringLiteral("[а-яА-Я]"))));
    options.view = DiagramOptions::View::Overview;
    const DrawioFile overview = parse(drawio(estatePlan(2, 3, 4), options));
    QVERIFY2(overview.error.isEmpty(), qPrintable(overview.error));
    const QList<Cell> sites = overview.ofKind(QStringLiteral("site"));
    QVERIFY(sites.size() > 1);
    for (const Cell &site : sites) {
        QVERIFY2(site.data.value(QStringLiteral("label")).contains(QStringLiteral("Площадка")),
                 qPrintable(site.data.value(QStringLiteral("label"))));
        QVERIFY(site.style.contains(QStringLiteral("image=data:image/svg+xml,")));
    }
}

void TestDrawioExport::sameIdsTwice()
{
    // Ids come from the plan: two exports of one plan have the same cells, whatever dot's
    // positions (its text measures may differ by a point between runs).
    const Plan plan = estatePlan(1, 2, 3);
    const auto cells = [&] {
        QStringList ids;
        for (const Cell &cell : parse(drawio(plan, DiagramOptions())).cells)
            ids << cell.id + QLatin1Char('|') + cell.parent + QLatin1Char('|') + cell.source +
                       QLatin1Char('|') + cell.target + QLatin1Char('|') +
                       cell.data.value(QStringLiteral("label"));
        return ids;
    };
    const QStringList first = cells();
    QVERIFY(first.size() > 10);
    const QString server = plan.device(QStringLiteral("branch1-ksc"))->displayName();
    QVERIFY2(first.contains(QStringLiteral("device:branch1-ksc|zone:branch1|||") + server +
                            QStringLiteral("\nAdministration Server")),
             qPrintable(first.join(QLatin1Char('\n'))));
    QCOMPARE(cells(), first);
}

QTEST_GUILESS_MAIN(TestDrawioExport)
#include "tst_drawioexport.moc"
