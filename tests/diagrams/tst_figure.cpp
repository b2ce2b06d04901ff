// What a figure of a real estate draws before Graphviz (merged entries, the view chosen, a site's
// page) and what the drawn SVG then says, in English and Russian.
#include "diagrams/DiagramRenderer.h"
#include "diagrams/EntryMerge.h"
#include "diagrams/FigureBuilder.h"
#include "diagrams/GraphBudget.h"
#include "diagrams/GraphBuilder.h"
#include "model/io/Templates.h"
#include "tests/support/EstatePlans.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QtTest>

Q_DECLARE_METATYPE(Plan)

namespace {

using View = DiagramOptions::View;

// The names of the entries each node stands for, sorted, one string per node.
QStringList nodeMembers(const Plan &plan, const Figure &figure)
{
    QStringList result;
    for (const FigureNode &node : figure.nodes) {
        QStringList ids;
        for (const int device : node.devices)
            ids << plan.devices[device].id;
        if (ids.isEmpty())
            ids << plan.devices[node.device].id;
        ids.sort();
        result << ids.join(QLatin1Char('+'));
    }
    return result;
}

// Entries of one figure node, for a detail figure: the node members by representative.
QList<QStringList> mergedGroups(const Plan &plan)
{
    const Analysis analysis(plan);
    const QList<int> representatives = EntryMerge::representatives(analysis);
    QMap<int, QStringList> groups;
    for (int i = 0; i < representatives.size(); ++i)
        groups[representatives[i]] << plan.devices[i].id;
    return groups.values();
}

bool sameGroup(const QList<QStringList> &groups, const QString &a, const QString &b)
{
    return std::any_of(groups.begin(), groups.end(),
                       [&](const QStringList &g) { return g.contains(a) && g.contains(b); });
}

QString svgText(const QByteArray &svg)
{
    // Every text element's content, joined: enough to find labels.
    static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    QStringList texts;
    for (const auto &match : text.globalMatch(QString::fromUtf8(svg)))
        texts << match.captured(1).replace(QStringLiteral("&#45;"), QStringLiteral("-"));
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestFigure : public QObject
{
    Q_OBJECT

private slots:
    void mergesEntriesWithTheSameFlows_data();
    void mergesEntriesWithTheSameFlows();
    void mergedNodeCountsEveryEntry();
    void noMergeDrawsEveryEntry();
    void autoChooses_data();
    void autoChooses();
    void overviewStaysSmall();
    void siteShowsItsBranchNotAnotherRegion();
    void unknownSiteIsAnError();
    void budgetSwitchesBeforeLayout();
    void estimateIsTheBuiltGraph_data();
    void estimateIsTheBuiltGraph();
    void manyZonesSwitchInsteadOfRefused();
    void overviewSaysItsCounts_data();
    void overviewSaysItsCounts();
};

void TestFigure::mergesEntriesWithTheSameFlows_data()
{
    QTest::addColumn<QString>("change"); // what differs about branch1-pcs2
    QTest::addColumn<bool>("merged");    // with branch1-pcs1
    QTest::newRow("only the name and count") << "name" << true;
    QTest::newRow("address") << "address" << true;
    QTest::newRow("another server") << "server" << false;
    QTest::newRow("another gateway") << "gateway" << false;
    QTest::newRow("another zone") << "zone" << false;
    QTest::newRow("another property") << "internetAccess" << false;
    QTest::newRow("another role") << "role" << false;
}

void TestFigure::mergesEntriesWithTheSameFlows()
{
    QFETCH(QString, change);
    QFETCH(bool, merged);
    Plan plan = estatePlan(1, 2, 3);
    Device &entry = *plan.device(QStringLiteral("branch1-pcs2"));
    if (change == QStringLiteral("name")) {
        entry.name = QStringLiteral("Somewhere else entirely");
        entry.count = 999;
    } else if (change == QStringLiteral("address")) {
        entry.address = QStringLiteral("10.1.2.0/24");
    } else if (change == QStringLiteral("server")) {
        entry.properties.insert(QStringLiteral("server"), QStringLiteral("branch2-ksc"));
    } else if (change == QStringLiteral("gateway")) {
        entry.properties.insert(QStringLiteral("gateway"), QStringLiteral("gateway"));
    } else if (change == QStringLiteral("zone")) {
        entry.zone = QStringLiteral("hq");
    } else if (change == QStringLiteral("internetAccess")) {
        entry.properties.insert(QStringLiteral("internetAccess"), true);
    } else {
        entry.role = Catalog::Role::AndroidDevice;
    }
    const QList<QStringList> groups = mergedGroups(plan);
    QCOMPARE(sameGroup(groups, QStringLiteral("branch1-pcs1"), QStringLiteral("branch1-pcs2")),
             merged);
    // The untouched third group merges with the first either way; other branches never.
    QVERIFY(sameGroup(groups, QStringLiteral("branch1-pcs1"), QStringLiteral("branch1-pcs3")));
    QVERIFY(!sameGroup(groups, QStringLiteral("branch1-pcs1"), QStringLiteral("branch2-pcs1")));
    QVERIFY(!sameGroup(groups, QStringLiteral("branch1-ksc"), QStringLiteral("branch2-ksc")));
    QVERIFY(!sameGroup(groups, QStringLiteral("branch1-dp"), QStringLiteral("branch1-pcs1")));
}

void TestFigure::mergedNodeCountsEveryEntry()
{
    const Plan plan = estatePlan(1, 1, 18);
    DiagramOptions options;
    options.view = View::Detail;
    DiagramRenderer renderer;
    QString error;
    const std::optional<QByteArray> svg = renderer.svg(Analysis(plan), options, &error);
    QVERIFY2(svg, qPrintable(error));
    const QString text = svgText(*svg);
    QVERIFY2(text.contains(QStringLiteral("18 entries · × 450")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("branch1 floor 1")));
    QVERIFY(!text.contains(QStringLiteral("branch1 floor 2")));
    // One arrow per flow from the merged node, not one per entry.
    const Figure figure = FigureBuilder(Analysis(plan), options).detail(true);
    const Figure every = FigureBuilder(Analysis(plan), options).detail(false);
    // The branch's 18 groups are one node, and so are the region's two.
    QCOMPARE(every.nodes.size(), figure.nodes.size() + 17 + 1);
    QVERIFY(figure.arrows.size() < every.arrows.size());
}

void TestFigure::noMergeDrawsEveryEntry()
{
    const Plan plan = estatePlan(1, 1, 4);
    DiagramOptions options;
    options.view = View::Detail;
    options.merge = false;
    const std::optional<Figure> figure = FigureBuilder(Analysis(plan), options).build(nullptr);
    QVERIFY(figure);
    QCOMPARE(figure->nodes.size(), plan.devices.size());
    QVERIFY(figure->notice.isEmpty());
}

void TestFigure::autoChooses_data()
{
    QTest::addColumn<int>("regions");
    QTest::addColumn<int>("branches");
    QTest::addColumn<int>("view");
    QTest::newRow("reference-sized") << 0 << 0 << int(View::Detail);
    QTest::newRow("one region, one branch") << 1 << 1 << int(View::Detail);
    QTest::newRow("five sites, merged") << 1 << 4 << int(View::Detail);
    QTest::newRow("ten sites") << 3 << 2 << int(View::Overview);
    QTest::newRow("fifty sites") << 5 << 9 << int(View::Overview);
}

void TestFigure::autoChooses()
{
    QFETCH(int, regions);
    QFETCH(int, branches);
    QFETCH(int, view);
    const Plan plan = estatePlan(regions, branches, 18);
    const DiagramOptions options; // auto
    const std::optional<Figure> figure = FigureBuilder(Analysis(plan), options).build(nullptr);
    QVERIFY(figure);
    QCOMPARE(int(figure->view), view);
    // Auto says why it left the detail, and only then.
    QCOMPARE(figure->notice.isEmpty(), view == int(View::Detail));
    if (view == int(View::Overview))
        QVERIFY2(figure->notice.contains(QStringLiteral("overview")), qPrintable(figure->notice));
    QVERIFY(
        FigureBuilder::fits(*figure, FigureBuilder::ReadableNodes, FigureBuilder::ReadableArrows) ||
        view == int(View::Overview));
}

void TestFigure::overviewStaysSmall()
{
    // 1 + 30 regions × 30 branches: the branches fold into their regions.
    const Plan plan = estatePlan(30, 30, 2);
    DiagramOptions options;
    options.view = View::Overview;
    const Figure figure = FigureBuilder(Analysis(plan), options).overview();
    QVERIFY(figure.nodes.size() <= 150);
    const auto boxes = std::count_if(figure.nodes.begin(), figure.nodes.end(),
                                     [](const FigureNode &n) { return n.site; });
    QCOMPARE(boxes, 31);
    const auto regionBox =
        std::find_if(figure.nodes.begin(), figure.nodes.end(), [&](const FigureNode &n) {
            return n.site && plan.devices[n.device].id == QStringLiteral("region1-ksc");
        });
    QVERIFY(regionBox != figure.nodes.end());
    QCOMPARE(regionBox->counts.sites, 31);
    QCOMPARE(regionBox->counts.distributionPoints, 31);
    QCOMPARE(regionBox->counts.devices, qint64(31 * 2 * 25));
}

void TestFigure::siteShowsItsBranchNotAnotherRegion()
{
    const Plan plan = estatePlan(2, 3, 4);
    DiagramOptions options;
    options.view = View::Site;
    options.site = QStringLiteral("region1-ksc");
    const std::optional<Figure> figure = FigureBuilder(Analysis(plan), options).build(nullptr);
    QVERIFY(figure);
    QCOMPARE(figure->view, View::Site);
    const QStringList members = nodeMembers(plan, *figure);
    const QString all = members.join(QLatin1Char(' '));
    // Its own entries in detail, each branch below it as one box, its primary as one box.
    QVERIFY2(members.contains(QStringLiteral("region1-ksc")), qPrintable(all));
    QVERIFY2(members.contains(QStringLiteral("region1-dp")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("branch1-ksc+branch1-pcs1")) ||
            all.contains(QStringLiteral("branch1-db+branch1-dp")));
    QVERIFY2(all.contains(QStringLiteral("primary+primary-db")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("kaspersky")));
    // Nothing of the other region.
    QVERIFY2(!all.contains(QStringLiteral("region2")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("branch4")), qPrintable(all));
    // The branch page: its own entries, its region as a box.
    options.site = QStringLiteral("branch4-ksc");
    const std::optional<Figure> branch = FigureBuilder(Analysis(plan), options).build(nullptr);
    QVERIFY(branch);
    const QString branchAll = nodeMembers(plan, *branch).join(QLatin1Char(' '));
    QVERIFY(branchAll.contains(QStringLiteral("branch4-dp")));
    QVERIFY(branchAll.contains(QStringLiteral("region2-ksc")));
    QVERIFY(!branchAll.contains(QStringLiteral("region1")));
    QVERIFY(!branchAll.contains(QStringLiteral("branch1")));
}

void TestFigure::unknownSiteIsAnError()
{
    const Plan plan = estatePlan(1, 1, 2);
    DiagramOptions options;
    options.view = View::Site;
    for (const QString &id : {QStringLiteral("nowhere"), QStringLiteral("branch1-dp")}) {
        options.site = id;
        QString error;
        QVERIFY(!FigureBuilder(Analysis(plan), options).build(&error));
        QVERIFY2(error.contains(id), qPrintable(error));
    }
}

void TestFigure::budgetSwitchesBeforeLayout()
{
    // Asked for every entry of a large estate: first merged, then the overview, and it says so.
    const Plan plan = estatePlan(6, 10, 30);
    DiagramOptions options;
    options.view = View::Detail;
    options.merge = false;
    const std::optional<Figure> figure = FigureBuilder(Analysis(plan), options).build(nullptr);
    QVERIFY(figure);
    QVERIFY(FigureBuilder::laysOut(*figure));
    QVERIFY(!figure->notice.isEmpty());
    QVERIFY2(figure->notice.contains(Texts().number(plan.devices.size())),
             qPrintable(figure->notice));
}

void TestFigure::estimateIsTheBuiltGraph_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<int>("view");
    QTest::addColumn<bool>("merge");
    QTest::addColumn<bool>("legend");
    QTest::newRow("reference") << Templates::load(QStringLiteral("gateway")).value()
                               << int(View::Detail) << true << false;
    QTest::newRow("hierarchy, legend") << Templates::load(QStringLiteral("hierarchy")).value()
                                       << int(View::Detail) << false << true;
    QTest::newRow("estate, every entry")
        << estatePlan(2, 3, 4) << int(View::Detail) << false << false;
    QTest::newRow("estate, overview") << estatePlan(3, 4, 5) << int(View::Overview) << true << true;
    QTest::newRow("no devices") << Plan() << int(View::Detail) << true << false;
}

void TestFigure::estimateIsTheBuiltGraph()
{
    // The view is chosen from the estimate, the budget then checks the real graph: the two must
    // count alike, or a chosen view could still be refused.
    QFETCH(Plan, plan);
    QFETCH(int, view);
    QFETCH(bool, merge);
    QFETCH(bool, legend);
    DiagramOptions options;
    options.view = View(view);
    options.merge = merge;
    options.legend = legend;
    const Analysis analysis(plan);
    const std::optional<Figure> figure = FigureBuilder(analysis, options).build(nullptr);
    QVERIFY(figure);
    const GraphBudget::Size estimate = GraphBudget::estimate(*figure);
    const GraphBudget::Size built =
        GraphBudget::measure(GraphBuilder(analysis, *figure, options).graph());
    QCOMPARE(estimate.nodes, built.nodes);
    QCOMPARE(estimate.edges, built.edges);
    QCOMPARE(estimate.clusters, built.clusters);
}

void TestFigure::manyZonesSwitchInsteadOfRefused()
{
    // One server and 45 branch LANs of a computer group each: few nodes, but more zone boxes than
    // Graphviz is given. Asked for the detail, the figure switches view rather than being refused.
    Plan plan;
    plan.zones << Zone::make(QStringLiteral("hq"), Catalog::ZoneKind::Lan, QStringLiteral("HQ"));
    plan.devices << Device::make(QStringLiteral("ksc"), Catalog::Role::AdministrationServer, "hq");
    for (int i = 1; i <= 45; ++i) {
        const QString zone = QStringLiteral("branch%1").arg(i);
        plan.zones << Zone::make(zone, Catalog::ZoneKind::Lan, zone);
        plan.devices << Device::make(zone + QStringLiteral("-pcs"), Catalog::Role::ManagedComputer,
                                     zone, 20);
    }
    DiagramOptions options;
    options.view = View::Detail;
    options.merge = false;
    QString error;
    const Analysis analysis(plan);
    const std::optional<Figure> figure = FigureBuilder(analysis, options).build(&error);
    QVERIFY2(figure, qPrintable(error));
    QVERIFY(!figure->notice.isEmpty());
    QVERIFY(GraphBudget::estimate(*figure).clusters <= Limits::MaxGraphClusters);
    const std::optional<QByteArray> svg = DiagramRenderer().svg(analysis, options, &error);
    QVERIFY2(svg, qPrintable(error));
    QVERIFY(svg->contains("<svg"));
}

void TestFigure::overviewSaysItsCounts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << "en"
                        << QStringList{QStringLiteral("3 Administration Servers"),
                                       QStringLiteral("150 devices"),
                                       QStringLiteral("3 distribution points")};
    QTest::newRow("ru") << "ru"
                        << QStringList{QStringLiteral("3 Сервера администрирования"),
                                       QStringLiteral("150 устройств"),
                                       QStringLiteral("3 точки распространения")};
}

void TestFigure::overviewSaysItsCounts()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    // 1 + 30 regions + 60 branches: too many boxes, the branches fold into their regions.
    const Plan plan = estatePlan(30, 2, 2);
    DiagramOptions options;
    options.view = View::Overview;
    options.texts = Texts::forLanguage(language);
    DiagramRenderer renderer;
    QString error;
    const std::optional<QByteArray> svg = renderer.svg(Analysis(plan), options, &error);
    QVERIFY2(svg, qPrintable(error));
    const QString text = svgText(*svg);
    for (const QString &line : expected)
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" in ") + text));
}

QTEST_MAIN(TestFigure)
#include "tst_figure.moc"
