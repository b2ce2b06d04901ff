#include "tests/support/TestPlans.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

class TestPlanFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsLossless_data();
    void roundTripIsLossless();
    void unknownKeysAreKept();
    void outputIsStableAndPretty();
    void badInput_data();
    void badInput();
    void subnetsLoadAndSave();
    void missingFile();
    void folderInsteadOfFile();
    void oversizedFile();
    void saveIsAtomic();
    void saveToUnwritablePathFails();

private:
    QTemporaryDir m_dir;
};

void TestPlanFile::roundTripIsLossless_data()
{
    QTest::addColumn<QString>("scheme");
    for (const QString &name : Templates::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestPlanFile::roundTripIsLossless()
{
    QFETCH(QString, scheme);
    const Plan plan = templatePlan(scheme);
    const QByteArray once = PlanFile::serialize(plan);
    const std::optional<Plan> again = PlanFile::parse(once, QStringLiteral("mem"), nullptr);
    QVERIFY(again);
    QCOMPARE(*again, plan);
    QCOMPARE(PlanFile::serialize(*again), once);
    // The shipped templates are already in the canonical form.
    QCOMPARE(once, Templates::bytes(scheme));
}

void TestPlanFile::unknownKeysAreKept()
{
    const QByteArray input = R"({"format":"portolan-plan","version":1,"title":"t","x-top":[1,2],
        "zones":[{"id":"lan","kind":"lan","name":"L","colour":"blue"}],
        "devices":[{"id":"a","role":"managed-computer","zone":"lan","note":{"k":"v"},
                    "properties":{"internetAccess":true,"custom":42}}],
        "settings":{"ports":{"server":13001},"legacyAgentPort":false,"theme":"dark"}})";
    PlanError error;
    const std::optional<Plan> plan = PlanFile::parse(input, QStringLiteral("mem"), &error);
    QVERIFY2(plan, qPrintable(error.toString()));
    const QJsonObject out = QJsonDocument::fromJson(PlanFile::serialize(*plan)).object();
    QCOMPARE(out.value("x-top").toArray().size(), 2);
    QCOMPARE(out.value("zones")[0].toObject().value("colour").toString(), QStringLiteral("blue"));
    QCOMPARE(out.value("devices")[0].toObject().value("note").toObject().value("k").toString(),
             QStringLiteral("v"));
    QCOMPARE(out.value("devices")[0]["properties"]["custom"].toInt(), 42);
    QCOMPARE(out.value("settings")["theme"].toString(), QStringLiteral("dark"));
    QCOMPARE(out.value("settings")["ports"]["server"].toInt(), 13001);
}

void TestPlanFile::outputIsStableAndPretty()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    const QByteArray bytes = PlanFile::serialize(plan);
    QVERIFY(bytes.contains("\n    \"devices\": [\n"));
    // Element order is the plan's order; key order is sorted, so moving a device touches one spot.
    plan.device(QStringLiteral("ksc"))->position = QPointF(1, 2);
    const QList<QByteArray> before = bytes.split('\n');
    const QList<QByteArray> after = PlanFile::serialize(plan).split('\n');
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (int i = 0; i < before.size(); ++i)
        changed += before[i] != after[i];
    QCOMPARE(changed, 2);
}

