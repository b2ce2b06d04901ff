#include "model/io/InputFile.h"
#include "tests/support/DeploymentPlans.h"
#include "tests/support/TestPlans.h"

#include <QElapsedTimer>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <thread>

class TestPlanFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsLossless_data();
    void roundTripIsLossless();
    void unknownKeysAreKept();
    void outputIsStableAndPretty();
    void coordinatesAreSavedRounded();
    void badInput_data();
    void badInput();
    void subnetsLoadAndSave();
    void ksnProxySettingLoadsAndSaves();
    void gatewayPropertyPerRole_data();
    void gatewayPropertyPerRole();
    void missingFile();
    void folderInsteadOfFile();
    void oversizedFile();
    void saveIsAtomic();
    void saveToUnwritablePathFails();
    void wrongEncodingIsNamed_data();
    void wrongEncodingIsNamed();
    void utf8ByteOrderMarkIsAccepted();
    void endlessDeviceIsRefusedWithBoundedMemory();
    void fifoWithoutWriterTimesOut();
    void fifoWithWriterIsRead();
    void largePlanIsSavedCompact();
    void planBeyondTheLimitIsNotSaved();

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

void TestPlanFile::coordinatesAreSavedRounded()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.device(QStringLiteral("ksc"))->position = QPointF(-539.9999999999999, 120.123456);
    plan.zones[0].geometry = QRectF(10.0000000001, -0.004, 300.5, 199.999999);
    const QByteArray bytes = PlanFile::serialize(plan);
    QVERIFY(!bytes.contains("99999"));
    PlanError error;
    const std::optional<Plan> again =
        PlanFile::parse(bytes, QStringLiteral("rounded.json"), &error);
    QVERIFY2(again, qPrintable(error.toString()));
    QCOMPARE(again->device(QStringLiteral("ksc"))->position, QPointF(-540, 120.12));
    QCOMPARE(again->zones[0].geometry, QRectF(10, 0, 300.5, 200));
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
    // Beyond qint64: the range is checked on the double, and whole numbers print whole.
    QTest::newRow("count 1e19")
        << head + R"("devices":[{"id":"a","role":"managed-computer","count":1e19}]})"
        << "devices[0].count: expected a whole number from 1 to 10000000, found "
           "10000000000000000000";
    QTest::newRow("count -1e300")
        << head + R"("devices":[{"id":"a","role":"managed-computer","count":-1e300}]})"
        << "devices[0].count: expected a whole number from 1 to 10000000, found -1e+300";
    QTest::newRow("version 1e19") << QByteArray(R"({"format":"portolan-plan","version":1e19})")
                                  << "version: expected a whole number from 1 to 1000, found "
                                     "10000000000000000000";
    QTest::newRow("port 9.3e18") << head + R"("settings":{"ports":{"server":9.3e18}}})"
                                 << "settings.ports.server: expected a whole number from 1 to "
                                    "65535, found 9300000000000000000";
    QTest::newRow("count 10000001")
        << head + R"("devices":[{"id":"a","role":"managed-computer","count":10000001}]})"
        << "found 10000001";
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
    QTest::newRow("name too long")
        << head + R"("devices":[{"id":"a","role":"managed-computer","name":")" +
               QByteArray(5000, 'n') + R"("}]})"
        << "devices[0].name: 5000 characters; the limit is 4096";
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
    QTest::newRow("ksnProxy setting type")
        << head + R"("settings":{"ksnProxy":"yes"}})"
        << "settings.ksnProxy: expected true or false, found a string";
    QTest::newRow("ksnProxy property type")
        << head +
               R"("devices":[{"id":"a","role":"distribution-point","properties":{"ksnProxy":1}}]})"
        << "devices[0].properties.ksnProxy: expected true or false, found a number";
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

void TestPlanFile::ksnProxySettingLoadsAndSaves()
{
    const QByteArray head = R"({"format":"portolan-plan","version":1)";
    PlanError error;
    // KSC runs its KSN proxy unless told otherwise: a plan that does not say is on.
    const std::optional<Plan> unsaid = PlanFile::parse(head + "}", QStringLiteral("mem"), &error);
    QVERIFY2(unsaid, qPrintable(error.toString()));
    QVERIFY(unsaid->settings.ksnProxy);
    const std::optional<Plan> off =
        PlanFile::parse(head + R"(,"settings":{"ksnProxy":false}})", QStringLiteral("mem"), &error);
    QVERIFY2(off, qPrintable(error.toString()));
    QVERIFY(!off->settings.ksnProxy);
    QVERIFY(off->settings.extra.isEmpty());
    const QByteArray saved = PlanFile::serialize(*off);
    QVERIFY(saved.contains(R"("ksnProxy": false)"));
    const std::optional<Plan> again = PlanFile::parse(saved, QStringLiteral("mem"), &error);
    QVERIFY(again);
    QCOMPARE(*again, *off);
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

void TestPlanFile::wrongEncodingIsNamed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString json = QString::fromUtf8(Templates::bytes(QStringLiteral("lan-only")));
    auto utf16 = [&](bool bigEndian, bool bom) {
        QByteArray out =
            bom ? (bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE")) : QByteArray();
        for (QChar c : json) {
            const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
            out.append(bigEndian ? hi : lo).append(bigEndian ? lo : hi);
        }
        return out;
    };
    auto utf32 = [&](bool bom) {
        QByteArray out = bom ? QByteArray("\xFF\xFE\x00\x00", 4) : QByteArray();
        for (QChar c : json)
            out.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8)).append(2, '\0');
        return out;
    };
    QTest::newRow("UTF-16LE with BOM") << utf16(false, true) << "UTF-16";
    QTest::newRow("UTF-16BE with BOM") << utf16(true, true) << "UTF-16";
    QTest::newRow("UTF-16LE without BOM") << utf16(false, false) << "UTF-16";
    QTest::newRow("UTF-16BE without BOM") << utf16(true, false) << "UTF-16";
    QTest::newRow("UTF-32LE with BOM") << utf32(true) << "UTF-32";
    QTest::newRow("UTF-32LE without BOM") << utf32(false) << "UTF-32";
}

