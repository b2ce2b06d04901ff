#include "tests/support/RunPortolan.h"
#include "tests/support/TestPlans.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

// The command line as a user runs it: the real binary, its exit codes, its output.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void flowsJson();
    void validateJson();
    void checklistToFile();
    void checklistPdf();
    void noDisplayExplainsInsteadOfAborting();
    void unwritableOutputLeavesNothing();
    void templatesAndNew();
    void example();
    void helpIsOk();
    void version_data();
    void version();

private:
    QString write(const QString &name, const QByteArray &data);

    QTemporaryDir m_dir;
    QString m_gateway;
};

QString TestCli::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write test file");
    return path;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_gateway = write(QStringLiteral("gateway.json"), Templates::bytes(QStringLiteral("gateway")));
    Plan broken = templatePlan(QStringLiteral("gateway"));
    broken.device(QStringLiteral("gateway"))->zone = QStringLiteral("lan");
    write(QStringLiteral("nopath.json"), PlanFile::serialize(broken));
    write(QStringLiteral("lan.json"), Templates::bytes(QStringLiteral("lan-only")));
    write(QStringLiteral("malformed.json"), "{\"format\": \"portolan-plan\",\n\"version\": }");
    write(QStringLiteral("badport.json"),
          R"({"format":"portolan-plan","version":1,"settings":{"ports":{"server":99999}}})");
    write(QStringLiteral("badaddress.json"),
          R"({"format":"portolan-plan","version":1,"devices":[{"id":"a","role":"managed-computer",)"
          R"("address":"999.1.1.1"}]})");
    write(
        QStringLiteral("badsubnet.json"),
        R"({"format":"portolan-plan","version":1,"devices":[{"id":"a","role":"managed-computer"},)"
        R"({"id":"b","role":"managed-computer","count":9,"address":"10.0.0.0/8, 10.0.0.0/33"}]})");
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("clean plan") << QStringList{"validate", "lan.json"} << 0 << "";
    QTest::newRow("warnings only") << QStringList{"validate", "gateway.json"} << 0 << "";
    QTest::newRow("errors") << QStringList{"validate", "nopath.json"} << 1 << "";
    QTest::newRow("malformed") << QStringList{"validate", "malformed.json"} << 2
                               << "malformed.json:2:12: malformed JSON";
    QTest::newRow("bad port") << QStringList{"flows", "badport.json"} << 2
                              << "settings.ports.server: expected a whole number from 1 to 65535";
    QTest::newRow("bad address") << QStringList{"checklist", "badaddress.json"} << 2
                                 << "badaddress.json: devices[0].address: expected an IPv4 or IPv6 "
                                    "address, a host name, or CIDR subnets";
    QTest::newRow("bad subnet") << QStringList{"firewall", "badsubnet.json", "--target", "nftables"}
                                << 2 << "devices[1].address: expected";
    QTest::newRow("missing file") << QStringList{"checklist", "absent.json"} << 2
                                  << "absent.json: cannot open";
    QTest::newRow("bad format") << QStringList{"checklist", "lan.json", "--format", "xls"} << 2
                                << "--format takes one of: text, csv, md, html, json";
    QTest::newRow("bad lang") << QStringList{"flows", "lan.json", "--lang", "de"} << 2
                              << "--lang takes one of: en, ru";
    QTest::newRow("no plan") << QStringList{"flows"} << 2 << "usage: portolan flows PLAN";
    QTest::newRow("unknown verb") << QStringList{"frobnicate"} << 2 << "unknown command";
    QTest::newRow("unknown template") << QStringList{"new", "--template", "x", "-o", "n.json"} << 2
                                      << "--template takes one of: gateway, lan-only";
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, stderrPart);
    for (QString &a : args) {
        if (a.endsWith(QStringLiteral(".json")))
            a = m_dir.filePath(a);
    }
    const PortolanRun r = runPortolan(args);
    QCOMPARE(r.exitCode, code);
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrPart), r.err.constData());
}

