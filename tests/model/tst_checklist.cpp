#include "exports/ChecklistWriter.h"
#include "model/Analysis.h"
#include "model/Checklist.h"
#include "tests/support/TestPlans.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

class TestChecklist : public QObject
{
    Q_OBJECT

private slots:
    void referenceRules_data();
    void referenceRules();
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
        const QString title = Checklist::boundaryTitle(plan, r, Texts());
        if (titles.isEmpty() || titles.last() != title) {
            QVERIFY2(!titles.contains(title), qPrintable(title)); // each group appears once
            titles << title;
        }
    }
    QCOMPARE(titles,
             (QStringList{"LAN → DMZ", "LAN → Internet", "DMZ → Internet", "Internet → LAN",
                          "Internet → DMZ", "Inside “Head office LAN”", "Inside “Internet”"}));
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
        << "LAN → DMZ,KSC-01,10.0.0.5,Connection gateway,192.0.2.10,lan,dmz,tcp,13000,4a,";
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
        if (r.flows == QStringList{"2"}) {
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

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
