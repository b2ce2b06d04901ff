#include "model/edit/PlanAlignment.h"
#include "model/io/Templates.h"

#include <QTest>

// Nudging, aligning and spacing as the plan operations do them: positions, the zone's devices
// travelling along, whole units, nothing when there is too little to arrange, and a card in the
// zone under its centre (keeping its own when there is none).
class TestPlanAlignment : public QObject
{
    Q_OBJECT

private slots:
    void align_data();
    void align();
    void alignNeedsTwo();
    void distributeKeepsOrderAndEnds();
    void nudgeTakesZoneDevicesAlong();
    void nudgeSnapsToGrid();
    void cardBelongsToTheZoneUnderIt_data();
    void cardBelongsToTheZoneUnderIt();
    void alignAcrossZonesMovesTheCard();
    void drawnCardSizesCount();

private:
    static Plan applied(const Plan &plan, const PlanOperations::Result &result)
    {
        Plan after = plan;
        PlanEdit edit = result.edit;
        edit.apply(after, true);
        return after;
    }
};

namespace {
Plan gateway()
{
    return *Templates::load(QStringLiteral("gateway"));
}
const QStringList kIds = {QStringLiteral("mmc"), QStringLiteral("ksc"), QStringLiteral("office")};
} // namespace

void TestPlanAlignment::align_data()
{
    // mmc (40, 60), ksc (200, 240), office (360, 400); cards 144 × 54.
    QTest::addColumn<int>("edge");
    QTest::addColumn<QList<QPointF>>("positions");
    using E = PlanAlignment::Edge;
    QTest::newRow("left") << int(E::Left) << QList<QPointF>{{40, 60}, {40, 240}, {40, 400}};
    QTest::newRow("right") << int(E::Right) << QList<QPointF>{{360, 60}, {360, 240}, {360, 400}};
    QTest::newRow("top") << int(E::Top) << QList<QPointF>{{40, 60}, {200, 60}, {360, 60}};
    QTest::newRow("bottom") << int(E::Bottom) << QList<QPointF>{{40, 400}, {200, 400}, {360, 400}};
    QTest::newRow("centres, vertical line")
        << int(E::HorizontalCentre) << QList<QPointF>{{200, 60}, {200, 240}, {200, 400}};
    QTest::newRow("centres, horizontal line")
        << int(E::VerticalCentre) << QList<QPointF>{{40, 230}, {200, 230}, {360, 230}};
}

void TestPlanAlignment::align()
{
    QFETCH(int, edge);
    QFETCH(QList<QPointF>, positions);
    const Plan plan = gateway();
    const auto result = PlanAlignment::align(plan, kIds, PlanAlignment::Edge(edge));
    const Plan after = applied(plan, result);
    for (int i = 0; i < kIds.size(); ++i)
        QCOMPARE(after.device(kIds[i])->position, positions[i]);
    QCOMPARE(after.device(QStringLiteral("db"))->position,
             plan.device(QStringLiteral("db"))->position);
}

void TestPlanAlignment::alignNeedsTwo()
{
    const Plan plan = gateway();
    QVERIFY(PlanAlignment::align(plan, {QStringLiteral("ksc")}, PlanAlignment::Edge::Left)
                .edit.isEmpty());
    QVERIFY(PlanAlignment::distribute(plan, kIds.mid(0, 2), Qt::Horizontal).edit.isEmpty());
    QVERIFY(PlanAlignment::align(plan, {QStringLiteral("ksc"), QStringLiteral("nothing")},
                                 PlanAlignment::Edge::Left)
                .edit.isEmpty());
}