void TestPlanFile::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // part of the message

    const QByteArray head = R"({"format":"portolan-plan","version":1,)";
    QTest::newRow("malformed") << QByteArray(
                                      "{\n  \"format\": \"portolan-plan\",\n  \"version\": 1,,\n}")
                               << "mem:3:";
    QTest::newRow("empty") << QByteArray() << "mem:1:1: malformed JSON";
    QTest::newRow("not a plan") << QByteArray(R"({"format":"other"})") << "mem: format: expected";
    QTest::newRow("top-level array") << QByteArray("[]") << "mem: $: expected an object";
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"portolan-plan","version":2})") << "mem: version: version 2";
    QTest::newRow("zones not array") << head + R"("zones":{}})"
                                     << "mem: zones: expected an array, found an object";
    QTest::newRow("zone kind")
        << head + R"("zones":[{"id":"z","kind":"wan"}]})"
        << "zones[0].kind: unknown value \"wan\"; valid values: lan, dmz, internet";
    QTest::newRow("zone id missing") << head + R"("zones":[{"kind":"lan"}]})"
                                     << "zones[0].id: expected a non-empty string, found nothing";
    QTest::newRow("device zone type")
        << head +
               R"("devices":[{"id":"a","role":"managed-computer"},{"id":"b","role":"managed-computer","zone":5}]})"
        << "devices[1].zone: expected a non-empty string, found a number";
    QTest::newRow("unknown role")
        << head + R"("devices":[{"id":"a","role":"printer"}]})"
        << "devices[0].role: unknown value \"printer\"; valid values: administration-server, "
           "database-server";
    QTest::newRow("count zero")
        << head + R"("devices":[{"id":"a","role":"managed-computer","count":0}]})"
        << "devices[0].count: expected a whole number from 1 to 10000000, found 0";
    QTest::newRow("count too big")
        << head + R"("devices":[{"id":"a","role":"managed-computer","count":10000001}]})"
        << "devices[0].count: expected a whole number from 1 to 10000000";
    QTest::newRow("count fraction")
        << head + R"("devices":[{"id":"a","role":"managed-computer","count":1.5}]})"
        << "devices[0].count: expected a whole number";
    QTest::newRow("dbms")
        << head +
               R"("devices":[{"id":"a","role":"database-server","properties":{"dbms":"oracle"}}]})"
        << "devices[0].properties.dbms: unknown value \"oracle\"";
    QTest::newRow("internetAccess type")
        << head +
               R"("devices":[{"id":"a","role":"managed-computer","properties":{"internetAccess":"yes"}}]})"
        << "devices[0].properties.internetAccess: expected true or false, found a string";
    QTest::newRow("port range")
        << head + R"("settings":{"ports":{"server":70000}}})"
        << "settings.ports.server: expected a whole number from 1 to 65535, found 70000";
    QTest::newRow("port zero") << head + R"("settings":{"ports":{"server":0}}})"
                               << "settings.ports.server: expected a whole number from 1 to 65535";
    QTest::newRow("port name") << head + R"("settings":{"ports":{"smtp":25}}})"
                               << "settings.ports.smtp: unknown port name; valid names: mssql";
    QTest::newRow("address not an address")
        << head + R"("devices":[{"id":"a","role":"managed-computer","address":"999.1.1.1"}]})"
        << "devices[0].address: expected an IPv4 or IPv6 address, a host name, or CIDR subnets";
    QTest::newRow("subnet prefix too long")
        << head +
               R"("devices":[{"id":"a","role":"managed-computer"},{"id":"b","role":"managed-computer","count":50,"address":"10.0.0.0/33"}]})"
        << "devices[1].address: expected an IPv4 or IPv6 address, a host name, or CIDR subnets "
           "separated by commas (10.1.0.0/16, fd00::/8), found “10.0.0.0/33”";
    QTest::newRow("negative size")
        << head + R"("zones":[{"id":"z","kind":"lan","geometry":{"x":0,"y":0,"w":-5,"h":3}}]})"
        << "zones[0].geometry: width and height must not be negative";
}

void TestPlanFile::subnetsLoadAndSave()
{
    const QByteArray input =
        R"({"format":"portolan-plan","version":1,"devices":[{"id":"branch","role":"managed-computer","count":300,"address":"10.20.0.0/16, fd00:20::/48"}]})";
    PlanError error;
    const std::optional<Plan> plan = PlanFile::parse(input, QStringLiteral("mem"), &error);
    QVERIFY2(plan, qPrintable(error.toString()));
    QCOMPARE(plan->devices.first().address, QStringLiteral("10.20.0.0/16, fd00:20::/48"));
    const std::optional<Plan> again =
        PlanFile::parse(PlanFile::serialize(*plan), QStringLiteral("mem"), &error);
    QVERIFY(again);
    QCOMPARE(again->devices.first().address, plan->devices.first().address);
}

void TestPlanFile::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    PlanError error;
    QVERIFY(!PlanFile::parse(input, QStringLiteral("mem"), &error));
    QVERIFY2(error.toString().contains(expected), qPrintable(error.toString()));
}

void TestPlanFile::missingFile()
{
    PlanError error;
    QVERIFY(!PlanFile::load(m_dir.filePath("nope.json"), &error));
    QVERIFY2(error.toString().contains(QStringLiteral("nope.json: cannot open")),
             qPrintable(error.toString()));
}

void TestPlanFile::folderInsteadOfFile()
{
    PlanError error;
    QVERIFY(!PlanFile::load(m_dir.path(), &error));
    QVERIFY(error.toString().contains(QStringLiteral("is a folder")));
}

void TestPlanFile::oversizedFile()
{
    const QString path = m_dir.filePath("huge.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(50 * 1024 * 1024)); // sparse: fast to make
    file.close();
    PlanError error;
    QVERIFY(!PlanFile::load(path, &error));
    QVERIFY2(error.toString().contains(QStringLiteral("50 MB")), qPrintable(error.toString()));
}

void TestPlanFile::saveIsAtomic()
{
    const QString path = m_dir.filePath("plan.json");
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    QString error;
    QVERIFY2(PlanFile::save(plan, path, &error), qPrintable(error));
    PlanError loadError;
    const std::optional<Plan> loaded = PlanFile::load(path, &loadError);
    QVERIFY2(loaded, qPrintable(loadError.toString()));
    QCOMPARE(*loaded, plan);
    // A failed save (the folder vanished) leaves no half-written file behind.
    const QString gone = m_dir.filePath("missing-folder/plan.json");
    QVERIFY(!PlanFile::save(plan, gone, &error));
    QVERIFY(!QFile::exists(gone));
    QVERIFY(error.contains(QStringLiteral("missing-folder")));
}

void TestPlanFile::saveToUnwritablePathFails()
{
    const QString path = m_dir.filePath("readonly.json");
    QVERIFY(PlanFile::save(templatePlan(QStringLiteral("lan-only")), path, nullptr));
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QString error;
    // A folder where a file should go: the save fails cleanly and the old file is untouched.
    QVERIFY(!PlanFile::save(templatePlan(QStringLiteral("gateway")), m_dir.path(), &error));
    QVERIFY(!error.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
