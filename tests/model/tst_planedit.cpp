#include "model/edit/PlanEdit.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"

#include <QTest>

#include <functional>

// A PlanEdit applied forwards gives the plan it describes, backwards the exact plan it started
// from (order of the lists included); merged edits behave as one.
class TestPlanEdit : public QObject
{
    Q_OBJECT

private slots:
    void applyAndRevert_data();
    void applyAndRevert();
    void secondChangeKeepsFirstBefore();
    void absorbMergesIntoOneStep();
    void listenerHearsEachElement();
};

namespace {

using Builder = std::function<PlanEdit(const Plan &)>;

Plan gateway()
{
    return *Templates::load(QStringLiteral("gateway"));
}

Device renamed(const Plan &plan, const QString &id, const QString &name)
{
    Device d = *plan.device(id);
    d.name = name;
    return d;
}

} // namespace

Q_DECLARE_METATYPE(Builder)

void TestPlanEdit::applyAndRevert_data()
{
    QTest::addColumn<Builder>("build");
    QTest::addColumn<QString>("checkId"); // an element the forward plan has (or not)
    QTest::addColumn<bool>("presentAfter");

    QTest::newRow("remove a device from the middle") << Builder([](const Plan &p) {
        PlanEdit e;
        e.removeDevice(p, QStringLiteral("office"));
        return e;
    }) << QStringLiteral("office") << false;
    QTest::newRow("remove a zone and its devices") << Builder([](const Plan &p) {
        PlanEdit e;
        e.removeDevice(p, QStringLiteral("gateway"));
        e.removeDevice(p, QStringLiteral("mdm"));
        e.removeZone(p, QStringLiteral("dmz"));
        return e;
    }) << QStringLiteral("dmz") << false;
    QTest::newRow("add a zone with a device") << Builder([](const Plan &) {
        PlanEdit e;
        Zone z =
            Zone::make(QStringLiteral("branch"), Catalog::ZoneKind::Lan, QStringLiteral("Branch"));
        z.geometry = QRectF(0, 700, 300, 200);
        e.addZone(z);
        e.addDevice(
            Device::make(QStringLiteral("branch-ksc"), Catalog::Role::AdministrationServer, z.id));
        return e;
    }) << QStringLiteral("branch-ksc") << true;
    QTest::newRow("change a device, the settings and the title") << Builder([](const Plan &p) {
        PlanEdit e;
        e.changeDevice(p, renamed(p, QStringLiteral("ksc"), QStringLiteral("Main")));
        PlanSettings s = p.settings;
        s.legacyAgentPort = !s.legacyAgentPort;
        e.changeSettings(p, s);
        e.changeTitle(p, QStringLiteral("Changed"));
        return e;
    }) << QStringLiteral("ksc") << true;
    // Each removal shifts the places of the devices after it: every later change must still
    // find its own device, and undo must put each back where it sat.
    QTest::newRow("remove devices first, last and between") << Builder([](const Plan &p) {
        PlanEdit e;
        e.removeDevice(p, p.devices.first().id);
        e.removeDevice(p, p.devices.last().id);
        e.removeDevice(p, QStringLiteral("office"));
        e.changeDevice(p, renamed(p, QStringLiteral("gateway"), QStringLiteral("Gateway 2")));
        return e;
    }) << QStringLiteral("office") << false;
    // As Arrange does: one change for every device, appended directly.
    QTest::newRow("move every device") << Builder([](const Plan &p) {
        PlanEdit e;
        for (const Device &d : p.devices) {
            Device after = d;
            after.position += QPointF(10, 20);
            e.devices << PlanEdit::Change<Device>{d.id, d, after};
        }
        return e;
    }) << QStringLiteral("ksc") << true;
}

