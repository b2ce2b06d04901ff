#include "exports/ChecklistWriter.h"
#include "exports/FirewallExport.h"
#include "exports/PlanReport.h"
#include "model/Analysis.h"
#include "model/BoundaryTitles.h"
#include "model/Checklist.h"
#include "tests/support/DeploymentPlans.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

class TestChecklist : public QObject
{
    Q_OBJECT

private slots:
    void referenceRules_data();
    void referenceRules();
    void deploymentRules_data();
    void deploymentRules();
    void noLocalRulesAndNoDuplicates();
    void groupedByBoundaryInsideLast();
    void reverseProxyOpensTwoRules();
    void mergesFlowsWithTheSamePorts();
    void formats_data();
    void formats();
    void csvQuotesHostileNames();
    void htmlEscapesHostileNames();
    void jsonFields();
    void mergedRuleListsEverySource();
    void mergeCoversEveryPairOnce_data();
    void mergeCoversEveryPairOnce();
    void mergesDestinations();
    void mergedRulesInEveryFormat_data();
    void mergedRulesInEveryFormat();
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void namesCannotForgeLines_data();
    void namesCannotForgeLines();
    void markdownEscapesHtmlAndReturns();

private:
    static QString row(const Plan &plan, const ChecklistRow &r)
    {
        return QStringLiteral("%1>%2 %3 %4 [%5]")
                   .arg(r.from, r.to, Catalog::transportId(r.transport),
                        Checklist::portsText(r.ports), r.flows.join(QLatin1Char(','))) +
               (r.insideZone() ? QStringLiteral(" inside") : QString()) +
               (plan.zone(r.fromZone) ? QString() : QStringLiteral(" ?"));
    }
    static QStringList rows(const Plan &plan)
    {
        QStringList result;
        for (const ChecklistRow &r : Analysis(plan).checklist())
            result << row(plan, r);
        return result;
    }
};

void TestChecklist::referenceRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::newRow("4a LAN to DMZ") << "ksc>gateway tcp 13000 [4a]";
    QTest::newRow("8 to Kaspersky") << "ksc>kaspersky tcp 443 [8]";
    QTest::newRow("10 to FCM") << "ksc>fcm tcp 443 [10]";
    QTest::newRow("12 to APNs") << "mdm>apns tcp 443 [12]";
    QTest::newRow("agents end at the gateway") << "laptops>gateway tcp 13000 [4]";
    QTest::newRow("mobile app at the gateway") << "android>gateway tcp 13292, 13293 [14]";
    QTest::newRow("packages at the gateway") << "ios>gateway tcp 8060, 8061 [16]";
    QTest::newRow("17 to MDM") << "ios>mdm tcp 443 [17]";
    QTest::newRow("push opened by the device")
        << "android>fcm tcp 5228, 5229, 5230, 443 [11] inside";
    QTest::newRow("APNs opened by the device") << "ios>apns tcp 5223, 443 [13] inside";
    QTest::newRow("9a browser") << "admin>webconsole tcp 8080 [9a]";
    QTest::newRow("1 inside LAN") << "ksc>db tcp 1433 [1] inside";
    QTest::newRow("2 inside LAN") << "ksc>office udp 15000 [2] inside";
    QTest::newRow("K1 KSN proxy inside the LAN") << "office>ksc tcp 13111 [K1] inside";
}