void TestPlanFile::wrongEncodingIsNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    PlanError error;
    QVERIFY(!PlanFile::parse(bytes, QStringLiteral("mem"), &error));
    QCOMPARE(error.toString(),
             QStringLiteral("mem: the file is %1; plan files must be UTF-8").arg(encoding));
}

void TestPlanFile::utf8ByteOrderMarkIsAccepted()
{
    PlanError error;
    const std::optional<Plan> plan =
        PlanFile::parse("\xEF\xBB\xBF" + Templates::bytes(QStringLiteral("lan-only")),
                        QStringLiteral("mem"), &error);
    QVERIFY2(plan, qPrintable(error.toString()));
    QCOMPARE(*plan, templatePlan(QStringLiteral("lan-only")));
}

void TestPlanFile::endlessDeviceIsRefusedWithBoundedMemory()
{
    // /dev/zero claims a size of 0: the limit must count the bytes actually read.
    QElapsedTimer timer;
    timer.start();
    PlanError error;
    QVERIFY(!PlanFile::load(QStringLiteral("/dev/zero"), &error));
    QVERIFY2(error.toString().contains(QStringLiteral("limited to 16 MB")),
             qPrintable(error.toString()));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestPlanFile::fifoWithoutWriterTimesOut()
{
    const QString path = m_dir.filePath("fifo-no-writer");
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!InputFile::read(path, &error, Limits::MaxPlanBytes, 300));
    QVERIFY2(error.contains(QStringLiteral("nothing arrived")), qPrintable(error));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestPlanFile::fifoWithWriterIsRead()
{
    const QString path = m_dir.filePath("fifo-writer");
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const QByteArray bytes = Templates::bytes(QStringLiteral("gateway"));
    std::thread writer([&] {
        QFile fifo(path);
        if (fifo.open(QIODevice::WriteOnly))
            fifo.write(bytes);
    });
    PlanError error;
    const std::optional<Plan> plan = PlanFile::load(path, &error);
    writer.join();
    QVERIFY2(plan, qPrintable(error.toString()));
    QCOMPARE(*plan, templatePlan(QStringLiteral("gateway")));
}

static Plan planWithDevices(int count, const QString &name = QString())
{
    Plan plan;
    plan.zones << Zone::make(QStringLiteral("lan"), Catalog::ZoneKind::Lan, QStringLiteral("LAN"));
    for (int i = 0; i < count; ++i) {
        Device d = makeDevice(QStringLiteral("d%1").arg(i), Catalog::Role::ManagedComputer,
                              QStringLiteral("lan"));
        d.name = name;
        plan.devices << d;
    }
    return plan;
}

void TestPlanFile::largePlanIsSavedCompact()
{
    // Indented, this plan would be over 16 MB: a file Portolan would then refuse to open.
    const Plan plan = planWithDevices(60000);
    const QString path = m_dir.filePath("large.json");
    QString error;
    QVERIFY2(PlanFile::save(plan, path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() <= Limits::MaxPlanBytes);
    PlanError loadError;
    const std::optional<Plan> loaded = PlanFile::load(path, &loadError);
    QVERIFY2(loaded, qPrintable(loadError.toString()));
    QCOMPARE(loaded->devices.size(), 60000);
    // A small plan keeps the indented form people diff.
    QVERIFY(PlanFile::serialize(planWithDevices(2)).contains("\n    \"devices\": [\n"));
}

void TestPlanFile::planBeyondTheLimitIsNotSaved()
{
    const QString path = m_dir.filePath("kept.json");
    QVERIFY(PlanFile::save(planWithDevices(1), path, nullptr));
    const Plan huge = planWithDevices(5000, QString(4000, QLatin1Char('n')));
    QString error;
    QVERIFY(!PlanFile::save(huge, path, &error));
    QVERIFY2(error.contains(QStringLiteral("plan files are limited to 16 MB")), qPrintable(error));
    PlanError loadError;
    QVERIFY(PlanFile::load(path, &loadError));
}

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
