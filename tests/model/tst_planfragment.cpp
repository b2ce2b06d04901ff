#include "model/edit/PlanFragment.h"
#include "model/edit/PlanLayout.h"
#include "model/io/Templates.h"

#include <QTest>

// The clipboard's plan fragment: what a selection cuts out, and how a copy comes back in (fresh
// ids, a zone for every device, shifted so that it does not hide the original, machines shared
// only within the copy or within one zone).
class TestPlanFragment : public QObject
{
    Q_OBJECT

private slots:
    void selectTakesZoneDevices();
    void copyInto_data();
    void copyInto();
    void copiedZoneKeepsItsDevicesAndMachines();
};

namespace {

Plan gateway()
{
    return *Templates::load(QStringLiteral("gateway"));
}

} // namespace

void TestPlanFragment::selectTakesZoneDevices()
{
    const Plan plan = gateway();
    const Plan fragment =
        PlanFragment::select(plan, {QStringLiteral("dmz"), QStringLiteral("ksc")});
    QCOMPARE(fragment.zones.size(), 1);
    QStringList ids;
    for (const Device &d : fragment.devices)
        ids << d.id;
    QCOMPARE(ids, QStringList(
                      {QStringLiteral("ksc"), QStringLiteral("gateway"), QStringLiteral("mdm")}));
}

void TestPlanFragment::copyInto_data()
{
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QPointF>("offset");
    QTest::addColumn<QString>("targetZone");
    QTest::addColumn<QStringList>("zones"); // the zone of each copy, in order
    QTest::addColumn<QStringList>("hosts"); // the host of each copy, in order

    QTest::newRow("duplicate beside the original")
        << QStringList{QStringLiteral("ksc"), QStringLiteral("db")} << QPointF(30, 30) << QString()
        << QStringList{QStringLiteral("lan"), QStringLiteral("lan")}
        << QStringList{QString(), QString()};
    QTest::newRow("shifted into the zone under the new place")
        << QStringList{QStringLiteral("office")} << QPointF(240, -300) << QString()
        << QStringList{QStringLiteral("dmz")} << QStringList{QString()};
    QTest::newRow("into a chosen zone")
        << QStringList{QStringLiteral("ksc")} << QPointF(30, 30) << QStringLiteral("internet")
        << QStringList{QStringLiteral("internet")} << QStringList{QString()};
    QTest::newRow("a guest copied with its host shares the copy's machine")
        << QStringList{QStringLiteral("gateway"), QStringLiteral("mdm")} << QPointF(30, 30)
        << QString() << QStringList{QStringLiteral("dmz"), QStringLiteral("dmz")}
        << QStringList{QString(), QStringLiteral("gateway-2")};
    QTest::newRow("a guest copied alone in its zone keeps the original machine")
        << QStringList{QStringLiteral("mdm")} << QPointF(30, 30) << QString()
        << QStringList{QStringLiteral("dmz")} << QStringList{QStringLiteral("gateway")};
    QTest::newRow("a guest copied alone into another zone gets its own machine")
        << QStringList{QStringLiteral("mdm")} << QPointF(30, 30) << QStringLiteral("lan")
        << QStringList{QStringLiteral("lan")} << QStringList{QString()};
}

void TestPlanFragment::copyInto()
{
    QFETCH(QStringList, selected);
    QFETCH(QPointF, offset);
    QFETCH(QString, targetZone);
    QFETCH(QStringList, zones);
    QFETCH(QStringList, hosts);
    Plan plan = gateway();
    const Plan fragment = PlanFragment::select(plan, selected);
    QList<bool> free; // the place the offset gives is clear of the plan's cards
    for (const Device &d : fragment.devices) {
        const QRectF card(d.position + offset, PlanLayout::DeviceSize);
        free << std::none_of(plan.devices.begin(), plan.devices.end(), [&](const Device &o) {
            return QRectF(o.position, PlanLayout::DeviceSize).intersects(card);
        });
    }
    PlanEdit edit;
    const QStringList ids = PlanFragment::copyInto(plan, edit, fragment, offset, targetZone);
    QCOMPARE(ids.size(), selected.size());
    edit.apply(plan, true);
    for (int i = 0; i < ids.size(); ++i) {
        QVERIFY2(!selected.contains(ids[i]), qPrintable(ids[i]));
        const Device *copy = plan.device(ids[i]);
        QVERIFY(copy);
        QCOMPARE(copy->zone, zones[i]);
        QCOMPARE(copy->host, hosts[i]);
        QCOMPARE(copy->name, fragment.devices[i].name);
        // Where the offset puts it, unless a card is there: a copy never hides another card.
        const QRectF card(copy->position, PlanLayout::DeviceSize);
        for (const Device &other : plan.devices) {
            QVERIFY2(other.id == copy->id ||
                         !QRectF(other.position, PlanLayout::DeviceSize).intersects(card),
                     qPrintable(copy->id + QStringLiteral(" lies on ") + other.id));
        }
        if (free[i])
            QCOMPARE(copy->position, fragment.devices[i].position + offset);
    }
}

void TestPlanFragment::copiedZoneKeepsItsDevicesAndMachines()
{
    Plan plan = gateway();
    const Plan fragment = PlanFragment::select(plan, {QStringLiteral("dmz")});
    PlanEdit edit;
    const QPointF offset(0, 600);
    const QStringList ids = PlanFragment::copyInto(plan, edit, fragment, offset);
    QCOMPARE(ids, QStringList({QStringLiteral("dmz-2"), QStringLiteral("gateway-2"),
                               QStringLiteral("mdm-2")}));
    edit.apply(plan, true);
    QCOMPARE(plan.zone(QStringLiteral("dmz-2"))->geometry,
             plan.zone(QStringLiteral("dmz"))->geometry.translated(offset));
    QCOMPARE(plan.device(QStringLiteral("gateway-2"))->zone, QStringLiteral("dmz-2"));
    QCOMPARE(plan.device(QStringLiteral("mdm-2"))->zone, QStringLiteral("dmz-2"));
    QCOMPARE(plan.device(QStringLiteral("mdm-2"))->host, QStringLiteral("gateway-2"));
}

QTEST_MAIN(TestPlanFragment)
#include "tst_planfragment.moc"
