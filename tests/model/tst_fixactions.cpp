#include "model/Analysis.h"
#include "model/FlowDeriver.h"
#include "model/Validator.h"
#include "model/edit/FixActions.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"

#include <QTest>

// Each fix repairs its finding as one edit, and reverting that edit restores the exact plan.
class TestFixActions : public QObject
{
    Q_OBJECT

private slots:
    void fixRemovesFinding_data();
    void fixRemovesFinding();
    void findingsWithoutFixOfferNone();
};

namespace {

Plan without(const QStringList &ids)
{
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    for (const QString &id : ids)
        plan.devices.removeAt(plan.deviceIndex(id));
    return plan;
}

Plan gatewayInLan()
{
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    plan.device(QStringLiteral("gateway"))->zone = QStringLiteral("lan");
    plan.device(QStringLiteral("mdm"))->zone = QStringLiteral("lan");
    return plan;
}

Plan withoutDmz()
{
    // No DMZ at all: the fix has to create the zone too.
    Plan plan = without({QStringLiteral("gateway"), QStringLiteral("mdm")});
    plan.zones.removeAt(plan.zoneIndex(QStringLiteral("dmz")));
    return plan;
}

Plan serverOffline()
{
    Plan plan = without({QStringLiteral("fcm")});
    plan.device(QStringLiteral("ksc"))->properties.insert(QStringLiteral("internetAccess"), false);
    return plan;
}

Plan legacyPort()
{
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    plan.settings.legacyAgentPort = true;
    return plan;
}

QList<Finding> findingsOf(const Plan &plan)
{
    return Analysis(plan).findings();
}

} // namespace

void TestFixActions::fixRemovesFinding_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QString>("code");
    QTest::newRow("add-gateway") << without({QStringLiteral("gateway"), QStringLiteral("mdm")})
                                 << QStringLiteral("no-path-to-server");
    QTest::newRow("add-gateway, no DMZ") << withoutDmz() << QStringLiteral("no-path-to-server");
    QTest::newRow("move-to-dmz") << gatewayInLan() << QStringLiteral("gateway-outside-dmz");
    QTest::newRow("use-tls-port") << legacyPort() << QStringLiteral("legacy-agent-port");
    QTest::newRow("add-fcm") << without({QStringLiteral("fcm")})
                             << QStringLiteral("android-without-fcm");
    QTest::newRow("add-fcm, server offline")
        << serverOffline() << QStringLiteral("android-without-fcm");
    QTest::newRow("add-apns") << without({QStringLiteral("apns")})
                              << QStringLiteral("ios-without-apns");
    QTest::newRow("add-ios-mdm") << without({QStringLiteral("mdm")})
                                 << QStringLiteral("ios-without-mdm");
    QTest::newRow("add-database") << without({QStringLiteral("db")})
                                  << QStringLiteral("server-without-database");
    QTest::newRow("add-server") << without({QStringLiteral("ksc")}) << QStringLiteral("no-server");
}

void TestFixActions::fixRemovesFinding()
{
    QFETCH(Plan, plan);
    QFETCH(QString, code);
    const QByteArray before = PlanFile::serialize(plan);
    const QList<Finding> findings = findingsOf(plan);
    const auto finding = std::find_if(findings.begin(), findings.end(),
                                      [&](const Finding &f) { return f.code == code; });
    QVERIFY2(finding != findings.end(), qPrintable(code));
    QVERIFY(FixActions::canFix(finding->fixAction));

    QString text;
    auto edit = FixActions::edit(plan, *finding, &text);
    QVERIFY(edit);
    QVERIFY(!text.isEmpty());
    edit->apply(plan, true);
    for (const Finding &f : findingsOf(plan))
        QVERIFY2(f.code != code, qPrintable(f.message));
    // The fix does not leave a device on a machine in another zone.
    for (const Finding &f : findingsOf(plan))
        QVERIFY2(f.code != QStringLiteral("host-in-other-zone"), qPrintable(f.message));
    // The repaired plan is still a valid plan file.
    QVERIFY(PlanFile::parse(PlanFile::serialize(plan), QString(), nullptr));

    edit->apply(plan, false);
    QCOMPARE(PlanFile::serialize(plan), before);
}

void TestFixActions::findingsWithoutFixOfferNone()
{
    // A finding the program cannot repair carries no fix, and asking for one gives nothing.
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    plan.device(QStringLiteral("mdm"))->zone = QStringLiteral("lan");
    const QList<Finding> findings = findingsOf(plan);
    const auto finding = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
        return f.code == QStringLiteral("host-in-other-zone");
    });
    QVERIFY(finding != findings.end());
    QCOMPARE(finding->fixAction, FixKind::None);
    QVERIFY(!FixActions::canFix(finding->fixAction));
    QString text;
    QVERIFY(!FixActions::edit(plan, *finding, &text));
}

QTEST_MAIN(TestFixActions)
#include "tst_fixactions.moc"
