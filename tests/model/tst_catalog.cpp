#include "model/Catalog.h"
#include "model/DocTopics.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The catalog is the one table everything reads: it must be complete and self-consistent.
class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void roleIdsRoundTrip();
    void zoneKindsRoundTrip();
    void zonesGoFromTheLanOutwards_data();
    void zonesGoFromTheLanOutwards();
    void everyRulePortIsKnown();
    void everyNumberHasAPlaceInTheOrder();
    void seedNumbersArePresent();
    void purposesAreWritten();
    void portsAreValid();
    void everyRuleAndFindingNamesItsTopic();
    void topicUrlFollowsTheLanguage_data();
    void topicUrlFollowsTheLanguage();
};

void TestCatalog::roleIdsRoundTrip()
{
    const QStringList expected = {
        "administration-server", "database-server",    "mmc-console",        "web-console-server",
        "admin-browser",         "connection-gateway", "distribution-point", "managed-computer",
        "android-device",        "ios-device",         "ios-mdm-server",     "reverse-proxy",
        "kaspersky-cloud",       "google-fcm",         "apple-push"};
    QCOMPARE(Catalog::roleIds(), expected);
    for (const QString &id : expected)
        QCOMPARE(QLatin1String(Catalog::roleInfo(*Catalog::roleFromId(id)).id), id);
    QVERIFY(!Catalog::roleFromId(QStringLiteral("printer")));
}

void TestCatalog::zoneKindsRoundTrip()
{
    QCOMPARE(Catalog::zoneKindIds(), (QStringList{"lan", "dmz", "internet"}));
    for (const QString &id : Catalog::zoneKindIds())
        QCOMPARE(QLatin1String(Catalog::zoneKindInfo(*Catalog::zoneKindFromId(id)).id), id);
}

void TestCatalog::zonesGoFromTheLanOutwards_data()
{
    QTest::addColumn<QString>("inner");
    QTest::addColumn<QString>("outer"); // "" : a device in no known zone
    QTest::newRow("LAN before DMZ") << "lan"
                                    << "dmz";
    QTest::newRow("DMZ before Internet") << "dmz"
                                         << "internet";
    QTest::newRow("Internet before no zone") << "internet"
                                             << "";
}

// The figure's columns, the grid arrangement and the checklist's crossings share this order.
void TestCatalog::zonesGoFromTheLanOutwards()
{
    QFETCH(QString, inner);
    QFETCH(QString, outer);
    QVERIFY(Catalog::zoneKindOrder(Catalog::zoneKindFromId(inner)) <
            Catalog::zoneKindOrder(Catalog::zoneKindFromId(outer)));
}

void TestCatalog::everyRulePortIsKnown()
{
    for (const Catalog::FlowRule &rule : Catalog::flowRules()) {
        for (const QString &name : rule.ports)
            QVERIFY2(name == QStringLiteral("database") || Catalog::portInfo(name),
                     qPrintable(name));
    }
    for (const QString &dbms : Catalog::dbmsIds())
        QVERIFY(Catalog::portInfo(Catalog::dbmsPortName(dbms)));
}

void TestCatalog::everyNumberHasAPlaceInTheOrder()
{
    const int unknown = Catalog::flowOrder(QStringLiteral("nope"));
    for (const Catalog::FlowRule &rule : Catalog::flowRules())
        QVERIFY2(Catalog::flowOrder(QLatin1String(rule.number)) < unknown, rule.number);
    QVERIFY(Catalog::flowOrder(QStringLiteral("4")) < Catalog::flowOrder(QStringLiteral("4a")));
    QVERIFY(Catalog::flowOrder(QStringLiteral("4a")) < Catalog::flowOrder(QStringLiteral("5")));
    QVERIFY(Catalog::flowOrder(QStringLiteral("9a")) < Catalog::flowOrder(QStringLiteral("10")));
}

void TestCatalog::seedNumbersArePresent()
{
    QSet<QString> numbers;
    for (const Catalog::FlowRule &rule : Catalog::flowRules())
        numbers.insert(QLatin1String(rule.number));
    for (const char *n : {"1",  "2",  "3",  "4",  "4a", "5",  "6",  "7",   "8",  "9",
                          "9a", "10", "11", "12", "13", "14", "15", "15a", "16", "17"})
        QVERIFY2(numbers.contains(QLatin1String(n)), n);
}

void TestCatalog::purposesAreWritten()
{
    for (const Catalog::FlowRule &rule : Catalog::flowRules())
        QVERIFY2(qstrlen(rule.purpose) > 20, rule.number);
    for (const Catalog::RoleInfo &role : Catalog::roles())
        QVERIFY(qstrlen(role.name) > 2 && QByteArray(role.plural).contains("%n"));
}

void TestCatalog::portsAreValid()
{
    QSet<QString> names;
    for (const Catalog::PortInfo &port : Catalog::ports()) {
        QVERIFY(port.defaultPort >= 1 && port.defaultPort <= 65535);
        QVERIFY2(!names.contains(QLatin1String(port.name)), port.name);
        names.insert(QLatin1String(port.name));
    }
}

void TestCatalog::everyRuleAndFindingNamesItsTopic()
{
    // A topic is a number of the KSC help: every flow rule and finding links to one.
    static const QRegularExpression topic(QStringLiteral("^[0-9]{5,6}$"));
    for (const Catalog::FlowRule &rule : Catalog::flowRules()) {
        const QString number = QLatin1String(rule.number);
        QVERIFY2(topic.match(DocTopics::forFlow(number)).hasMatch(), rule.number);
    }
    QCOMPARE(DocTopics::forFlow(QStringLiteral("4a")), QStringLiteral("183058"));
    QCOMPARE(DocTopics::forFlow(QStringLiteral("D2")), QStringLiteral("219573"));
    QCOMPARE(DocTopics::forFlow(QStringLiteral("K1")), QStringLiteral("89312")); // access to KSN
    QCOMPARE(DocTopics::forFinding(QStringLiteral("ksn-proxy-offline")), QStringLiteral("89312"));
    QCOMPARE(DocTopics::forFinding(QStringLiteral("gateway-outside-dmz")),
             QStringLiteral("183058"));
    QCOMPARE(DocTopics::forFinding(QStringLiteral("server-exposed")), QStringLiteral("183056"));
}

void TestCatalog::topicUrlFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("url");
    QTest::newRow("en") << "en"
                        << "https://support.kaspersky.com/KSC/15.1/en-US/204420.htm";
    QTest::newRow("ru") << "ru"
                        << "https://support.kaspersky.com/KSC/15.1/ru-RU/204420.htm";
}

void TestCatalog::topicUrlFollowsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, url);
    QCOMPARE(DocTopics::url(QStringLiteral("204420"), language).toString(), url);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
