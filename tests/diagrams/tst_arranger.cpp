// Arranging a plan: zones get boxes, devices places inside them, nothing overlapping, for the
// documented schemes, generated estates (up to 1,000 entries) and odd plans; Graphviz for small
// plans (zones ordered LAN -> DMZ -> Internet), the grid for large ones.
#include "bench/PlanGenerator.h"
#include "diagrams/Arranger.h"
#include "diagrams/GridArrangement.h"
#include "model/edit/PlanLayout.h"
#include "model/edit/PlanOperations.h"
#include "model/io/Templates.h"

#include <QElapsedTimer>
#include <QtTest>

Q_DECLARE_METATYPE(Plan)
Q_DECLARE_METATYPE(Arranger::Engine)

namespace {

// The plan as a script writes it: no zone boxes, every device at the origin.
Plan pile(Plan plan)
{
    for (Zone &zone : plan.zones)
        zone.geometry = QRectF();
    for (Device &device : plan.devices)
        device.position = QPointF();
    return plan;
}

Plan arranged(const Plan &plan, Arranger::Engine engine)
{
    Plan result = plan;
    PlanOperations::arrange(result, Arranger::arrange(result, engine)).edit.apply(result, true);
    return result;
}

bool overlap(const QRectF &a, const QRectF &b)
{
    return a.intersected(b).width() > 0 && a.intersected(b).height() > 0;
}

// The rules, checked here on their own (not through Arrangement::problems): every card inside
// its zone's box below the header, no two cards and no two boxes overlapping.
QStringList broken(const Plan &plan)
{
    QStringList problems;
    for (const Zone &zone : plan.zones) {
        if (zone.geometry.isEmpty())
            problems << QStringLiteral("zone %1: no box").arg(zone.id);
    }
    for (int i = 0; i < plan.zones.size(); ++i) {
        for (int j = i + 1; j < plan.zones.size(); ++j) {
            if (overlap(plan.zones[i].geometry, plan.zones[j].geometry))
                problems << QStringLiteral("zones %1, %2").arg(plan.zones[i].id, plan.zones[j].id);
        }
    }
    QList<QRectF> cards;
    for (const Device &device : plan.devices) {
        const QRectF card(device.position, PlanLayout::DeviceSize);
        cards << card;
        if (const Zone *zone = plan.zone(device.zone)) {
            const QRectF inside = zone->geometry.adjusted(0, PlanLayout::ZoneHeader, 0, 0);
            if (!inside.contains(card))
                problems << QStringLiteral("device %1 outside %2").arg(device.id, zone->id);
        }
    }
    for (int i = 0; i < cards.size(); ++i) {
        for (int j = i + 1; j < cards.size(); ++j) {
            if (overlap(cards[i], cards[j]))
                problems
                    << QStringLiteral("devices %1, %2").arg(plan.devices[i].id, plan.devices[j].id);
        }
    }
    return problems;
}

Plan oddPlan()
{
    Plan plan;
    plan.zones << Zone::make(QStringLiteral("internet"), Catalog::ZoneKind::Internet, QString())
               << Zone::make(QStringLiteral("empty"), Catalog::ZoneKind::Dmz, QString())
               << Zone::make(QStringLiteral("lan"), Catalog::ZoneKind::Lan, QString());
    plan.devices << Device::make(QStringLiteral("ksc"), Catalog::Role::AdministrationServer,
                                 QStringLiteral("lan"))
                 << Device::make(QStringLiteral("pcs"), Catalog::Role::ManagedComputer,
                                 QStringLiteral("lan"), 40)
                 << Device::make(QStringLiteral("lost"), Catalog::Role::ManagedComputer,
                                 QStringLiteral("nowhere"))
                 << Device::make(QStringLiteral("roaming"), Catalog::Role::ManagedComputer,
                                 QStringLiteral("internet"));
    return plan;
}

} // namespace

class TestArranger : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheRules_data();
    void keepsTheRules();
    void ordersZonesLikeTheFigure();
    void largeEstateTakesSeconds();
    void isOneEditThatUndoes();
    void knowsWhenAPlanNeedsIt();
    void picksTheEngineByCount();
};

