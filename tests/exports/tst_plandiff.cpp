#include "exports/PlanDiff.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"
#include "tests/support/RunPortolan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Plan reference()
{
    return *Templates::load(QStringLiteral("gateway"));
}

Plan gatewayInLan()
{
    Plan plan = reference();
    plan.device(QStringLiteral("gateway"))->zone = QStringLiteral("lan");
    return plan;
}

Plan withDistributionPoint()
{
    Plan plan = reference();
    Device dp;
    dp.id = QStringLiteral("dp");
    dp.role = Catalog::Role::DistributionPoint;
    dp.name = QStringLiteral("DP-1");
    dp.zone = QStringLiteral("lan");
    dp.address = QStringLiteral("10.0.1.10");
    plan.devices << dp;
    return plan;
}

// Mobile ports moved onto the Web Server's: Android's flow 14 joins flow 16's rule.
Plan mobileOnWebServerPorts()
{
    Plan plan = reference();
    plan.settings.ports.insert(QStringLiteral("mobile"), 8060);
    plan.settings.ports.insert(QStringLiteral("mobileAlt"), 8061);
    return plan;
}

QStringList ruleStrings(const QList<ChecklistRow> &rows)
{
    QStringList out;
    for (const ChecklistRow &row : rows)
        out << QStringLiteral("%1>%2 %3 %4 [%5]")
                   .arg(row.from, row.to, Catalog::transportId(row.transport),
                        Checklist::portsText(row.ports), row.flows.join(QLatin1Char(',')));
    return out;
}

QStringList findingStrings(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.code + QLatin1Char(':') + f.devices.join(QLatin1Char(','));
    out.sort();
    return out;
}

} // namespace

class TestPlanDiff : public QObject
{
    Q_OBJECT

private slots:
    void sameRulesMeanNoDiff_data();
    void sameRulesMeanNoDiff();
    void gatewayOutOfTheDmz();
    void addedDistributionPoint();
    void renumberedRule();
    void changedAddressChangesRules();
    void reverseSwapsSides();
    void formats();
    void cliDiffsTwoFiles();
    void cliRefusesAFileThatIsNotAPlan_data();
    void cliRefusesAFileThatIsNotAPlan();
};

void TestPlanDiff::sameRulesMeanNoDiff_data()
{
    QTest::addColumn<Plan>("after");
    QTest::newRow("identical") << reference();
    Plan renamed = reference();
    renamed.title = QStringLiteral("Renamed");
    renamed.device(QStringLiteral("ksc"))->name = QStringLiteral("KSC-NEW");
    renamed.device(QStringLiteral("ksc"))->position = QPointF(1, 1);
    QTest::newRow("names and positions only") << renamed;
}

void TestPlanDiff::sameRulesMeanNoDiff()
{
    QFETCH(Plan, after);
    const PlanDiff diff = PlanDiff::compare(Analysis(reference()), Analysis(after));
    QVERIFY(diff.isEmpty());
    QVERIFY(diff.write(QStringLiteral("text")).contains("No change in rules or findings."));
    QCOMPARE(QJsonDocument::fromJson(diff.write(QStringLiteral("json")))
                 .object()
                 .value(QStringLiteral("empty"))
                 .toBool(),
             true);
}

void TestPlanDiff::gatewayOutOfTheDmz()
{
    const PlanDiff diff = PlanDiff::compare(Analysis(reference()), Analysis(gatewayInLan()));
    // Nothing on the Internet reaches into the LAN: the gateway's inbound rules go away.
    QCOMPARE(ruleStrings(diff.removedRules),
             (QStringList{QStringLiteral("laptops>gateway tcp 13000 [4]"),
                          QStringLiteral("android>gateway tcp 13292, 13293 [14]"),
                          QStringLiteral("laptops>gateway tcp 8060, 8061 [16]"),
                          QStringLiteral("android>gateway tcp 8060, 8061 [16]"),
                          QStringLiteral("ios>gateway tcp 8060, 8061 [16]")}));
    QVERIFY(diff.addedRules.isEmpty());
    QVERIFY(diff.renumberedRules.isEmpty());
    QCOMPARE(findingStrings(diff.appearedFindings),
             (QStringList{QStringLiteral("gateway-outside-dmz:gateway"),
                          QStringLiteral("host-in-other-zone:mdm,gateway"),
                          QStringLiteral("no-path-to-server:android,ksc"),
                          QStringLiteral("no-path-to-server:ios,ksc"),
                          QStringLiteral("no-path-to-server:laptops,ksc")}));
    QVERIFY(diff.disappearedFindings.isEmpty());
    const QString text = QString::fromUtf8(diff.write(QStringLiteral("text")));
    QVERIFY(
        text.contains(QStringLiteral("Rules to remove (5):\n  - Off-site laptops → "
                                     "Connection gateway (192.0.2.10)  TCP 13000  (flows: 4)")));
    QVERIFY(text.contains(QStringLiteral("Findings that appear (5):")));
    QVERIFY(text.contains(QStringLiteral("  + warning [gateway-outside-dmz] The connection gateway "
                                         "“Connection gateway” is not in a DMZ.")));
    QVERIFY(!text.contains(QStringLiteral("Rules to add")));
}

