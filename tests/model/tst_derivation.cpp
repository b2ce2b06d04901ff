#include "tests/support/TestPlans.h"

using Catalog::Role;

// The flows each documented scheme must yield, checked row by row against the KSC help page
// (../shared/seed) and the domain notes.
class TestDerivation : public QObject
{
    Q_OBJECT

private slots:
    void gatewaySchemeMatchesSeed_data();
    void gatewaySchemeMatchesSeed();
    void gatewaySchemeHasNothingElse();
    void schemes_data();
    void schemes();
    void portOverridesFollow();
    void legacyAgentPort();
    void databaseOnServerHostIsLocal();
    void internetDevicesWithoutGatewayHaveNoPath();
    void reverseProxyIsUsedWhenNoGateway();
    void activationDependsOnInternetAccess();
    void mobileFlowsOnlyWithMobiles();
    void distributionPointServesItsZone();
    void flowsComeInCatalogOrder();
};

void TestDerivation::gatewaySchemeMatchesSeed_data()
{
    QTest::addColumn<QString>("signature");
    // One row per paragraph of the seed that applies to the reference placement.
    QTest::newRow("1 server to database")
        << "1 administration-server>database-server tcp 1433 via:-";
    QTest::newRow("2 wake-up to LAN agents")
        << "2 administration-server>managed-computer udp 15000 via:-";
    QTest::newRow("3 shutdown notice")
        << "3 managed-computer>administration-server udp 13000 via:-";
    QTest::newRow("4 LAN agents") << "4 managed-computer>administration-server tcp 13000 via:-";
    QTest::newRow("4 Internet agents through the gateway")
        << "4 managed-computer>administration-server tcp 13000 via:connection-gateway";
    QTest::newRow("4a signal connection")
        << "4a administration-server>connection-gateway tcp 13000 via:-";
    QTest::newRow("5 activation proxy")
        << "5 managed-computer>administration-server tcp 17000 via:-";
    QTest::newRow("5 own Internet access") << "5 managed-computer>kaspersky-cloud tcp 443 via:-";
    QTest::newRow("6 MMC console") << "6 mmc-console>administration-server tcp 13291 via:-";
    QTest::newRow("8 Kaspersky servers") << "8 administration-server>kaspersky-cloud tcp 443 via:-";
    QTest::newRow("9 Web Console server")
        << "9 web-console-server>administration-server tcp 13299 via:-";
    QTest::newRow("9a browser") << "9a admin-browser>web-console-server tcp 8080 via:-";
    QTest::newRow("10 FCM") << "10 administration-server>google-fcm tcp 443 via:-";
    QTest::newRow("11 Android push") << "11 google-fcm>android-device tcp 5228,5229,5230,443 via:-";
    QTest::newRow("12 APNs") << "12 ios-mdm-server>apple-push tcp 443 via:-";
    QTest::newRow("13 iOS push") << "13 apple-push>ios-device tcp 5223,443 via:-";
    QTest::newRow("14 Android app through the gateway")
        << "14 android-device>administration-server tcp 13292,13293 via:connection-gateway";
    QTest::newRow("15 Android to Kaspersky") << "15 android-device>kaspersky-cloud tcp 443 via:-";
    QTest::newRow("15 iOS to Kaspersky") << "15 ios-device>kaspersky-cloud tcp 443 via:-";
    QTest::newRow("16 LAN packages")
        << "16 managed-computer>administration-server tcp 8060,8061 via:-";
    QTest::newRow("16 Internet packages")
        << "16 managed-computer>administration-server tcp 8060,8061 via:connection-gateway";
    QTest::newRow("16 Android packages")
        << "16 android-device>administration-server tcp 8060,8061 via:connection-gateway";
    QTest::newRow("16 iOS packages")
        << "16 ios-device>administration-server tcp 8060,8061 via:connection-gateway";
    QTest::newRow("17 iOS MDM") << "17 ios-device>ios-mdm-server tcp 443 via:-";
}

void TestDerivation::gatewaySchemeMatchesSeed()
{
    QFETCH(QString, signature);
    const QStringList flows = flowSignatures(templatePlan(QStringLiteral("gateway")));
    QVERIFY2(flows.contains(signature), qPrintable(flows.join(QLatin1Char('\n'))));
}