void TestPlanAlignment::distributeKeepsOrderAndEnds()
{
    Plan plan = gateway();
    plan.device(QStringLiteral("ksc"))->position = QPointF(300, 240); // between, off-centre
    const Plan after = applied(plan, PlanAlignment::distribute(plan, kIds, Qt::Horizontal));
    // Ends at 40 and 360 + 144; gaps (464 − 3 × 144) / 2 = 16: ksc at 40 + 144 + 16.
    QCOMPARE(after.device(QStringLiteral("mmc"))->position, QPointF(40, 60));
    QCOMPARE(after.device(QStringLiteral("ksc"))->position, QPointF(200, 240));
    QCOMPARE(after.device(QStringLiteral("office"))->position, QPointF(360, 400));
}

void TestPlanAlignment::nudgeTakesZoneDevicesAlong()
{
    const Plan plan = gateway();
    const auto result = PlanAlignment::nudge(plan, {QStringLiteral("dmz")}, QPointF(10, -5));
    QCOMPARE(result.cascaded, 2);
    const Plan after = applied(plan, result);
    QCOMPARE(after.zone(QStringLiteral("dmz"))->geometry.topLeft(), QPointF(570, -5));
    QCOMPARE(after.device(QStringLiteral("gateway"))->position, QPointF(610, 235));
    QCOMPARE(after.device(QStringLiteral("mdm"))->position, QPointF(610, 415));
    QCOMPARE(after.device(QStringLiteral("ksc"))->position, QPointF(200, 240));
}

void TestPlanAlignment::nudgeSnapsToGrid()
{
    Plan plan = gateway();
    plan.device(QStringLiteral("ksc"))->position = QPointF(203.4, 247);
    const Plan after =
        applied(plan, PlanAlignment::nudge(plan, {QStringLiteral("ksc")}, QPointF(20, 0), 20));
    QCOMPARE(after.device(QStringLiteral("ksc"))->position, QPointF(220, 240));
    QCOMPARE(PlanAlignment::snap(-539.9999999999999, 20), -540.0);
    QCOMPARE(PlanAlignment::snap(13, 0), 13.0);
}

void TestPlanAlignment::cardBelongsToTheZoneUnderIt_data()
{
    // Zones: LAN x 0–520, DMZ 560–800, Internet 840–1280, all y 0–560; cards 144 × 54. office
    // (LAN) at (360, 400); gateway (DMZ) at (600, 240), on whose machine mdm runs.
    QTest::addColumn<QString>("id");
    QTest::addColumn<QPointF>("placed"); // where the card is before the nudge; null: as planned
    QTest::addColumn<QPointF>("delta");
    QTest::addColumn<QString>("zone");    // the card's zone after
    QTest::addColumn<bool>("outside");    // its centre outside every zone after
    QTest::addColumn<QString>("mdmZone"); // the zone of the device sharing gateway's machine
    const QString lan = QStringLiteral("lan"), dmz = QStringLiteral("dmz");
    const QString office = QStringLiteral("office"), gateway = QStringLiteral("gateway");
    QTest::newRow("within its zone")
        << office << QPointF() << QPointF(10, 0) << lan << false << dmz;
    QTest::newRow("sticking out, centre inside")
        << office << QPointF() << QPointF(60, 0) << lan << false << dmz;
    QTest::newRow("into the gap between zones: keeps its zone")
        << office << QPointF() << QPointF(105, 0) << lan << true << dmz;
    QTest::newRow("from the gap into the DMZ")
        << office << QPointF(465, 400) << QPointF(30, 0) << dmz << false << dmz;
    QTest::newRow("across into the DMZ")
        << office << QPointF() << QPointF(240, 0) << dmz << false << dmz;
    QTest::newRow("above every zone: keeps its zone")
        << office << QPointF() << QPointF(0, -430) << lan << true << dmz;
    QTest::newRow("into the Internet, with the machine's other device")
        << gateway << QPointF() << QPointF(300, 0) << QStringLiteral("internet") << false
        << QStringLiteral("internet");
}

