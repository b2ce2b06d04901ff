#include "tests/support/DeploymentPlans.h"

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
    void gatewayPropertyPerRole_data();
    void gatewayPropertyPerRole();
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
    QTest::newRow("gateway id on a distribution point")
        << head +
               R"("devices":[{"id":"a","role":"distribution-point","properties":{"gateway":"g"}}]})"
        << "devices[0].properties.gateway: expected true or false on a distribution-point, found "
           "a string";
    QTest::newRow("gateway flag on a managed computer")
        << head +
               R"("devices":[{"id":"a","role":"managed-computer","properties":{"gateway":true}}]})"
        << "devices[0].properties.gateway: expected the id of a gateway on a managed-computer, "
           "found a boolean";
    QTest::newRow("gateway on a database")
        << head + R"("devices":[{"id":"a","role":"database-server","properties":{"gateway":"g"}}]})"
        << "devices[0].properties.gateway: a database-server has no gateway";
    QTest::newRow("primary as a flag")
        << head +
               R"("devices":[{"id":"a","role":"administration-server","properties":{"primary":true}}]})"
        << "devices[0].properties.primary: expected a device id, found a boolean";
    QTest::newRow("connectedBy")
        << head +
               R"("devices":[{"id":"a","role":"administration-server","properties":{"connectedBy":"both"}}]})"
        << "devices[0].properties.connectedBy: unknown value \"both\"; valid values: secondary, "
           "primary";
    QTest::newRow("virtual servers")
        << head +
               R"("devices":[{"id":"a","role":"administration-server","properties":{"virtualServers":-1}}]})"
        << "devices[0].properties.virtualServers: expected a whole number from 0 to 10000000, "
           "found -1";
    QTest::newRow("negative size")
        << head + R"("zones":[{"id":"z","kind":"lan","geometry":{"x":0,"y":0,"w":-5,"h":3}}]})"
        << "zones[0].geometry: width and height must not be negative";
}

void TestPlanFile::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    PlanError error;
    QVERIFY(!PlanFile::parse(input, QStringLiteral("mem"), &error));
    QVERIFY2(error.toString().contains(expected), qPrintable(error.toString()));
}

void TestPlanFile::gatewayPropertyPerRole_data()
{
    // What the schema says `gateway` is, per role, loads and takes effect.
    QTest::addColumn<QByteArray>("devices");
    QTest::addColumn<QString>("flow");
    QTest::newRow("a device names its gateway")
        << QByteArray(R"({"id":"pc","role":"managed-computer","zone":"branch",
                         "properties":{"gateway":"dp"}},
                        {"id":"dp","role":"distribution-point","zone":"branch2",
                         "properties":{"gateway":true}})")
        << "4 pc>ksc tcp 13000 via:dp";
    QTest::newRow("a gateway names a gateway")
        << QByteArray(R"({"id":"g1","role":"connection-gateway","zone":"dmz",
                         "properties":{"gateway":"g2"}},
                        {"id":"g2","role":"connection-gateway","zone":"dmz"})")
        << "4a ksc>g1 tcp 13000 via:-";
    QTest::newRow("a distribution point as gateway")
        << QByteArray(R"({"id":"dp","role":"distribution-point","zone":"branch",
                         "properties":{"gateway":true}},
                        {"id":"pc","role":"managed-computer","zone":"branch"})")
        << "4 pc>ksc tcp 13000 via:dp";
}

void TestPlanFile::gatewayPropertyPerRole()
{
    QFETCH(QByteArray, devices);
    QFETCH(QString, flow);
    const QByteArray input =
        R"({"format":"portolan-plan","version":1,"zones":[{"id":"lan","kind":"lan"},
           {"id":"branch","kind":"lan"},{"id":"branch2","kind":"lan"},{"id":"dmz","kind":"dmz"}],
           "devices":[{"id":"ksc","role":"administration-server","zone":"lan"},)" +
        devices + "]}";
    PlanError error;
    const std::optional<Plan> plan = PlanFile::parse(input, QStringLiteral("mem"), &error);
    QVERIFY2(plan, qPrintable(error.toString()));
    QVERIFY2(flowsById(*plan).contains(flow), qPrintable(flowsById(*plan).join(QLatin1Char('\n'))));
    // Saved and loaded again, the property means the same.
    const std::optional<Plan> again =
        PlanFile::parse(PlanFile::serialize(*plan), QStringLiteral("mem"), &error);
    QVERIFY2(again, qPrintable(error.toString()));
    QCOMPARE(*again, *plan);
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