void TestDerivation::gatewaySchemeHasNothingElse()
{
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const QStringList flows = flowSignatures(plan);
    // No UDP to devices behind the gateway, nothing from the Internet straight into the LAN for
    // agents, no activation proxy for devices with their own Internet access.
    for (const QString &f : flows) {
        QVERIFY2(!f.startsWith(QStringLiteral("15a ")), qPrintable(f));
        QVERIFY2(!f.startsWith(QStringLiteral("7 ")), qPrintable(f));
    }
    int wakeUps = 0;
    int shutdowns = 0;
    for (const Flow &f : FlowDeriver::derive(plan).flows) {
        wakeUps += f.number == QStringLiteral("2");
        shutdowns += f.number == QStringLiteral("3");
        if (plan.device(f.from)->zone == QStringLiteral("internet") &&
            plan.device(f.to)->zone == QStringLiteral("lan") && !f.push)
            QVERIFY2(!f.via.isEmpty() || f.number == QStringLiteral("9a"),
                     qPrintable(flowSignature(plan, f)));
    }
    QCOMPARE(wakeUps, 1);       // LAN computers only, not the off-site laptops
    QCOMPARE(shutdowns, 1);     // likewise
    QCOMPARE(flows.size(), 24); // exactly the rows of the table above
}

void TestDerivation::schemes_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("lan-only")
        << "lan-only"
        << QStringList{
               "7 administration-server>database-server tcp 1433 via:-",
               "2 administration-server>managed-computer udp 15000 via:-",
               "2 administration-server>distribution-point udp 15000 via:-",
               "2 distribution-point>managed-computer udp 15000 via:-",
               "3 managed-computer>administration-server udp 13000 via:-",
               "3 distribution-point>administration-server udp 13000 via:-",
               "4 managed-computer>administration-server tcp 13000 via:-",
               "4 distribution-point>administration-server tcp 13000 via:-",
               "4 managed-computer>distribution-point tcp 13000 via:-",
               "5 managed-computer>administration-server tcp 17000 via:-",
               "5 distribution-point>administration-server tcp 17000 via:-",
               "6 mmc-console>administration-server tcp 13291 via:-",
               "8 administration-server>kaspersky-cloud tcp 443 via:-",
               "16 managed-computer>administration-server tcp 8060,8061 via:-",
               "16 distribution-point>administration-server tcp 8060,8061 via:-",
               "D1 distribution-point>managed-computer udp 15001 via:-",
               "D2 managed-computer>distribution-point tcp 13295 via:-",
           };
    QTest::newRow("hierarchy")
        << "hierarchy"
        << QStringList{
               "1 administration-server>database-server tcp 1433 via:-",
               "2 administration-server>managed-computer udp 15000 via:-",
               "2 administration-server>managed-computer udp 15000 via:-",
               "2 administration-server>managed-computer udp 15000 via:-",
               "3 managed-computer>administration-server udp 13000 via:-",
               "3 managed-computer>administration-server udp 13000 via:-",
               "3 managed-computer>administration-server udp 13000 via:-",
               "4 managed-computer>administration-server tcp 13000 via:-",
               "4 managed-computer>administration-server tcp 13000 via:-",
               "4 managed-computer>administration-server tcp 13000 via:-",
               "4 administration-server>administration-server tcp 13000 via:-",
               "4 administration-server>administration-server tcp 13000 via:-",
               "5 managed-computer>administration-server tcp 17000 via:-",
               "5 managed-computer>administration-server tcp 17000 via:-",
               "5 managed-computer>administration-server tcp 17000 via:-",
               "6 mmc-console>administration-server tcp 13291 via:-",
               "7 administration-server>database-server tcp 5432 via:-",
               "7 administration-server>database-server tcp 3306 via:-",
               "8 administration-server>kaspersky-cloud tcp 443 via:-",
               "8 administration-server>kaspersky-cloud tcp 443 via:-",
               "8 administration-server>kaspersky-cloud tcp 443 via:-",
               "16 managed-computer>administration-server tcp 8060,8061 via:-",
               "16 managed-computer>administration-server tcp 8060,8061 via:-",
               "16 managed-computer>administration-server tcp 8060,8061 via:-",
           };
    QTest::newRow("reverse-proxy")
        << "reverse-proxy"
        << QStringList{
               "1 administration-server>database-server tcp 1433 via:-",
               "2 administration-server>managed-computer udp 15000 via:-",
               "3 managed-computer>administration-server udp 13000 via:-",
               "4 managed-computer>administration-server tcp 13000 via:-",
               "4 managed-computer>administration-server tcp 13000 via:reverse-proxy",
               "5 managed-computer>administration-server tcp 17000 via:-",
               "5 managed-computer>kaspersky-cloud tcp 443 via:-",
               "8 administration-server>kaspersky-cloud tcp 443 via:-",
               "10 administration-server>google-fcm tcp 443 via:-",
               "11 google-fcm>android-device tcp 5228,5229,5230,443 via:-",
               "14 android-device>administration-server tcp 13292,13293 via:reverse-proxy",
               "15 android-device>kaspersky-cloud tcp 443 via:-",
               "16 managed-computer>administration-server tcp 8060,8061 via:-",
               "16 managed-computer>administration-server tcp 8060,8061 via:reverse-proxy",
               "16 android-device>administration-server tcp 8060,8061 via:reverse-proxy",
           };
    QTest::newRow("server-in-dmz")
        << "server-in-dmz"
        << QStringList{
               "3 managed-computer>administration-server udp 13000 via:-",
               "3 managed-computer>administration-server udp 13000 via:-",
               "4 managed-computer>administration-server tcp 13000 via:-",
               "4 managed-computer>administration-server tcp 13000 via:-",
               "5 managed-computer>administration-server tcp 17000 via:-",
               "5 managed-computer>kaspersky-cloud tcp 443 via:-",
               "6 mmc-console>administration-server tcp 13291 via:-",
               "7 administration-server>database-server tcp 1433 via:-",
               "8 administration-server>kaspersky-cloud tcp 443 via:-",
               "10 administration-server>google-fcm tcp 443 via:-",
               "11 google-fcm>android-device tcp 5228,5229,5230,443 via:-",
               "12 ios-mdm-server>apple-push tcp 443 via:-",
               "13 apple-push>ios-device tcp 5223,443 via:-",
               "14 android-device>administration-server tcp 13292,13293 via:-",
               "15 android-device>kaspersky-cloud tcp 443 via:-",
               "15 ios-device>kaspersky-cloud tcp 443 via:-",
               "16 managed-computer>administration-server tcp 8060,8061 via:-",
               "16 managed-computer>administration-server tcp 8060,8061 via:-",
               "16 android-device>administration-server tcp 8060,8061 via:-",
               "16 ios-device>administration-server tcp 8060,8061 via:-",
               "17 ios-device>ios-mdm-server tcp 443 via:-",
           };
}