void TestPlanDiff::addedDistributionPoint()
{
    const PlanDiff diff =
        PlanDiff::compare(Analysis(reference()), Analysis(withDistributionPoint()));
    QVERIFY(diff.removedRules.isEmpty());
    const QStringList added = ruleStrings(diff.addedRules);
    QVERIFY2(added.contains(QStringLiteral("office>dp tcp 13000 [4]")),
             qPrintable(added.join(QLatin1Char('\n'))));
    QVERIFY(added.contains(QStringLiteral("dp>ksc tcp 13000 [4]")));
    QVERIFY(added.contains(QStringLiteral("ksc>dp udp 15000 [2]")));
    QVERIFY(added.contains(QStringLiteral("dp>office udp 15001 [D1]")));
    for (const ChecklistRow &row : diff.addedRules)
        QVERIFY(row.from == QStringLiteral("dp") || row.to == QStringLiteral("dp"));
    QVERIFY(diff.write(QStringLiteral("text"))
                .contains("  + DP-1 (10.0.1.10) → KSC-01 (10.0.0.5)  TCP 13000  (flows: 4)"));
}

void TestPlanDiff::changedAddressChangesRules()
{
    // The firewall team opened ports for the old address: each rule of the server is a new rule.
    Plan moved = reference();
    moved.device(QStringLiteral("ksc"))->address = QStringLiteral("10.0.0.77");
    const PlanDiff diff = PlanDiff::compare(Analysis(reference()), Analysis(moved));
    QVERIFY(!diff.isEmpty());
    QVERIFY(!diff.addedRules.isEmpty());
    QCOMPARE(diff.addedRules.size(), diff.removedRules.size());
    for (const ChecklistRow &row : diff.addedRules)
        QVERIFY(row.from == QStringLiteral("ksc") || row.to == QStringLiteral("ksc"));
    const QString text = QString::fromUtf8(diff.write(QStringLiteral("text")));
    QVERIFY2(text.contains(QStringLiteral("(10.0.0.77)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(10.0.0.5)")));
}

void TestPlanDiff::renumberedRule()
{
    const PlanDiff diff =
        PlanDiff::compare(Analysis(reference()), Analysis(mobileOnWebServerPorts()));
    QCOMPARE(diff.renumberedRules.size(), 1);
    QCOMPARE(diff.renumberedRules[0].after.from, QStringLiteral("android"));
    QCOMPARE(diff.renumberedRules[0].before.flows, QStringList{QStringLiteral("16")});
    QCOMPARE(diff.renumberedRules[0].after.flows,
             (QStringList{QStringLiteral("14"), QStringLiteral("16")}));
    QCOMPARE(ruleStrings(diff.removedRules),
             QStringList{QStringLiteral("android>gateway tcp 13292, 13293 [14]")});
    QVERIFY(diff.addedRules.isEmpty());
    QVERIFY(diff.write(QStringLiteral("text"))
                .contains("Rules that now serve other flows (1):\n  ~ Android devices → Connection "
                          "gateway (192.0.2.10)  TCP 8060, 8061  (flows: 16 → 14, 16)"));
    const QJsonObject json = QJsonDocument::fromJson(diff.write(QStringLiteral("json"))).object();
    const QJsonObject renumbered =
        json[QStringLiteral("rules")][QStringLiteral("renumbered")][0].toObject();
    QCOMPARE(renumbered[QStringLiteral("oldFlows")].toArray(), QJsonArray{QStringLiteral("16")});
    QCOMPARE(renumbered[QStringLiteral("flows")].toArray(),
             (QJsonArray{QStringLiteral("14"), QStringLiteral("16")}));
}

