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
    QTest::newRow("IPv4 subnet") << QStringLiteral("10.0.0.0/24") << K::Subnets;
    QTest::newRow("IPv4 list") << QStringLiteral("10.0.0.5, 10.0.0.6") << K::Subnets;
    QTest::newRow("subnets of both families")
        << QStringLiteral("10.20.0.0/16, fd00:20::/48,192.0.2.0/24") << K::Subnets;
    QTest::newRow("IPv6 subnet") << QStringLiteral("2001:db8::/32") << K::Subnets;
    QTest::newRow("whole IPv4 space") << QStringLiteral("0.0.0.0/0") << K::Subnets;
    QTest::newRow("host prefix") << QStringLiteral("10.0.0.5/32") << K::Subnets;
    QTest::newRow("IPv6 /128") << QStringLiteral("::1/128") << K::Subnets;
    QTest::newRow("IPv4 /33") << QStringLiteral("10.0.0.0/33") << K::Invalid;
    QTest::newRow("IPv6 /129") << QStringLiteral("2001:db8::/129") << K::Invalid;
    QTest::newRow("prefix missing") << QStringLiteral("10.0.0.0/") << K::Invalid;
    QTest::newRow("prefix leading zero") << QStringLiteral("10.0.0.0/08") << K::Invalid;
    QTest::newRow("prefix sign") << QStringLiteral("10.0.0.0/+8") << K::Invalid;
    QTest::newRow("bad octet in subnet") << QStringLiteral("999.1.1.0/24") << K::Invalid;
    QTest::newRow("list with a bad item") << QStringLiteral("10.0.0.0/8, 999.1.1.1") << K::Invalid;
    QTest::newRow("trailing comma") << QStringLiteral("10.0.0.0/8,") << K::Invalid;
    QTest::newRow("host name in a list")
        << QStringLiteral("10.0.0.0/8, ksc.example.org") << K::Invalid;
    QTest::newRow("range") << QStringLiteral("10.0.0.1-10.0.0.9") << K::Invalid;
    QTest::newRow("bad IPv4") << QStringLiteral("999.1.1.1") << K::Invalid;
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
