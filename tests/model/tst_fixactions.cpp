#include "model/Analysis.h"
#include "model/FlowDeriver.h"
#include "model/Validator.h"
#include "model/edit/FixActions.h"
#include "model/edit/PlanLayout.h"
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
    void unreachableServerMovesMisplacedGateway();
    void fullZoneGrowsForNewDevice();
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

// A distribution point in the DMZ as KSN proxy: it reaches neither its server nor the Internet.
Plan ksnProxyInDmz()
{
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    Device dp = Device::make(QStringLiteral("dmz-dp"), Catalog::Role::DistributionPoint,
                             QStringLiteral("dmz"));
    dp.properties.insert(QStringLiteral("ksnProxy"), true);
    dp.position = QPointF(40, 40);
    Device pcs = Device::make(QStringLiteral("dmz-pcs"), Catalog::Role::ManagedComputer,
                              QStringLiteral("dmz"), 10);
    pcs.position = QPointF(40, 160);
    plan.devices << dp << pcs;
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

std::optional<Finding> findingOf(const Plan &plan, const QString &code)
{
    for (const Finding &f : findingsOf(plan)) {
        if (f.code == code)
            return f;
    }
    return std::nullopt;
}

QRectF cardOf(const Device &d)
{
    return QRectF(d.position, PlanLayout::DeviceSize);
}

// Devices the edit adds or moves lie on no other card and inside their zone.
QString overlaps(const Plan &plan, const PlanEdit &edit)
{
    for (const auto &change : edit.devices) {
        if (!change.after || (change.before && change.before->position == change.after->position))
            continue;
        const Device *placed = plan.device(change.id);
        for (const Device &other : plan.devices) {
            if (other.id != placed->id && other.host != placed->id && placed->host != other.id &&
                cardOf(other).intersects(cardOf(*placed)))
                return placed->id + QStringLiteral(" lies on ") + other.id;
        }
        const Zone *zone = plan.zone(placed->zone);
        if (zone && !zone->geometry.contains(cardOf(*placed)))
            return placed->id + QStringLiteral(" sticks out of ") + zone->id;
    }
    return {};
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
    QTest::newRow("give-internet-access, server")
        << serverOffline() << QStringLiteral("ksn-proxy-offline");
    QTest::newRow("give-internet-access, distribution point")
        << ksnProxyInDmz() << QStringLiteral("ksn-proxy-offline");
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
    const QString overlap = overlaps(plan, *edit);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
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

void TestFixActions::unreachableServerMovesMisplacedGateway()
{
    // A gateway placed in the LAN: the server's "cannot reach" fix moves it, it adds no other.
    Plan plan = gatewayInLan();
    const auto finding = findingOf(plan, QStringLiteral("no-path-to-server"));
    QVERIFY(finding);
    QString text;
    auto edit = FixActions::edit(plan, *finding, &text);
    QVERIFY(edit);
    const qsizetype devices = plan.devices.size();
    edit->apply(plan, true);
    QCOMPARE(plan.devices.size(), devices);
    QCOMPARE(plan.zoneKindOf(*plan.device(QStringLiteral("gateway"))),
             std::optional(Catalog::ZoneKind::Dmz));
    QVERIFY(!findingOf(plan, QStringLiteral("no-path-to-server")));
    QVERIFY(text.contains(QStringLiteral("Move")));
}

void TestFixActions::fullZoneGrowsForNewDevice()
{
    // The Internet zone shrunk around its cards: Google FCM still finds a place of its own.
    Plan plan = without({QStringLiteral("fcm")});
    Zone *internet = nullptr;
    for (Zone &z : plan.zones) {
        if (z.kind == Catalog::ZoneKind::Internet)
            internet = &z;
    }
    QVERIFY(internet);
    QRectF used;
    for (const Device &d : plan.devices) {
        if (d.zone == internet->id)
            used = used.united(cardOf(d));
    }
    QVERIFY(!used.isEmpty());
    internet->geometry = used.adjusted(-16, -PlanLayout::ZoneHeader - 12, 16, 12);
    const auto finding = findingOf(plan, QStringLiteral("android-without-fcm"));
    QVERIFY(finding);
    QString text;
    auto edit = FixActions::edit(plan, *finding, &text);
    QVERIFY(edit);
    edit->apply(plan, true);
    const QString overlap = overlaps(plan, *edit);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
}

QTEST_MAIN(TestFixActions)
#include "tst_fixactions.moc"
