#include "model/PlanAddress.h"

#include <QtTest>

class TestPlanAddress : public QObject
{
    Q_OBJECT

private slots:
    void kind_data();
    void kind();
};

void TestPlanAddress::kind_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<PlanAddress::Kind>("kind");
    using K = PlanAddress::Kind;
    QTest::newRow("empty") << QString() << K::None;
    QTest::newRow("blank") << QStringLiteral("  ") << K::None;
    QTest::newRow("IPv4") << QStringLiteral("10.0.0.5") << K::Ipv4;
    QTest::newRow("IPv4, spaces around") << QStringLiteral(" 192.0.2.10 ") << K::Ipv4;
    QTest::newRow("IPv4 octet too big") << QStringLiteral("10.0.0.300") << K::Invalid;
    QTest::newRow("IPv4 leading zero") << QStringLiteral("10.0.0.05") << K::Invalid;
    QTest::newRow("IPv4, three parts") << QStringLiteral("10.0.5") << K::Invalid;
    QTest::newRow("IPv4 range") << QStringLiteral("10.0.0.0/24") << K::Invalid;
    QTest::newRow("IPv4 list") << QStringLiteral("10.0.0.5, 10.0.0.6") << K::Invalid;
    QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << K::Ipv6;
    QTest::newRow("IPv6") << QStringLiteral("2001:db8::7") << K::Ipv6;
    QTest::newRow("IPv6 mapped IPv4") << QStringLiteral("::ffff:10.0.0.5") << K::Ipv6;
    QTest::newRow("IPv6 bracketed") << QStringLiteral("[::1]") << K::Invalid;
    QTest::newRow("IPv6 zone id") << QStringLiteral("fe80::1%eth0") << K::Invalid;
    QTest::newRow("IPv6 too many groups") << QStringLiteral("1:2:3:4:5:6:7:8:9") << K::Invalid;
    QTest::newRow("host name") << QStringLiteral("ksc.example.org") << K::HostName;
    QTest::newRow("single label") << QStringLiteral("localhost") << K::HostName;
    QTest::newRow("trailing dot") << QStringLiteral("ksc.example.org.") << K::HostName;
    QTest::newRow("hyphen at the start") << QStringLiteral("-ksc.example.org") << K::Invalid;
    QTest::newRow("space inside") << QStringLiteral("ksc example") << K::Invalid;
    QTest::newRow("non-ASCII") << QStringLiteral("сервер.example") << K::Invalid;
    QTest::newRow("URL") << QStringLiteral("https://ksc.example.org") << K::Invalid;
    QTest::newRow("label too long") << QString(64, u'a') + QStringLiteral(".org") << K::Invalid;
}

void TestPlanAddress::kind()
{
    QFETCH(QString, address);
    QFETCH(PlanAddress::Kind, kind);
    QCOMPARE(PlanAddress::kind(address), kind);
}

QTEST_GUILESS_MAIN(TestPlanAddress)
#include "tst_planaddress.moc"