void TestChecklist::deploymentRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("listed");
    // A branch office behind its distribution point in gateway mode.
    QTest::newRow("branch point connects to its server") << "branch-dp>ksc tcp 13000 [4]" << true;
    QTest::newRow("branch computers end at their point, inside the branch")
        << "branch-pcs>branch-dp tcp 13000 [4] inside" << true;
    QTest::newRow("packages through the branch point")
        << "branch-pcs>branch-dp tcp 8060, 8061 [16] inside" << true;
    QTest::newRow("no signal connection to a branch point")
        << "ksc>branch-dp tcp 13000 [4a]" << false;
    QTest::newRow("no direct way from the branch computers")
        << "branch-pcs>ksc tcp 13000 [4]" << false;
    QTest::newRow("push server for Android devices of the branch")
        << "branch-phones>branch-dp tcp 13295 [D2] inside" << true;
    // Agents of one segment find their broadcast domain: one rule per zone, inside it.
    QTest::newRow("broadcast domain of the head office")
        << "office>office udp 15000 [2] inside" << true;
    QTest::newRow("broadcast domain of the branch")
        << "branch-dp>branch-dp udp 15000 [2] inside" << true;
    QTest::newRow("no broadcast domain on the Internet")
        << "laptops>laptops udp 15000 [2] inside" << false;
    // A secondary in the DMZ: the primary opens the hierarchy connection, LAN to DMZ only.
    QTest::newRow("primary to the secondary in the DMZ") << "ksc>dmz-ksc tcp 13000 [4]" << true;
    QTest::newRow("never the secondary into the LAN") << "dmz-ksc>ksc tcp 13000 [4]" << false;
    // The server's KSN proxy: from the branch point, never through a gateway.
    QTest::newRow("branch point uses the server's KSN proxy")
        << "branch-dp>ksc tcp 13111 [K1]" << true;
    QTest::newRow("no KSN proxy port through the connection gateway")
        << "laptops>gateway tcp 13111 [K1]" << false;
}

void TestChecklist::deploymentRules()
{
    QFETCH(QString, rule);
    QFETCH(bool, listed);
    const Plan plan = deploymentPlan();
    const QStringList all = rows(plan);
    QVERIFY2(all.contains(rule) == listed, qPrintable(all.join(QLatin1Char('\n'))));
}

void TestChecklist::referenceRules()
{
    QFETCH(QString, rule);
    const QStringList all = rows(templatePlan(QStringLiteral("gateway")));
    QVERIFY2(all.contains(rule), qPrintable(all.join(QLatin1Char('\n'))));
}

void TestChecklist::noLocalRulesAndNoDuplicates()
{
    for (const QString &scheme : Templates::names()) {
        const Plan plan = templatePlan(scheme);
        const QStringList all = rows(plan);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
        for (const ChecklistRow &r : Analysis(plan).checklist()) {
            QVERIFY(!r.flows.contains(QStringLiteral("7")));
            QVERIFY(!r.ports.isEmpty());
        }
    }
    // A database on the server's host is local: no rule for it.
    QVERIFY(
        !rows(templatePlan(QStringLiteral("lan-only"))).join(' ').contains(QStringLiteral(">db ")));
}

void TestChecklist::groupedByBoundaryInsideLast()
{
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const QList<ChecklistRow> all = Analysis(plan).checklist();
    QStringList titles;
    for (const ChecklistRow &r : all) {
        const QString title = BoundaryTitles(plan, Texts()).title(r);
        if (titles.isEmpty() || titles.last() != title) {
            QVERIFY2(!titles.contains(title), qPrintable(title)); // each group appears once
            titles << title;
        }
    }
    QCOMPARE(titles, (QStringList{"Head office LAN → DMZ", "Head office LAN → Internet",
                                  "DMZ → Internet", "Internet → Head office LAN", "Internet → DMZ",
                                  "Inside “Head office LAN”", "Inside “Internet”"}));
}

void TestChecklist::reverseProxyOpensTwoRules()
{
    const QStringList all = rows(templatePlan(QStringLiteral("reverse-proxy")));
    QVERIFY(all.contains(QStringLiteral("laptops>proxy tcp 13000 [4]")));
    QVERIFY(all.contains(QStringLiteral("proxy>ksc tcp 13000 [4]")));
    QVERIFY(all.contains(QStringLiteral("android>proxy tcp 13292, 13293 [14]")));
    QVERIFY(all.contains(QStringLiteral("proxy>ksc tcp 8060, 8061 [16]")));
}

void TestChecklist::mergesFlowsWithTheSamePorts()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    // With the Web Server moved to 13000, flows 4 and 16 of the laptops need the same rule.
    plan.settings.ports.insert(QStringLiteral("webServer"), 13000);
    plan.settings.ports.insert(QStringLiteral("webServerTls"), 13000);
    const QStringList all = rows(plan);
    QVERIFY2(all.contains(QStringLiteral("laptops>gateway tcp 13000 [4,16]")),
             qPrintable(all.join(QLatin1Char('\n'))));
    // The merged rule says what each of its flows is for, once each.
    for (const ChecklistRow &r : Analysis(plan).checklist()) {
        if (r.from == QStringLiteral("laptops") && r.flows.size() == 2) {
            QVERIFY(r.purpose.contains(QStringLiteral("Main management channel")));
            QCOMPARE(r.purpose.count(QStringLiteral("installation packages")), 1);
        }
    }
}