void TestArranger::keepsTheRules_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<Arranger::Engine>("engine");
    for (const QString &name : Templates::names()) {
        const Plan plan = pile(*Templates::load(name));
        QTest::addRow("%s, Graphviz", qPrintable(name)) << plan << Arranger::Engine::Graphviz;
        QTest::addRow("%s, grid", qPrintable(name)) << plan << Arranger::Engine::Grid;
        // A scheme with a layout of its own is arranged anew by the same rules.
        QTest::addRow("%s as drawn", qPrintable(name))
            << *Templates::load(name) << Arranger::Engine::Automatic;
    }
    QTest::addRow("odd plan, Graphviz") << oddPlan() << Arranger::Engine::Graphviz;
    QTest::addRow("odd plan, grid") << oddPlan() << Arranger::Engine::Grid;
    QTest::addRow("generated 60, automatic")
        << PlanGenerator::hierarchy(60) << Arranger::Engine::Automatic;
    QTest::addRow("generated 300, automatic")
        << PlanGenerator::hierarchy(300) << Arranger::Engine::Automatic;
    QTest::addRow("generated 1000, automatic")
        << PlanGenerator::hierarchy(1000) << Arranger::Engine::Automatic;
}

void TestArranger::keepsTheRules()
{
    QFETCH(Plan, plan);
    QFETCH(Arranger::Engine, engine);
    const Plan result = arranged(plan, engine);
    const QStringList problems = broken(result);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    // Only geometry changes; the same plan arranges the same way every time.
    Plan withoutGeometry = pile(result);
    QCOMPARE(withoutGeometry, pile(plan));
    QCOMPARE(arranged(plan, engine), result);
    QVERIFY(!Arrangement::isNeeded(result));
}

void TestArranger::ordersZonesLikeTheFigure()
{
    const Plan reference = pile(*Templates::load(QStringLiteral("hierarchy")));
    // Graphviz: side by side, left to right, as in the figure.
    const Plan figure = arranged(reference, Arranger::Engine::Graphviz);
    for (const Zone &a : figure.zones) {
        for (const Zone &b : figure.zones) {
            if (Catalog::zoneKindOrder(a.kind) < Catalog::zoneKindOrder(b.kind))
                QVERIFY2(a.geometry.right() < b.geometry.left(), qPrintable(a.id + b.id));
        }
    }
    // The grid: in reading order, top to bottom, then left to right within a shelf.
    const Plan grid = arranged(reference, Arranger::Engine::Grid);
    auto before = [](const QRectF &a, const QRectF &b) {
        return a.bottom() <= b.top() || (a.top() < b.bottom() && a.right() <= b.left());
    };
    for (const Zone &a : grid.zones) {
        for (const Zone &b : grid.zones) {
            if (Catalog::zoneKindOrder(a.kind) < Catalog::zoneKindOrder(b.kind))
                QVERIFY2(before(a.geometry, b.geometry), qPrintable(a.id + b.id));
        }
    }
}

void TestArranger::largeEstateTakesSeconds()
{
    const Plan plan = PlanGenerator::hierarchy(1000);
    QElapsedTimer timer;
    timer.start();
    const Plan result = arranged(plan, Arranger::Engine::Automatic);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(Arranger::arrange(plan).problems(plan).isEmpty());
    QCOMPARE(result.devices.size(), plan.devices.size());
}

void TestArranger::isOneEditThatUndoes()
{
    const Plan before = pile(*Templates::load(QStringLiteral("hierarchy")));
    PlanOperations::Result r = PlanOperations::arrange(before, Arranger::arrange(before));
    QCOMPARE(r.ids.size(), before.zones.size() + before.devices.size());
    Plan plan = before;
    r.edit.apply(plan, true);
    QVERIFY(broken(plan).isEmpty());
    r.edit.apply(plan, false);
    QCOMPARE(plan, before);
    // Arranging an arranged plan changes nothing.
    Plan again = before;
    r.edit.apply(again, true);
    QVERIFY(PlanOperations::arrange(again, Arranger::arrange(again)).edit.isEmpty());
}

void TestArranger::knowsWhenAPlanNeedsIt()
{
    QVERIFY(!Arrangement::isNeeded(Plan()));
    const Plan reference = *Templates::load(QStringLiteral("gateway"));
    QVERIFY(!Arrangement::isNeeded(reference));
    QVERIFY(Arrangement::isNeeded(pile(reference)));
    Plan oneZoneWithoutBox = reference;
    oneZoneWithoutBox.zones.first().geometry = QRectF();
    QVERIFY(Arrangement::isNeeded(oneZoneWithoutBox));
    Plan onOneSpot = reference;
    for (Device &device : onOneSpot.devices)
        device.position = QPointF(100, 100);
    QVERIFY(Arrangement::isNeeded(onOneSpot));
}

void TestArranger::picksTheEngineByCount()
{
    QCOMPARE(Arranger::engineFor(PlanGenerator::hierarchy(Arranger::GraphvizLimit)),
             Arranger::Engine::Graphviz);
    QCOMPARE(Arranger::engineFor(PlanGenerator::hierarchy(Arranger::GraphvizLimit + 1)),
             Arranger::Engine::Grid);
}

QTEST_GUILESS_MAIN(TestArranger)
#include "tst_arranger.moc"