void TestDerivation::schemes()
{
    QFETCH(QString, scheme);
    QFETCH(QStringList, expected);
    QStringList actual = flowSignatures(templatePlan(scheme));
    QStringList sortedExpected = expected;
    actual.sort();
    sortedExpected.sort();
    QCOMPARE(actual, sortedExpected);
}

void TestDerivation::portOverridesFollow()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.settings.ports.insert(QStringLiteral("server"), 23000);
    plan.settings.ports.insert(QStringLiteral("mssql"), 11433);
    const QStringList flows = flowSignatures(plan);
    QVERIFY(
        flows.contains(QStringLiteral("4 managed-computer>administration-server tcp 23000 via:-")));
    QVERIFY(flows.contains(QStringLiteral(
        "4 managed-computer>administration-server tcp 23000 via:connection-gateway")));
    QVERIFY(
        flows.contains(QStringLiteral("1 administration-server>database-server tcp 11433 via:-")));
    // The gateway's own listener is a port of its own, not the server's.
    QVERIFY(flows.contains(
        QStringLiteral("4a administration-server>connection-gateway tcp 13000 via:-")));
}

void TestDerivation::legacyAgentPort()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.settings.legacyAgentPort = true;
    bool sawLegacy = false;
    for (const Flow &f : FlowDeriver::derive(plan).flows) {
        if (f.number == QStringLiteral("4") && f.via.isEmpty()) {
            QCOMPARE(f.ports, QList<int>{14000});
            QVERIFY(!f.tls);
            sawLegacy = true;
        }
    }
    QVERIFY(sawLegacy);
}