void TestChecklist::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text")
        << "text"
        << "[ ] KSC-01 (10.0.0.5) → Connection gateway (192.0.2.10)  TCP 13000  (flows: 4a)";
    QTest::newRow("csv")
        << "csv"
        << "Head office LAN → DMZ,KSC-01,10.0.0.5,Connection gateway,192.0.2.10,lan,dmz,tcp,13000,"
           "4a,";
    QTest::newRow("md")
        << "md"
        << "| [ ] | KSC-01 (10.0.0.5) | Connection gateway (192.0.2.10) | TCP | 13000 | 4a |";
    QTest::newRow("html") << "html"
                          << "<td>KSC-01 (10.0.0.5)</td><td>Connection gateway "
                             "(192.0.2.10)</td><td>TCP</td><td>13000</td><td>4a</td>";
    QTest::newRow("json") << "json"
                          << "\"fromZone\": \"lan\"";
}

void TestChecklist::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const QList<ChecklistRow> all = Analysis(plan).checklist();
    const QString out = QString::fromUtf8(ChecklistWriter::write(plan, all, format));
    QVERIFY2(out.contains(expected), qPrintable(out.left(2000)));
}

void TestChecklist::csvQuotesHostileNames()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.device(QStringLiteral("ksc"))->name = QStringLiteral("KSC, \"main\"\nserver");
    const QList<ChecklistRow> all = Analysis(plan).checklist();
    const QString csv = QString::fromUtf8(ChecklistWriter::write(plan, all, QStringLiteral("csv")));
    QVERIFY(csv.contains(QStringLiteral("\"KSC, \"\"main\"\"\nserver\"")));
    QVERIFY(csv.startsWith(QStringLiteral("boundary,from,from_address,to,to_address,")));
}

void TestChecklist::htmlEscapesHostileNames()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.device(QStringLiteral("ksc"))->name = QStringLiteral("<script>alert(1)</script> & co");
    plan.title = QStringLiteral("<b>title</b>");
    const QList<ChecklistRow> all = Analysis(plan).checklist();
    const QByteArray html = ChecklistWriter::write(plan, all, QStringLiteral("html"));
    QVERIFY(!html.contains("<script>"));
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    QVERIFY(!html.contains("<b>title"));
}

void TestChecklist::jsonFields()
{
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const QList<ChecklistRow> all = Analysis(plan).checklist();
    const QJsonArray rowsJson =
        QJsonDocument::fromJson(ChecklistWriter::write(plan, all, QStringLiteral("json")))
            .object()
            .value("rows")
            .toArray();
    QCOMPARE(rowsJson.size(), all.size());
    const QJsonObject first = rowsJson.first().toObject();
    for (const char *key :
         {"from", "to", "fromZone", "toZone", "transport", "ports", "flows", "purpose"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value("flows").toArray().first().toString(), QStringLiteral("4a"));
    QCOMPARE(first.value("ports").toArray().first().toInt(), 13000);
    QCOMPARE(first.value("transport").toString(), QStringLiteral("tcp"));
}

void TestChecklist::mergedRuleListsEverySource()
{
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const QList<ChecklistRow> merged =
        Checklist::merge(Checklist::build(plan, FlowDeriver::derive(plan)));
    QList<ChecklistRow> packages;
    for (const ChecklistRow &r : merged) {
        if (r.ports == QList<int>{8060, 8061} && r.to == QStringLiteral("gateway"))
            packages << r;
    }
    QCOMPARE(packages.size(), 1);
    QCOMPARE(packages.first().sources(), (QStringList{"laptops", "android", "ios"}));
    QCOMPARE(packages.first().destinations(), QStringList{"gateway"});
    QCOMPARE(packages.first().flows, QStringList{"16"});
}

void TestChecklist::mergeCoversEveryPairOnce_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : Templates::names())
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestChecklist::mergeCoversEveryPairOnce()
{
    // Merging only regroups: spelled out again, the merged rules are exactly the pairs.
    QFETCH(QString, name);
    const Plan plan = templatePlan(name);
    const QList<ChecklistRow> pairs = Checklist::build(plan, FlowDeriver::derive(plan));
    QStringList expected;
    for (const ChecklistRow &r : pairs)
        expected << row(plan, r);
    QStringList spelled;
    for (const ChecklistRow &merged : Checklist::merge(pairs)) {
        for (const QString &from : merged.sources()) {
            for (const QString &to : merged.destinations()) {
                ChecklistRow single = merged;
                single.from = from;
                single.to = to;
                single.alsoFrom.clear();
                single.alsoTo.clear();
                spelled << row(plan, single);
            }
        }
    }
    expected.sort();
    spelled.sort();
    QCOMPARE(spelled, expected);
}

