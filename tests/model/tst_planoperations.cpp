#include "model/Analysis.h"
#include "model/FlowDeriver.h"
#include "model/Validator.h"
#include "model/edit/PlanLayout.h"
#include "model/edit/PlanOperations.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"

#include <QTest>

#include <functional>

// The plan operations with their cascades, on the gateway template (whose iOS MDM Server runs on
// the connection gateway's machine): what each does to the devices the planner did not touch,
// that the plan stays free of "host-in-other-zone", and that reverting restores the exact plan.
class TestPlanOperations : public QObject
{
    Q_OBJECT

private slots:
    void cascade_data();
    void cascade();
    void moveKeepsGuestsBesideTheirHost();
    void moveWithinZoneLeavesGuests();
    void changeHostTakesAddressAndFreeSpot();
    void hostLoopIsRefused();
    void hostsOffered_data();
    void hostsOffered();
    void addAndPaste();
    void renameAndProperties();
};

namespace {

using Operation = std::function<PlanOperations::Result(const Plan &)>;
using Expected = QMap<QString, QString>; // id -> zone (or host); "-" for a removed device

const QString kGone = QStringLiteral("-");

Plan gateway()
{
    return *Templates::load(QStringLiteral("gateway"));
}

// The gateway template with the office computers running on the database server's machine.
Plan officeOnDatabase()
{
    Plan plan = gateway();
    plan.device(QStringLiteral("office"))->host = QStringLiteral("db");
    return plan;
}

bool hasFinding(const Plan &plan, const QString &code)
{
    const QList<Finding> findings = Analysis(plan).findings();
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding &f) { return f.code == code; });
}

PlanOperations::DeviceMove to(const QString &id, const QString &zone, const QPointF &position)
{
    return {id, zone, position};
}

} // namespace

Q_DECLARE_METATYPE(Operation)

void TestPlanOperations::cascade_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<Expected>("zones");
    QTest::addColumn<Expected>("hosts");
    QTest::addColumn<int>("cascaded");

    const QString lan = QStringLiteral("lan");
    const QString dmz = QStringLiteral("dmz");
    const QString gw = QStringLiteral("gateway");
    const QString mdm = QStringLiteral("mdm");

    QTest::newRow("moving a co-hosted device takes its host")
        << gateway() << Operation([](const Plan &p) {
               return PlanOperations::move(
                   p, {to(QStringLiteral("mdm"), QStringLiteral("lan"), QPointF(360, 150))});
           })
        << Expected{{mdm, lan}, {gw, lan}} << Expected{{mdm, gw}} << 1;
    QTest::newRow("moving a host takes its guests") << gateway() << Operation([](const Plan &p) {
        return PlanOperations::move(
            p, {to(QStringLiteral("gateway"), QStringLiteral("lan"), QPointF(360, 150))});
    }) << Expected{{mdm, lan}, {gw, lan}, {QStringLiteral("ksc"), lan}}
                                                    << Expected{{mdm, gw}} << 1;
    QTest::newRow("moving host and guest together cascades nothing")
        << gateway() << Operation([](const Plan &p) {
               return PlanOperations::move(
                   p, {to(QStringLiteral("gateway"), QStringLiteral("lan"), QPointF(360, 150)),
                       to(QStringLiteral("mdm"), QStringLiteral("lan"), QPointF(360, 230))});
           })
        << Expected{{mdm, lan}, {gw, lan}} << Expected{{mdm, gw}} << 0;
    QTest::newRow("a zone change through the device fields cascades too")
        << gateway() << Operation([](const Plan &p) {
               Device after = *p.device(QStringLiteral("gateway"));
               after.zone = QStringLiteral("lan");
               after.position = QPointF(360, 150);
               return PlanOperations::changeDevice(p, after);
           })
        << Expected{{mdm, lan}, {gw, lan}} << Expected{{mdm, gw}} << 1;
    QTest::newRow("deleting a host clears the host of its guests")
        << gateway() << Operation([](const Plan &p) {
               return PlanOperations::remove(p, {QStringLiteral("gateway")});
           })
        << Expected{{gw, kGone}, {mdm, dmz}} << Expected{{mdm, QString()}} << 1;
    QTest::newRow("deleting a zone deletes its devices and counts them")
        << gateway() << Operation([](const Plan &p) {
               return PlanOperations::remove(p, {QStringLiteral("dmz")});
           })
        << Expected{{gw, kGone}, {mdm, kGone}, {QStringLiteral("ksc"), lan}} << Expected{} << 2;
    QTest::newRow("deleting a host in the LAN unhosts its guest")
        << officeOnDatabase() << Operation([](const Plan &p) {
               return PlanOperations::remove(p, {QStringLiteral("db")});
           })
        << Expected{{QStringLiteral("db"), kGone}, {QStringLiteral("office"), lan}}
        << Expected{{QStringLiteral("office"), QString()}} << 1;
    QTest::newRow("changing the host joins the host's zone")
        << gateway() << Operation([](const Plan &p) {
               return PlanOperations::changeHost(p, QStringLiteral("webconsole"),
                                                 QStringLiteral("gateway"));
           })
        << Expected{{QStringLiteral("webconsole"), dmz}, {gw, dmz}}
        << Expected{{QStringLiteral("webconsole"), gw}} << 0;
    QTest::newRow("changing the host takes the device's own guests along")
        << officeOnDatabase() << Operation([](const Plan &p) {
               return PlanOperations::changeHost(p, QStringLiteral("db"),
                                                 QStringLiteral("gateway"));
           })
        << Expected{{QStringLiteral("db"), dmz}, {QStringLiteral("office"), dmz}}
        << Expected{{QStringLiteral("db"), gw}, {QStringLiteral("office"), QStringLiteral("db")}}
        << 1;
    QTest::newRow("clearing the host moves nothing") << gateway() << Operation([](const Plan &p) {
        return PlanOperations::changeHost(p, QStringLiteral("mdm"), QString());
    }) << Expected{{mdm, dmz}, {gw, dmz}} << Expected{{mdm, QString()}}
                                                     << 0;
}