void TestPlanEdit::applyAndRevert()
{
    QFETCH(Builder, build);
    QFETCH(QString, checkId);
    QFETCH(bool, presentAfter);
    Plan plan = gateway();
    const Plan original = plan;
    PlanEdit edit = build(plan);
    QVERIFY(!edit.isEmpty());

    edit.apply(plan, true);
    QVERIFY(plan != original);
    QCOMPARE(plan.device(checkId) != nullptr || plan.zone(checkId) != nullptr, presentAfter);
    // Forwards, every device and zone the edit keeps is in its `after` state.
    for (const PlanEdit::Change<Device> &c : edit.devices) {
        const Device *d = plan.device(c.id);
        QCOMPARE(d != nullptr, c.after.has_value());
        if (d)
            QVERIFY(*d == *c.after);
    }
    for (const PlanEdit::Change<Zone> &c : edit.zones) {
        const Zone *z = plan.zone(c.id);
        QCOMPARE(z != nullptr, c.after.has_value());
        if (z)
            QVERIFY(*z == *c.after);
    }
    const Plan forward = plan;

    edit.apply(plan, false);
    QCOMPARE(PlanFile::serialize(plan), PlanFile::serialize(original));
    QVERIFY(plan == original);
    // And again: redo after undo gives the same plan.
    edit.apply(plan, true);
    QVERIFY(plan == forward);
}

void TestPlanEdit::secondChangeKeepsFirstBefore()
{
    const Plan plan = gateway();
    PlanEdit edit;
    edit.changeDevice(plan, renamed(plan, QStringLiteral("ksc"), QStringLiteral("A")));
    // The second change reads the state the first one left.
    QCOMPARE(edit.device(plan, QStringLiteral("ksc"))->name, QStringLiteral("A"));
    edit.changeDevice(plan, renamed(plan, QStringLiteral("ksc"), QStringLiteral("B")));
    QCOMPARE(edit.devices.size(), 1);
    QCOMPARE(edit.devices.first().before->name, plan.device(QStringLiteral("ksc"))->name);
    QCOMPARE(edit.devices.first().after->name, QStringLiteral("B"));
}

void TestPlanEdit::absorbMergesIntoOneStep()
{
    Plan plan = gateway();
    const Plan original = plan;
    // Typing "Ma", then "Main" into the server's name, then renaming the title: one step.
    PlanEdit first;
    first.changeDevice(plan, renamed(plan, QStringLiteral("ksc"), QStringLiteral("Ma")));
    first.apply(plan, true);
    PlanEdit second;
    second.changeDevice(plan, renamed(plan, QStringLiteral("ksc"), QStringLiteral("Main")));
    second.changeTitle(plan, QStringLiteral("Typed"));
    second.apply(plan, true);

    first.absorb(second);
    QCOMPARE(first.devices.size(), 1);
    QCOMPARE(first.devices.first().before->name, original.device(QStringLiteral("ksc"))->name);
    QCOMPARE(first.devices.first().after->name, QStringLiteral("Main"));
    QCOMPARE(*first.titleBefore, original.title);
    QCOMPARE(*first.titleAfter, QStringLiteral("Typed"));

    first.apply(plan, false);
    QVERIFY(plan == original);
}

void TestPlanEdit::listenerHearsEachElement()
{
    Plan plan = gateway();
    PlanEdit edit;
    edit.removeDevice(plan, QStringLiteral("db"));
    edit.changeDevice(plan, renamed(plan, QStringLiteral("ksc"), QStringLiteral("Main")));
    QStringList heard;
    const auto listen = [&](bool isZone, PlanEdit::Applied what, const QString &id) {
        QVERIFY(!isZone);
        heard << id + QLatin1Char(':') + QString::number(int(what));
    };
    edit.apply(plan, true, listen);
    QCOMPARE(heard, QStringList({QStringLiteral("db:%1").arg(int(PlanEdit::Applied::Removed)),
                                 QStringLiteral("ksc:%1").arg(int(PlanEdit::Applied::Changed))}));
    heard.clear();
    edit.apply(plan, false, listen);
    // Backwards in reverse order; the removed device comes back where it was.
    QCOMPARE(heard, QStringList({QStringLiteral("ksc:%1").arg(int(PlanEdit::Applied::Changed)),
                                 QStringLiteral("db:%1").arg(int(PlanEdit::Applied::Added))}));
    QCOMPARE(plan.deviceIndex(QStringLiteral("db")), gateway().deviceIndex(QStringLiteral("db")));
}

QTEST_MAIN(TestPlanEdit)
#include "tst_planedit.moc"