void TestPlanAlignment::cardBelongsToTheZoneUnderIt()
{
    QFETCH(QString, id);
    QFETCH(QPointF, placed);
    QFETCH(QPointF, delta);
    QFETCH(QString, zone);
    QFETCH(bool, outside);
    QFETCH(QString, mdmZone);
    Plan plan = gateway();
    if (!placed.isNull())
        plan.device(id)->position = placed;
    const QPointF before = plan.device(id)->position;
    const auto result = PlanAlignment::nudge(plan, {id}, delta);
    QCOMPARE(result.outside, outside ? QStringList{id} : QStringList());
    const Plan after = applied(plan, result);
    QCOMPARE(after.device(id)->position, before + delta);
    QCOMPARE(after.device(id)->zone, zone);
    QCOMPARE(after.device(QStringLiteral("mdm"))->zone, mdmZone);
    if (mdmZone != QStringLiteral("dmz")) // it moved as far as its machine, and keeps its place
        QCOMPARE(after.device(QStringLiteral("mdm"))->position,
                 plan.device(QStringLiteral("mdm"))->position + delta);
}

void TestPlanAlignment::alignAcrossZonesMovesTheCard()
{
    // Lined up with the office's left edge, the gateway's card lands in the LAN and belongs to it,
    // and the iOS MDM Server on its machine with it, as after a drag.
    const Plan plan = gateway();
    const auto result = PlanAlignment::align(
        plan, {QStringLiteral("office"), QStringLiteral("gateway")}, PlanAlignment::Edge::Left);
    const Plan after = applied(plan, result);
    QCOMPARE(after.device(QStringLiteral("gateway"))->position, QPointF(360, 240));
    QCOMPARE(after.device(QStringLiteral("gateway"))->zone, QStringLiteral("lan"));
    QCOMPARE(after.device(QStringLiteral("mdm"))->zone, QStringLiteral("lan"));
    QCOMPARE(after.device(QStringLiteral("office"))->zone, QStringLiteral("lan"));
    QCOMPARE(result.cascaded, 1);
}

void TestPlanAlignment::drawnCardSizesCount()
{
    // The canvas draws ksc 200 × 80 (a long name) and the others 144 × 54: right edges, centres
    // and gaps are those of the cards drawn.
    const PlanAlignment::CardSize drawn = [](const Device &d) {
        return d.id == QStringLiteral("ksc") ? QSizeF(200, 80) : QSizeF(144, 54);
    };
    const Plan plan = gateway();
    Plan after = applied(plan, PlanAlignment::align(plan, kIds, PlanAlignment::Edge::Right, drawn));
    // office's right edge 360 + 144 = 504 is the outermost.
    QCOMPARE(after.device(QStringLiteral("ksc"))->position.x(), 304.0);
    QCOMPARE(after.device(QStringLiteral("mmc"))->position.x(), 360.0);
    after = applied(plan, PlanAlignment::distribute(plan, kIds, Qt::Vertical, drawn));
    // From 60 to 400 + 54: (454 − 60 − 54 − 80 − 54) / 2 = 103 between the cards.
    QCOMPARE(after.device(QStringLiteral("ksc"))->position.y(), 217.0);
    // A nudge decides the zone by the drawn card's centre: office moved to x 450 has its centre
    // at 600 (the DMZ, 560–800) drawn 300 wide, at 522 (between the LAN and the DMZ: it keeps
    // the LAN) with the plan's size.
    const PlanAlignment::CardSize wide = [](const Device &) { return QSizeF(300, 54); };
    const QStringList office = {QStringLiteral("office")};
    after = applied(plan, PlanAlignment::nudge(plan, office, QPointF(90, 0), 0, wide));
    QCOMPARE(after.device(QStringLiteral("office"))->zone, QStringLiteral("dmz"));
    after = applied(plan, PlanAlignment::nudge(plan, office, QPointF(90, 0)));
    QCOMPARE(after.device(QStringLiteral("office"))->zone, QStringLiteral("lan"));
}

QTEST_GUILESS_MAIN(TestPlanAlignment)
#include "tst_planalignment.moc"