void TestChecklist::mergesDestinations()
{
    // Two office groups: the server wakes both agents (UDP 15000), one rule to both.
    Plan plan = templatePlan(QStringLiteral("lan-only"));
    QString office;
    for (const Device &d : plan.devices) {
        if (d.role == Catalog::Role::ManagedComputer)
            office = d.id;
    }
    QVERIFY(!office.isEmpty());
    Device second = *plan.device(office);
    second.id = QStringLiteral("office2");
    second.name = QStringLiteral("Second office");
    plan.devices << second;
    const QList<ChecklistRow> merged =
        Checklist::merge(Checklist::build(plan, FlowDeriver::derive(plan)));
    bool wakeUp = false;
    bool agents = false;
    for (const ChecklistRow &r : merged) {
        if (r.flows == QStringList{"2"} && r.from == QStringLiteral("ksc")) {
            QVERIFY(r.destinations().contains(office));
            QVERIFY(r.destinations().contains(QStringLiteral("office2")));
            wakeUp = true;
        }
        if (r.flows == QStringList{"4"} && r.sources().contains(QStringLiteral("office2"))) {
            QVERIFY(r.sources().contains(office));
            agents = true;
        }
    }
    QVERIFY(wakeUp);
    QVERIFY(agents);
}

void TestChecklist::mergedRulesInEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("merged");
    QTest::newRow("text") << "text"
                          << "Off-site laptops, Android devices, iOS devices → Connection gateway "
                             "(192.0.2.10)  TCP 8060, 8061";
    QTest::newRow("csv")
        << "csv"
        << "Off-site laptops; Android devices; iOS devices,,Connection gateway,192.0.2.10";
    QTest::newRow("md") << "md"
                        << "| [ ] | Off-site laptops, Android devices, iOS devices | Connection "
                           "gateway (192.0.2.10) | TCP | 8060, 8061 |";
    QTest::newRow("html")
        << "html"
        << "<td>Off-site laptops, Android devices, iOS devices</td><td>Connection gateway "
           "(192.0.2.10)</td><td>TCP</td><td>8060, 8061</td>";
    QTest::newRow("json") << "json"
                          << R"("sources": [
                "laptops",
                "android",
                "ios"
            ],)";
}

void TestChecklist::mergedRulesInEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, merged);
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const QList<ChecklistRow> pairs = Checklist::build(plan, FlowDeriver::derive(plan));
    const QString out =
        QString::fromUtf8(ChecklistWriter::write(plan, Checklist::merge(pairs), format));
    QVERIFY2(out.contains(merged), qPrintable(out));
    // One row per pair of devices: the merged rule is three again, none listing two sources.
    const QString single = QString::fromUtf8(ChecklistWriter::write(plan, pairs, format));
    QVERIFY(!single.contains(merged));
    QCOMPARE(single.count(QStringLiteral("8060")) - out.count(QStringLiteral("8060")), 2);
}

void TestChecklist::csvNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cell"); // as the CSV must hold it
    QTest::newRow("=HYPERLINK") << "=HYPERLINK(\"http://x\",\"y\")"
                                << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
    QTest::newRow("plus") << "+1+cmd|' /C calc'!A0"
                          << "\"'+1+cmd|' /C calc'!A0\"";
    QTest::newRow("minus") << "-2+3"
                           << "\"'-2+3\"";
    QTest::newRow("at") << "@SUM(A1)"
                        << "\"'@SUM(A1)\"";
    QTest::newRow("tab") << "\t=1"
                         << "\"'\t=1\"";
    QTest::newRow("cr") << "\r=1"
                        << "\"'\r=1\"";
    QTest::newRow("plain") << "KSC-01"
                           << "KSC-01";
}