void TestPlanOperations::cascade()
{
    QFETCH(Plan, plan);
    QFETCH(Operation, operation);
    QFETCH(Expected, zones);
    QFETCH(Expected, hosts);
    QFETCH(int, cascaded);
    const Plan original = plan;

    PlanOperations::Result result = operation(plan);
    QVERIFY(!result.edit.isEmpty());
    QCOMPARE(result.cascaded, cascaded);
    result.edit.apply(plan, true);

    for (auto it = zones.cbegin(); it != zones.cend(); ++it) {
        const Device *d = plan.device(it.key());
        QCOMPARE(d ? d->zone : kGone, it.value());
    }
    for (auto it = hosts.cbegin(); it != hosts.cend(); ++it)
        QCOMPARE(plan.device(it.key())->host, it.value());
    QVERIFY(!hasFinding(plan, QStringLiteral("host-in-other-zone")));
    QVERIFY(!hasFinding(plan, QStringLiteral("unknown-host")));

    result.edit.apply(plan, false);
    QCOMPARE(PlanFile::serialize(plan), PlanFile::serialize(original));
}

void TestPlanOperations::moveKeepsGuestsBesideTheirHost()
{
    Plan plan = gateway();
    const QPointF gatewayBefore = plan.device(QStringLiteral("gateway"))->position;
    const QPointF mdmBefore = plan.device(QStringLiteral("mdm"))->position;
    auto result = PlanOperations::move(
        plan, {to(QStringLiteral("gateway"), QStringLiteral("lan"), QPointF(360, 150))});
    result.edit.apply(plan, true);
    const Device *g = plan.device(QStringLiteral("gateway"));
    const Device *m = plan.device(QStringLiteral("mdm"));
    QCOMPARE(g->position, QPointF(360, 150));
    QCOMPARE(m->position - g->position, mdmBefore - gatewayBefore);
    QVERIFY(plan.zone(QStringLiteral("lan"))->geometry.contains(m->position));
}

void TestPlanOperations::moveWithinZoneLeavesGuests()
{
    const Plan plan = gateway();
    const auto result = PlanOperations::move(
        plan, {to(QStringLiteral("gateway"), QStringLiteral("dmz"), QPointF(600, 100))});
    QCOMPARE(result.cascaded, 0);
    QCOMPARE(result.edit.devices.size(), 1);
    QCOMPARE(result.edit.devices.first().id, QStringLiteral("gateway"));
    // Nothing moved: nothing to undo.
    QVERIFY(PlanOperations::move(plan, {to(QStringLiteral("gateway"), QStringLiteral("dmz"),
                                           plan.device(QStringLiteral("gateway"))->position)})
                .edit.isEmpty());
}

void TestPlanOperations::changeHostTakesAddressAndFreeSpot()
{
    Plan plan = gateway();
    plan.device(QStringLiteral("gateway"))->address = QStringLiteral("192.0.2.10");
    plan.device(QStringLiteral("webconsole"))->address.clear();
    auto result =
        PlanOperations::changeHost(plan, QStringLiteral("webconsole"), QStringLiteral("gateway"));
    result.edit.apply(plan, true);
    const Device *web = plan.device(QStringLiteral("webconsole"));
    QCOMPARE(web->address, QStringLiteral("192.0.2.10"));
    // Placed inside the DMZ on a spot no other device covers.
    QVERIFY(plan.zone(QStringLiteral("dmz"))->geometry.contains(web->position));
    for (const Device &d : plan.devices) {
        if (d.id != web->id)
            QVERIFY2(d.position != web->position, qPrintable(d.id));
    }
}