void TestCli::flowsJson()
{
    const PortolanRun r = runPortolan(
        {QStringLiteral("flows"), m_gateway, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray flows = QJsonDocument::fromJson(r.out).object().value("flows").toArray();
    // The seed's 24, the agents' own broadcast domain (2) and the KSN proxy KSC runs by default.
    QCOMPARE(flows.size(), 26);
    bool saw4a = false;
    bool sawKsn = false;
    for (const QJsonValue &v : flows) {
        const QJsonObject f = v.toObject();
        for (const char *key :
             {"flow", "from", "to", "transport", "ports", "tls", "via", "purpose"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        if (f.value("flow").toString() == QStringLiteral("4a")) {
            saw4a = true;
            QCOMPARE(f.value("from").toString(), QStringLiteral("ksc"));
            QCOMPARE(f.value("to").toString(), QStringLiteral("gateway"));
            QCOMPARE(f.value("transport").toString(), QStringLiteral("tcp"));
            QCOMPARE(f.value("ports").toArray(), QJsonArray{13000});
            QCOMPARE(f.value("tls").toBool(), true);
            QVERIFY(f.value("via").isNull());
        }
        if (f.value("flow").toString() == QStringLiteral("14"))
            QCOMPARE(f.value("via").toString(), QStringLiteral("gateway"));
        if (f.value("flow").toString() == QStringLiteral("K1")) {
            sawKsn = true;
            QCOMPARE(f.value("from").toString(), QStringLiteral("office"));
            QCOMPARE(f.value("to").toString(), QStringLiteral("ksc"));
            QCOMPARE(f.value("ports").toArray(), QJsonArray{13111});
            QVERIFY(f.value("purpose").toString().contains(QStringLiteral("KSN proxy")));
        }
    }
    QVERIFY(saw4a);
    QVERIFY(sawKsn);
}

void TestCli::validateJson()
{
    const PortolanRun r = runPortolan({QStringLiteral("validate"), m_dir.filePath("nopath.json"),
                                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value("findings").toArray();
    QVERIFY(!findings.isEmpty());
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first.value("severity").toString(), QStringLiteral("error"));
    for (const char *key : {"severity", "code", "message", "devices", "zones", "flows"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
}

void TestCli::checklistToFile()
{
    const QString out = m_dir.filePath("rules.csv");
    const PortolanRun r =
        runPortolan({QStringLiteral("checklist"), m_gateway, QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("boundary,from,"));
    QVERIFY(csv.contains("KSC-01,10.0.0.5,Connection gateway,192.0.2.10,lan,dmz,tcp,13000,4a,"));
}

void TestCli::checklistPdf()
{
    const QString out = m_dir.filePath("rules.pdf");
    // It must work with no display at all.
    const PortolanRun r =
        runPortolan({QStringLiteral("checklist"), m_gateway, QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("-o"), out},
                    {}, PortolanDisplay::None);
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
}

void TestCli::noDisplayExplainsInsteadOfAborting()
{
    const PortolanRun r = runPortolan({}, {}, PortolanDisplay::None);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no display"));
    // The list of commands comes from the command table: every verb is in it.
    for (const char *verb : {"validate", "checklist", "render", "--version"})
        QVERIFY2(r.out.contains(verb), verb);
}

void TestCli::unwritableOutputLeavesNothing()
{
    const QString out = m_dir.filePath("no-such-folder/rules.md");
    const PortolanRun r =
        runPortolan({QStringLiteral("checklist"), m_gateway, QStringLiteral("--format"),
                     QStringLiteral("md"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cannot write"), r.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestCli::templatesAndNew()
{
    const PortolanRun list = runPortolan({QStringLiteral("templates")});
    QCOMPARE(list.exitCode, 0);
    for (const QString &name : Templates::names())
        QVERIFY(list.out.contains(name.toUtf8()));
    const QString out = m_dir.filePath("new-dmz.json");
    QCOMPARE(runPortolan({QStringLiteral("new"), QStringLiteral("--template"),
                          QStringLiteral("server-in-dmz"), QStringLiteral("-o"), out})
                 .exitCode,
             0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), Templates::bytes(QStringLiteral("server-in-dmz")));
}

void TestCli::example()
{
    const QString folder = m_dir.filePath("example");
    const PortolanRun r = runPortolan({QStringLiteral("example"), QStringLiteral("-o"), folder});
    QCOMPARE(r.exitCode, 0);
    for (const char *name : {"reference-plan.json", "findings.txt", "checklist.html",
                             "checklist.pdf", "checklist.xlsx", "flows.txt"}) {
        QVERIFY2(QFile::exists(folder + QLatin1Char('/') + QLatin1String(name)), name);
        QVERIFY2(r.out.contains(name), r.out.constData());
    }
}

void TestCli::helpIsOk()
{
    const PortolanRun r = runPortolan({QStringLiteral("help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("validate"));
    const PortolanRun verbHelp =
        runPortolan({QStringLiteral("checklist"), QStringLiteral("--help")});
    QCOMPARE(verbHelp.exitCode, 0);
    QVERIFY(verbHelp.out.contains("--format"));
}

void TestCli::version_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("long") << QStringLiteral("--version");
    QTest::newRow("short") << QStringLiteral("-v");
}

void TestCli::version()
{
    QFETCH(QString, option);
    const PortolanRun r = runPortolan({option}, {}, PortolanDisplay::None);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("portolan " PORTOLAN_VERSION "\n"));
    QVERIFY(r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