void TestChecklist::csvNeutralisesFormulas()
{
    QFETCH(QString, name);
    QFETCH(QString, cell);
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.device(QStringLiteral("ksc"))->name = name;
    const QList<ChecklistRow> all = Checklist::build(plan, FlowDeriver::derive(plan));
    const QString checklist =
        QString::fromUtf8(ChecklistWriter::write(plan, all, QStringLiteral("csv")));
    QVERIFY2(checklist.contains(QLatin1Char(',') + cell + QLatin1Char(',')),
             qPrintable(checklist.left(600)));
    // The firewall CSV writes names on one line first ("\t=1" becomes "=1"): still neutralised.
    const QString firewall =
        QString::fromUtf8(FirewallExport::write(plan, all, QStringLiteral("csv")));
    const QString oneLine = FirewallExport::oneLine(name);
    QVERIFY2(
        firewall.contains(QLatin1Char(',') + ChecklistWriter::csvField(oneLine) + QLatin1Char(',')),
        qPrintable(firewall.left(600)));
    if (cell != name) {
        QVERIFY(!checklist.contains(QLatin1Char(',') + name));
        QVERIFY(!firewall.contains(QLatin1Char(',') + oneLine));
        QVERIFY(ChecklistWriter::csvField(oneLine).startsWith(QStringLiteral("\"'")));
    }
    // Generated cells stay as they are: port lists and flow numbers are not formulas.
    QVERIFY(checklist.contains(QStringLiteral(",13000,")));
    QVERIFY(firewall.contains(QStringLiteral(",13000,")));
    QCOMPARE(ChecklistWriter::csvField(QStringLiteral("-")), QStringLiteral("-"));
    QCOMPARE(ChecklistWriter::csvField(QStringLiteral("-1")), QStringLiteral("-1"));
}

void TestChecklist::namesCannotForgeLines_data()
{
    QTest::addColumn<QString>("breaker");
    QTest::newRow("LF") << "\n";
    QTest::newRow("CR") << "\r";
    QTest::newRow("CRLF") << "\r\n";
    QTest::newRow("U+2028") << QString(QChar(0x2028));
    QTest::newRow("U+2029") << QString(QChar(0x2029));
    QTest::newRow("NEL") << QString(QChar(0x85));
    QTest::newRow("VT") << "\v";
    QTest::newRow("FF") << "\f";
}

void TestChecklist::namesCannotForgeLines()
{
    QFETCH(QString, breaker);
    const QString forged = QStringLiteral("  [ ] Attacker → Everything  TCP 1-65535");
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.device(QStringLiteral("ksc"))->name = QStringLiteral("KSC") + breaker + forged;
    plan.title = QStringLiteral("Title") + breaker + forged;
    const DerivedFlows derived = FlowDeriver::derive(plan);
    const QList<ChecklistRow> all = Checklist::build(plan, derived);
    const QString text =
        QString::fromUtf8(ChecklistWriter::write(plan, all, QStringLiteral("text")));
    const QString flows = QString::fromUtf8(PlanReport::flowsText(plan, derived.flows, Texts()));
    for (const QString &out : {text, flows}) {
        for (const QString &line : out.split(
                 QRegularExpression(QStringLiteral("[\\n\\r\\v\\f\\x{85}\\x{2028}\\x{2029}]"))))
            QVERIFY2(!line.startsWith(forged), qPrintable(line));
        QVERIFY2(out.contains(QStringLiteral("KSC [ ] Attacker → Everything TCP")),
                 qPrintable(out.left(400)));
    }
}

void TestChecklist::markdownEscapesHtmlAndReturns()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.device(QStringLiteral("ksc"))->name = QStringLiteral("<script>alert(1)</script>\r| x");
    plan.title = QStringLiteral("<img src=x onerror=alert(1)>\r\n# forged");
    const QList<ChecklistRow> all = Checklist::build(plan, FlowDeriver::derive(plan));
    const QByteArray md = ChecklistWriter::write(plan, all, QStringLiteral("md"));
    QVERIFY(!md.contains("<script>"));
    QVERIFY(!md.contains("<img"));
    QVERIFY(!md.contains('\r'));
    QVERIFY(md.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| x"));
    QVERIFY(!md.contains("\n# forged"));
}

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