void TestPlanOperations::hostLoopIsRefused()
{
    const Plan plan = gateway();
    // The gateway cannot run on the MDM server, which runs on the gateway; nor on itself.
    QVERIFY(PlanOperations::changeHost(plan, QStringLiteral("gateway"), QStringLiteral("mdm"))
                .edit.isEmpty());
    QVERIFY(PlanOperations::changeHost(plan, QStringLiteral("gateway"), QStringLiteral("gateway"))
                .edit.isEmpty());
}

void TestPlanOperations::hostsOffered_data()
{
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("device");
    QTest::addColumn<bool>("offered");
    QTest::newRow("a server for its database") << "ksc"
                                               << "db" << true;
    QTest::newRow("the gateway for the MDM server") << "gateway"
                                                    << "mdm" << true;
    QTest::newRow("not the device itself") << "db"
                                           << "db" << false;
    QTest::newRow("not a device on another's machine") << "mdm"
                                                       << "webconsole" << false;
    QTest::newRow("not a cloud service") << "kaspersky"
                                         << "ksc" << false;
}

// The properties' host list and the canvas's Runs On menu offer the same machines.
void TestPlanOperations::hostsOffered()
{
    QFETCH(QString, machine);
    QFETCH(QString, device);
    QFETCH(bool, offered);
    const Plan plan = gateway();
    QCOMPARE(PlanOperations::offersHost(*plan.device(machine), device), offered);
}

void TestPlanOperations::addAndPaste()
{
    Plan plan = gateway();
    auto zone = PlanOperations::addZone(plan, Catalog::ZoneKind::Dmz, QRectF(0, 700, 300, 200));
    QCOMPARE(zone.ids, QStringList{QStringLiteral("dmz-2")});
    auto device = PlanOperations::addDevice(plan, Catalog::Role::ConnectionGateway,
                                            QStringLiteral("dmz"), QPointF(600, 60));
    QCOMPARE(device.ids, QStringList{QStringLiteral("connection-gateway")});
    QCOMPARE(device.edit.devices.first().after->zone, QStringLiteral("dmz"));

    Plan fragment;
    fragment.devices << *plan.device(QStringLiteral("ksc"));
    auto pasted = PlanOperations::paste(plan, fragment, QPointF(30, 30));
    QCOMPARE(pasted.ids.size(), 1);
    QVERIFY(pasted.ids.first() != QStringLiteral("ksc"));
    pasted.edit.apply(plan, true);
    const Device *copy = plan.device(pasted.ids.first());
    QCOMPARE(copy->zone, QStringLiteral("lan"));
    // Not on the original (30 points off would hide it): a free place of the same zone.
    const QRectF card(copy->position, PlanLayout::DeviceSize);
    for (const Device &other : plan.devices) {
        QVERIFY2(other.id == copy->id ||
                     !QRectF(other.position, PlanLayout::DeviceSize).intersects(card),
                 qPrintable(other.id));
    }
    QVERIFY(plan.zone(QStringLiteral("lan"))->geometry.contains(card));
}

void TestPlanOperations::renameAndProperties()
{
    Plan plan = gateway();
    QVERIFY(PlanOperations::rename(plan, QStringLiteral("ksc"),
                                   plan.device(QStringLiteral("ksc"))->name)
                .edit.isEmpty());
    auto renamed = PlanOperations::rename(plan, QStringLiteral("dmz"), QStringLiteral("Perimeter"));
    renamed.edit.apply(plan, true);
    QCOMPARE(plan.zone(QStringLiteral("dmz"))->name, QStringLiteral("Perimeter"));

    auto set = PlanOperations::setProperty(plan, QStringLiteral("ksc"), QStringLiteral("dbms"),
                                           QStringLiteral("mysql"));
    set.edit.apply(plan, true);
    QCOMPARE(plan.device(QStringLiteral("ksc"))->text(QStringLiteral("dbms")),
             QStringLiteral("mysql"));
    // An empty text leaves the property unsaid.
    auto cleared =
        PlanOperations::setProperty(plan, QStringLiteral("ksc"), QStringLiteral("dbms"), QString());
    cleared.edit.apply(plan, true);
    QVERIFY(!plan.device(QStringLiteral("ksc"))->properties.contains(QStringLiteral("dbms")));
}

QTEST_MAIN(TestPlanOperations)
#include "tst_planoperations.moc"
