#include "model/edit/CardRoom.h"
#include "model/edit/PlanLayout.h"
#include "model/edit/PlanOperations.h"

#include <QTest>

// A card that grows with a longer name moves the neighbours it would cover out of its way, in the
// same undo step; cards the planner had already stacked stay put; other zones are left alone.
class TestCardRoom : public QObject
{
    Q_OBJECT

private slots:
    void grownCardMovesNeighbours_data();
    void grownCardMovesNeighbours();
    void undoRestoresThePlan();
};

namespace {

using Positions = QMap<QString, QPointF>;

// A LAN with a row of cards ("a" to "d") and one below "a", a card stacked on "a" by the planner,
// and a DMZ right beside the LAN with a card of its own.
Plan row()
{
    Plan plan;
    plan.zones << Zone::make(QStringLiteral("lan"), Catalog::ZoneKind::Lan, QStringLiteral("LAN"));
    plan.zones.last().geometry = QRectF(0, 0, 520, 300);
    plan.zones << Zone::make(QStringLiteral("dmz"), Catalog::ZoneKind::Dmz, QStringLiteral("DMZ"));
    plan.zones.last().geometry = QRectF(540, 0, 300, 300);
    const auto add = [&](const QString &id, const QString &zone, const QPointF &at) {
        Device d = Device::make(id, Catalog::Role::ManagedComputer, zone, 1);
        d.position = at;
        plan.devices << d;
    };
    add(QStringLiteral("a"), QStringLiteral("lan"), {20, 40});
    add(QStringLiteral("b"), QStringLiteral("lan"), {180, 40});
    add(QStringLiteral("c"), QStringLiteral("lan"), {340, 40});
    add(QStringLiteral("below"), QStringLiteral("lan"), {20, 120});
    add(QStringLiteral("stacked"), QStringLiteral("lan"), {30, 50});
    add(QStringLiteral("other"), QStringLiteral("dmz"), {560, 120});
    return plan;
}

// Cards measure as the renamed one asks: "a" takes `grown`, every other card the usual size.
PlanOperations::CardSize measure(const QSizeF &grown)
{
    return [grown](const Device &d) {
        return d.id == QStringLiteral("a") && d.name == QStringLiteral("A much longer name")
                   ? grown
                   : PlanLayout::DeviceSize;
    };
}

} // namespace

void TestCardRoom::grownCardMovesNeighbours_data()
{
    QTest::addColumn<QSizeF>("grown");
    QTest::addColumn<Positions>("expected"); // devices that move, and where to
    QTest::addColumn<qreal>("lanRight");

    const qreal gap = PlanOperations::CardGap;
    QTest::newRow("same size: nothing moves") << PlanLayout::DeviceSize << Positions{} << 520.0;
    QTest::newRow("wider: the row moves right, on into the next card, the zone grows")
        << QSizeF(250, 54)
        << Positions{{QStringLiteral("b"), {20 + 250 + gap, 40}},
                     {QStringLiteral("c"), {20 + 250 + gap + 144 + gap, 40}}}
        << 20 + 250 + gap + 144 + gap + 144 + 20;
    QTest::newRow("taller: the card below moves down")
        << QSizeF(144, 96) << Positions{{QStringLiteral("below"), {20, 40 + 96 + gap}}} << 520.0;
    QTest::newRow("wider only into the gap: nothing moves")
        << QSizeF(146, 54) << Positions{} << 520.0;
}

void TestCardRoom::grownCardMovesNeighbours()
{
    QFETCH(QSizeF, grown);
    QFETCH(Positions, expected);
    QFETCH(qreal, lanRight);
    const Plan before = row();
    PlanOperations::Result renamed =
        PlanOperations::rename(before, QStringLiteral("a"), QStringLiteral("A much longer name"));
    const int moved =
        PlanOperations::makeRoom(before, renamed.edit, QStringLiteral("a"), measure(grown));
    QCOMPARE(moved, int(expected.size()));
    Plan after = before;
    renamed.edit.apply(after, true);
    for (const Device &d : after.devices) {
        const QPointF want = expected.value(d.id, before.device(d.id)->position);
        QVERIFY2(d.position == want, qPrintable(QStringLiteral("%1 at %2,%3, expected %4,%5")
                                                    .arg(d.id)
                                                    .arg(d.position.x())
                                                    .arg(d.position.y())
                                                    .arg(want.x())
                                                    .arg(want.y())));
    }
    QCOMPARE(after.zone(QStringLiteral("lan"))->geometry.right(), lanRight);
    QCOMPARE(after.zone(QStringLiteral("dmz"))->geometry,
             before.zone(QStringLiteral("dmz"))->geometry);
    // No card of the grown one's zone lies on it, but the one the planner had stacked there.
    const auto card = measure(grown);
    const QRectF a(after.device(QStringLiteral("a"))->position,
                   card(*after.device(QStringLiteral("a"))));
    for (const Device &d : after.devices) {
        if (d.zone == QStringLiteral("lan") && d.id != QStringLiteral("a") &&
            d.id != QStringLiteral("stacked"))
            QVERIFY2(!a.intersects(QRectF(d.position, card(d))), qPrintable(d.id));
    }
}

void TestCardRoom::undoRestoresThePlan()
{
    const Plan before = row();
    PlanOperations::Result renamed =
        PlanOperations::rename(before, QStringLiteral("a"), QStringLiteral("A much longer name"));
    QVERIFY(PlanOperations::makeRoom(before, renamed.edit, QStringLiteral("a"),
                                     measure(QSizeF(250, 96))) > 0);
    Plan plan = before;
    renamed.edit.apply(plan, true);
    QVERIFY(!(plan == before));
    renamed.edit.apply(plan, false);
    QVERIFY(plan == before);
}

QTEST_GUILESS_MAIN(TestCardRoom)
#include "tst_cardroom.moc"