void TestDerivation::databaseOnServerHostIsLocal()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.device(QStringLiteral("db"))->host = QStringLiteral("ksc");
    const QList<Flow> flows = FlowDeriver::derive(plan).flows;
    const auto it = std::find_if(flows.begin(), flows.end(),
                                 [](const Flow &f) { return f.to == QStringLiteral("db"); });
    QVERIFY(it != flows.end());
    QCOMPARE(it->number, QStringLiteral("7"));
    QCOMPARE(it->replaces, QStringLiteral("1"));
    QVERIFY(it->local);
}

void TestDerivation::internetDevicesWithoutGatewayHaveNoPath()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.devices.removeAt(plan.deviceIndex(QStringLiteral("gateway")));
    plan.device(QStringLiteral("mdm"))->host.clear();
    const DerivedFlows derived = FlowDeriver::derive(plan);
    for (const Flow &f : derived.flows)
        QVERIFY2(f.from != QStringLiteral("laptops") || f.number == QStringLiteral("5"),
                 qPrintable(flowSignature(plan, f)));
    QVERIFY(derived.missing.contains(
        MissingPath{QStringLiteral("4"), QStringLiteral("laptops"), QStringLiteral("ksc")}));
    QVERIFY(derived.missing.contains(
        MissingPath{QStringLiteral("14"), QStringLiteral("android"), QStringLiteral("ksc")}));
}

void TestDerivation::reverseProxyIsUsedWhenNoGateway()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.device(QStringLiteral("gateway"))->role = Role::ReverseProxy;
    const QStringList flows = flowSignatures(plan);
    QVERIFY(flows.contains(
        QStringLiteral("4 managed-computer>administration-server tcp 13000 via:reverse-proxy")));
    for (const QString &f : flows)
        QVERIFY2(!f.startsWith(QStringLiteral("4a ")), qPrintable(f));
}

void TestDerivation::activationDependsOnInternetAccess()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.device(QStringLiteral("android"))
        ->properties.insert(QStringLiteral("internetAccess"), false);
    plan.device(QStringLiteral("office"))
        ->properties.insert(QStringLiteral("internetAccess"), true);
    const QStringList flows = flowSignatures(plan);
    QVERIFY(flows.contains(QStringLiteral(
        "15a android-device>administration-server tcp 17100 via:connection-gateway")));
    QVERIFY(!flows.contains(QStringLiteral("15 android-device>kaspersky-cloud tcp 443 via:-")));
    QVERIFY(!flows.contains(
        QStringLiteral("5 managed-computer>administration-server tcp 17000 via:-")));
    QCOMPARE(flows.count(QStringLiteral("5 managed-computer>kaspersky-cloud tcp 443 via:-")), 2);
}

void TestDerivation::mobileFlowsOnlyWithMobiles()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    for (const char *id : {"android", "ios"})
        plan.devices.removeAt(plan.deviceIndex(QLatin1String(id)));
    for (const QString &f : flowSignatures(plan)) {
        for (const char *n : {"10 ", "11 ", "12 ", "13 ", "14 ", "15 ", "17 "})
            QVERIFY2(!f.startsWith(QLatin1String(n)), qPrintable(f));
    }
}

void TestDerivation::distributionPointServesItsZone()
{
    Plan plan = templatePlan(QStringLiteral("lan-only"));
    plan.device(QStringLiteral("dp"))->properties.insert(QStringLiteral("pushServer"), false);
    const QStringList flows = flowSignatures(plan);
    QVERIFY(
        flows.contains(QStringLiteral("4 managed-computer>distribution-point tcp 13000 via:-")));
    QVERIFY(
        flows.contains(QStringLiteral("D1 distribution-point>managed-computer udp 15001 via:-")));
    QVERIFY(
        !flows.contains(QStringLiteral("D2 managed-computer>distribution-point tcp 13295 via:-")));
}

void TestDerivation::flowsComeInCatalogOrder()
{
    const QList<Flow> flows = FlowDeriver::derive(templatePlan(QStringLiteral("gateway"))).flows;
    for (int i = 1; i < flows.size(); ++i)
        QVERIFY(Catalog::flowOrder(flows[i - 1].number) <= Catalog::flowOrder(flows[i].number));
    QCOMPARE(flows.first().number, QStringLiteral("1"));
    QCOMPARE(flows.last().number, QStringLiteral("17"));
}

QTEST_GUILESS_MAIN(TestDerivation)
#include "tst_derivation.moc"