void TestPlanDiff::reverseSwapsSides()
{
    const PlanDiff forward = PlanDiff::compare(Analysis(reference()), Analysis(gatewayInLan()));
    const PlanDiff backward = PlanDiff::compare(Analysis(gatewayInLan()), Analysis(reference()));
    QCOMPARE(ruleStrings(backward.addedRules), ruleStrings(forward.removedRules));
    QCOMPARE(ruleStrings(backward.removedRules), ruleStrings(forward.addedRules));
    QCOMPARE(findingStrings(backward.disappearedFindings),
             findingStrings(forward.appearedFindings));
    QVERIFY(backward.appearedFindings.isEmpty());
}

void TestPlanDiff::formats()
{
    const PlanDiff diff = PlanDiff::compare(Analysis(reference()), Analysis(gatewayInLan()));
    const QJsonObject json = QJsonDocument::fromJson(diff.write(QStringLiteral("json"))).object();
    QCOMPARE(json[QStringLiteral("empty")].toBool(), false);
    QCOMPARE(json[QStringLiteral("rules")][QStringLiteral("removed")].toArray().size(), 5);
    QCOMPARE(json[QStringLiteral("rules")][QStringLiteral("added")].toArray().size(), 0);
    const QJsonObject first =
        json[QStringLiteral("rules")][QStringLiteral("removed")][0].toObject();
    QCOMPARE(first[QStringLiteral("from")].toString(), QStringLiteral("laptops"));
    QCOMPARE(first[QStringLiteral("ports")].toArray(), QJsonArray{13000});
    QCOMPARE(json[QStringLiteral("findings")][QStringLiteral("appeared")].toArray().size(), 5);
    const QString md = QString::fromUtf8(diff.write(QStringLiteral("md")));
    QVERIFY(md.startsWith(QStringLiteral("# Changes from ")));
    QVERIFY(md.contains(QStringLiteral("\n## Rules to remove (5):\n\n- Off-site laptops")));
    QVERIFY(md.contains(QStringLiteral("\n## Findings that appear (5):\n\n- ")));
}

void TestPlanDiff::cliDiffsTwoFiles()
{
    QTemporaryDir dir;
    const QString oldPath = dir.filePath(QStringLiteral("old.json"));
    const QString newPath = dir.filePath(QStringLiteral("new.json"));
    QVERIFY(PlanFile::save(reference(), oldPath, nullptr));
    QVERIFY(PlanFile::save(gatewayInLan(), newPath, nullptr));
    for (const QString &format : PlanDiff::formats()) {
        const PortolanRun r =
            runPortolan({QStringLiteral("diff"), oldPath, newPath, QStringLiteral("--format"),
                         format, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 PlanDiff::compare(Analysis(reference()), Analysis(gatewayInLan())).write(format));
    }
    QCOMPARE(runPortolan({QStringLiteral("diff"), oldPath}).exitCode, 2);
    QCOMPARE(runPortolan({QStringLiteral("diff"), oldPath, newPath, QStringLiteral("--format"),
                          QStringLiteral("pdf")})
                 .exitCode,
             2);
}

void TestPlanDiff::cliRefusesAFileThatIsNotAPlan_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("junkIsNew");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON, new")
        << QByteArray("table inet x {}") << true << QStringLiteral("malformed JSON");
    QTest::newRow("another format, old")
        << QByteArray(R"({"format": "other", "version": 1})") << false << QStringLiteral("format");
    QTest::newRow("empty, old") << QByteArray() << false << QString();
}

void TestPlanDiff::cliRefusesAFileThatIsNotAPlan()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, junkIsNew);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString planPath = dir.filePath(QStringLiteral("plan.json"));
    const QString junkPath = dir.filePath(QStringLiteral("junk.json"));
    QVERIFY(PlanFile::save(reference(), planPath, nullptr));
    QFile junk(junkPath);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(content);
    junk.close();
    const PortolanRun r = runPortolan({QStringLiteral("diff"), junkIsNew ? planPath : junkPath,
                                       junkIsNew ? junkPath : planPath, QStringLiteral("--lang"),
                                       QStringLiteral("en")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("portolan: ") + junkPath), qPrintable(err));
    QVERIFY2(err.contains(reason), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "tst_plandiff.moc"
