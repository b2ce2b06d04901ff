#include "model/Analysis.h"
#include "model/Validator.h"
#include "tests/support/DeploymentPlans.h"

#include <functional>

using Catalog::Role;
using Edit = std::function<void(Plan &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

QStringList codes(const Plan &plan)
{
    QStringList result;
    for (const Finding &f : Analysis(plan).findings())
        result << f.code;
    return result;
}

void setProperty(Plan &plan, const char *id, const char *key, const QJsonValue &value)
{
    plan.device(QLatin1String(id))->properties.insert(QLatin1String(key), value);
}

// Each finding: an edit of the reference plan that triggers it, and one close to it that does not.
const QMap<QString, std::pair<Edit, Edit>> &cases()
{
    static const QMap<QString, std::pair<Edit, Edit>> table = {
        {"no-path-to-server",
         {[](Plan &p) { p.device("gateway")->zone = "lan"; },
          [](Plan &p) { p.device("gateway")->zone = "dmz"; }}},
        {"gateway-outside-dmz",
         {[](Plan &p) { p.device("gateway")->zone = "internet"; }, [](Plan &) {}}},
        {"gateway-chain",
         {[](Plan &p) {
              Device second = makeDevice("gateway2", Role::ConnectionGateway, "dmz");
              second.properties.insert("gateway", "gateway");
              p.devices << second;
          },
          [](Plan &p) { p.devices << makeDevice("gateway2", Role::ConnectionGateway, "dmz"); }}},
        {"gateway-overloaded",
         {[](Plan &p) { p.device("laptops")->count = 9701; },
          [](Plan &p) { p.device("laptops")->count = 9700; }}}, // 9,700 + 200 + 100 = 10,000
        {"server-overloaded",
         {[](Plan &p) { p.device("office")->count = 100'000; },
          [](Plan &p) { p.device("office")->count = 99'000; }}},
        {"server-overloaded-linux",
         {[](Plan &p) {
              setProperty(p, "ksc", "edition", "linux");
              p.device("office")->count = 50'000;
          },
          [](Plan &p) {
              setProperty(p, "ksc", "edition", "linux");
              p.device("office")->count = 49'000;
          }}},
        {"too-many-secondaries",
         {[](Plan &p) {
              Device s = makeDevice("secondaries", Role::AdministrationServer, "lan", 501);
              s.properties.insert("primary", "ksc");
              p.devices << s;
          },
          [](Plan &p) {
              Device s = makeDevice("secondaries", Role::AdministrationServer, "lan", 500);
              s.properties.insert("primary", "ksc");
              p.devices << s;
          }}},
        {"hierarchy-cycle",
         {[](Plan &p) {
              Device s = makeDevice("ksc2", Role::AdministrationServer, "lan");
              s.properties.insert("primary", "ksc");
              p.devices << s;
              setProperty(p, "ksc", "primary", "ksc2");
          },
          [](Plan &p) {
              Device s = makeDevice("ksc2", Role::AdministrationServer, "lan");
              s.properties.insert("primary", "ksc");
              p.devices << s;
          }}},
        {"legacy-agent-port", {[](Plan &p) { p.settings.legacyAgentPort = true; }, [](Plan &) {}}},
        {"database-exposed",
         {[](Plan &p) { p.device("db")->zone = "internet"; },
          [](Plan &p) { p.device("db")->zone = "lan"; }}},
        {"management-port-exposed",
         {[](Plan &p) { p.device("mmc")->zone = "internet"; },
          [](Plan &p) { p.device("mmc")->zone = "lan"; }}},
        {"web-console-exposed", {[](Plan &) {}, [](Plan &p) { p.device("admin")->zone = "lan"; }}},
        {"android-without-fcm",
         {[](Plan &p) { p.devices.removeAt(p.deviceIndex("fcm")); }, [](Plan &) {}}},
        {"android-without-fcm-offline",
         {[](Plan &p) { setProperty(p, "ksc", "internetAccess", false); }, [](Plan &) {}}},
        {"ios-without-mdm",
         {[](Plan &p) { p.devices.removeAt(p.deviceIndex("mdm")); }, [](Plan &) {}}},
        {"ios-mdm-unreachable",
         {[](Plan &p) {
              p.device("mdm")->zone = "lan";
              p.device("mdm")->host = "ksc";
          },
          [](Plan &) {}}},
        {"duplicate-id",
         {[](Plan &p) { p.devices << makeDevice("ksc", Role::ManagedComputer, "lan"); },
          [](Plan &p) { p.devices << makeDevice("ksc-3", Role::ManagedComputer, "lan"); }}},
        {"unknown-zone", {[](Plan &p) { p.device("office")->zone = "branch"; }, [](Plan &) {}}},
        {"device-without-zone", {[](Plan &p) { p.device("office")->zone.clear(); }, [](Plan &) {}}},
        {"unknown-host", {[](Plan &p) { p.device("mdm")->host = "nowhere"; }, [](Plan &) {}}},
        {"host-cycle", {[](Plan &p) { p.device("mdm")->host = "mdm"; }, [](Plan &) {}}},
        {"unknown-reference",
         {[](Plan &p) { setProperty(p, "ksc", "primary", "nowhere"); },
          [](Plan &p) { setProperty(p, "ksc", "primary", ""); }}},
        {"server-without-database",
         {[](Plan &p) { p.devices.removeAt(p.deviceIndex("db")); }, [](Plan &) {}}},
        {"dmz-opens-into-lan",
         {[](Plan &p) { p.device("webconsole")->zone = "dmz"; }, [](Plan &) {}}},
        {"no-server", {[](Plan &p) { p.devices.removeAt(p.deviceIndex("ksc")); }, [](Plan &) {}}},
    };
    return table;
}

// On the deployment plan (a branch office, a secondary in the DMZ, a push server): an edit and
// the findings it must and must not bring.
struct DeploymentCase
{
    Edit edit;
    QStringList present;
    QStringList absent;
};

const QMap<QString, DeploymentCase> &deploymentCases()
{
    static const QMap<QString, DeploymentCase> table = {
        {"branch gateway in a LAN is no DMZ problem",
         {[](Plan &) {},
          {},
          {"gateway-outside-dmz", "gateway-unreachable", "no-path-to-server",
           "dmz-opens-into-lan"}}},
        {"a DMZ-facing connection gateway in the LAN keeps its findings",
         {[](Plan &p) { p.device("gateway")->zone = "lan"; }, {"gateway-outside-dmz"}, {}}},
        {"a gateway-mode point on the Internet waits for its server",
         {[](Plan &p) { p.device("branch-dp")->zone = "internet"; }, {"gateway-outside-dmz"}, {}}},
        {"gateway chain named in a file",
         {[](Plan &p) { p.device("gateway")->properties.insert("gateway", "branch-dp"); },
          {"gateway-chain"},
          {}}},
        {"secondary in the DMZ needs nothing from the DMZ into the LAN",
         {[](Plan &) {}, {}, {"dmz-opens-into-lan", "hierarchy-unreachable"}}},
        {"secondary in the DMZ told to connect itself",
         {[](Plan &p) { p.device("dmz-ksc")->properties.insert("connectedBy", "secondary"); },
          {"hierarchy-unreachable"},
          {}}},
        {"secondary without Internet access takes updates from its primary",
         {[](Plan &) {}, {}, {"server-offline"}}},
        {"primary without Internet access moves updates by hand",
         {[](Plan &p) { p.device("ksc")->properties.insert("internetAccess", false); },
          {"server-offline"},
          {}}},
        {"push server counts computers and Android devices",
         {[](Plan &p) {
              p.device("branch-pcs")->count = 40'000;
              p.device("branch-phones")->count = 10'001;
          },
          {"push-server-overloaded"},
          {}}},
        {"push server at its limit",
         {[](Plan &p) {
              p.device("branch-pcs")->count = 40'000;
              p.device("branch-phones")->count = 10'000;
          },
          {},
          {"push-server-overloaded"}}},
        {"a device on its own host",
         {[](Plan &p) { p.device("db")->host = "db"; }, {"host-cycle"}, {"unknown-host"}}},
        {"a ring of hosts",
         {[](Plan &p) {
              p.device("db")->host = "mmc";
              p.device("mmc")->host = "webconsole";
              p.device("webconsole")->host = "db";
          },
          {"host-cycle"},
          {"unknown-host"}}},
        {"a chain of hosts is no ring",
         {[](Plan &p) {
              p.device("db")->host = "mmc";
              p.device("mmc")->host = "ksc";
          },
          {},
          {"host-cycle"}}},
        {"501 virtual servers",
         {[](Plan &p) { p.device("ksc")->properties.insert("virtualServers", 501); },
          {"too-many-virtual-servers"},
          {}}},
        {"500 virtual servers",
         {[](Plan &p) { p.device("ksc")->properties.insert("virtualServers", 500); },
          {},
          {"too-many-virtual-servers"}}},
        {"KSN proxy on a server without Internet access",
         {[](Plan &p) { p.device("ksc")->properties.insert("internetAccess", false); },
          {"ksn-proxy-offline"},
          {}}},
        {"KSN proxy turned off: nothing passes the offline server",
         {[](Plan &p) {
              p.device("ksc")->properties.insert("internetAccess", false);
              p.settings.ksnProxy = false;
          },
          {"server-offline"},
          {"ksn-proxy-offline"}}},
        {"KSN proxy on a branch distribution point forwards to the server",
         {[](Plan &p) { p.device("branch-dp")->properties.insert("ksnProxy", true); },
          {},
          {"ksn-proxy-offline"}}},
        {"KSN proxy on a distribution point that reaches neither its server nor the Internet",
         {[](Plan &p) {
              Device dp = makeDevice("dmz-dp", Role::DistributionPoint, "dmz");
              dp.properties.insert("ksnProxy", true);
              dp.properties.insert("server", "ksc");
              Device pcs = makeDevice("dmz-pcs", Role::ManagedComputer, "dmz", 10);
              pcs.properties.insert("server", "ksc");
              p.devices << dp << pcs;
          },
          {"ksn-proxy-offline"},
          {}}},
        {"KSN proxy on a distribution point with its own Internet access",
         {[](Plan &p) {
              Device dp = makeDevice("dmz-dp", Role::DistributionPoint, "dmz");
              dp.properties.insert("ksnProxy", true);
              dp.properties.insert("server", "ksc");
              dp.properties.insert("internetAccess", true);
              Device pcs = makeDevice("dmz-pcs", Role::ManagedComputer, "dmz", 10);
              pcs.properties.insert("server", "ksc");
              p.devices << dp << pcs;
          },
          {},
          {"ksn-proxy-offline"}}},
        {"iOS MDM Server without Internet access",
         {[](Plan &p) { p.device("mdm")->properties.insert("internetAccess", false); },
          {"ios-mdm-offline"},
          {}}},
        {"iOS MDM published by a reverse proxy",
         {[](Plan &p) {
              p.device("gateway")->role = Role::ReverseProxy;
              p.device("mdm")->host = "ksc";
              p.device("mdm")->zone = "lan";
          },
          {},
          {"ios-mdm-unreachable", "no-path-to-server"}}},
    };
    return table;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void finding_data();
    void finding();
    void referencePlanHasOnlyTheKnownWarning();
    void findingsCarryIdsAndFlows();
    void errorsComeFirst();
    void deployment_data();
    void deployment();
    void findingNamesFlowsOfThePlan_data();
    void findingNamesFlowsOfThePlan();
    void ksnProxyFindingInBothLanguages();
    void duplicateIds_data();
    void duplicateIds();
};

// Every zone or device whose id an earlier zone or device already has is reported, once per
// repetition, zones first: "zone:<id>" or "device:<id>" per finding, in the order reported.
void TestValidation::duplicateIds_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("reported");
    QTest::newRow("unique ids") << Edit([](Plan &) {}) << QStringList();
    QTest::newRow("two zones, one id")
        << Edit([](Plan &p) { p.zones << Zone::make("dmz", Catalog::ZoneKind::Lan, "Other"); })
        << QStringList{"zone:dmz"};
    QTest::newRow("a device named like a zone")
        << Edit([](Plan &p) { p.devices << makeDevice("internet", Role::ManagedComputer, "lan"); })
        << QStringList{"device:internet"};
    QTest::newRow("two devices named like zones, in plan order") << Edit([](Plan &p) {
        p.devices << makeDevice("internet", Role::ManagedComputer, "lan")
                  << makeDevice("lan", Role::ManagedComputer, "lan");
    }) << QStringList{"device:internet", "device:lan"};
    QTest::newRow("three devices, one id") << Edit([](Plan &p) {
        p.devices << makeDevice("ksc", Role::ManagedComputer, "lan")
                  << makeDevice("ksc", Role::AndroidDevice, "internet");
    }) << QStringList{"device:ksc", "device:ksc"};
    QTest::newRow("devices without id") << Edit([](Plan &p) {
        p.devices << makeDevice("", Role::ManagedComputer, "lan")
                  << makeDevice("", Role::ManagedComputer, "lan")
                  << makeDevice("", Role::AndroidDevice, "lan");
    }) << QStringList{"device:", "device:"};
    QTest::newRow("a zone and a device without id") << Edit([](Plan &p) {
        p.zones << Zone::make("", Catalog::ZoneKind::Lan, "Nameless");
        p.devices << makeDevice("", Role::ManagedComputer, "lan");
    }) << QStringList{"device:"};
}

void TestValidation::duplicateIds()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, reported);
    Plan plan = templatePlan(QStringLiteral("gateway"));
    edit(plan);
    QStringList actual;
    for (const Finding &f : Analysis(plan).findings()) {
        if (f.code == QStringLiteral("duplicate-id"))
            actual << (f.devices.isEmpty() ? QString("zone:" + f.zones.value(0))
                                           : QString("device:" + f.devices.value(0)));
    }
    QCOMPARE(actual, reported);
}

void TestValidation::finding_data()
{
    QTest::addColumn<QString>("name");
    for (auto it = cases().begin(); it != cases().end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestValidation::finding()
{
    QFETCH(QString, name);
    const QString code = name.section(QLatin1Char('-'), 0, -1)
                             .remove(QStringLiteral("-linux"))
                             .remove(QStringLiteral("-offline"));
    const auto &[trigger, clean] = cases().value(name);
    Plan triggered = templatePlan(QStringLiteral("gateway"));
    trigger(triggered);
    QVERIFY2(codes(triggered).contains(code), qPrintable(codes(triggered).join(QLatin1Char(' '))));
    Plan untouched = templatePlan(QStringLiteral("gateway"));
    clean(untouched);
    QVERIFY2(!codes(untouched).contains(code), qPrintable(codes(untouched).join(QLatin1Char(' '))));
}

void TestValidation::referencePlanHasOnlyTheKnownWarning()
{
    // The seed's own scheme puts the administrator's browser on the Internet.
    QCOMPARE(codes(templatePlan(QStringLiteral("gateway"))),
             QStringList{QStringLiteral("web-console-exposed")});
    for (const char *scheme : {"lan-only", "hierarchy", "reverse-proxy", "server-in-dmz"})
        QVERIFY2(codes(templatePlan(QLatin1String(scheme))).isEmpty(),
                 qPrintable(QLatin1String(scheme) + QLatin1Char(' ') +
                            codes(templatePlan(QLatin1String(scheme))).join(QLatin1Char(' '))));
}

void TestValidation::findingsCarryIdsAndFlows()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.device(QStringLiteral("gateway"))->zone = QStringLiteral("lan");
    const QList<Finding> findings = Analysis(plan).findings();
    const auto it = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
        return f.code == QStringLiteral("no-path-to-server") &&
               f.devices.contains(QStringLiteral("android"));
    });
    QVERIFY(it != findings.end());
    QCOMPARE(it->severity, Finding::Severity::Error);
    QCOMPARE(it->devices, (QStringList{QStringLiteral("android"), QStringLiteral("ksc")}));
    QCOMPARE(it->zones, (QStringList{QStringLiteral("internet"), QStringLiteral("lan")}));
    QCOMPARE(it->flows, (QStringList{QStringLiteral("14"), QStringLiteral("16")}));
    QCOMPARE(it->fixAction, FixKind::AddGateway);
    QVERIFY(it->message.contains(QStringLiteral("Android devices")));
}

void TestValidation::errorsComeFirst()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    plan.settings.legacyAgentPort = true;
    plan.device(QStringLiteral("db"))->zone = QStringLiteral("internet");
    const QList<Finding> findings = Analysis(plan).findings();
    QVERIFY(findings.size() >= 3);
    for (int i = 1; i < findings.size(); ++i)
        QVERIFY(findings[i - 1].severity <= findings[i].severity);
}

void TestValidation::deployment_data()
{
    QTest::addColumn<QString>("name");
    for (auto it = deploymentCases().begin(); it != deploymentCases().end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestValidation::deployment()
{
    QFETCH(QString, name);
    const DeploymentCase c = deploymentCases().value(name);
    Plan plan = deploymentPlan();
    c.edit(plan);
    const QStringList found = codes(plan);
    for (const QString &code : c.present)
        QVERIFY2(found.contains(code),
                 qPrintable(code + QStringLiteral(": ") + found.join(QLatin1Char(' '))));
    for (const QString &code : c.absent)
        QVERIFY2(!found.contains(code),
                 qPrintable(code + QStringLiteral(": ") + found.join(QLatin1Char(' '))));
}

void TestValidation::findingNamesFlowsOfThePlan_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("flows");
    QTest::newRow("database on its own host, on the Internet")
        << Edit([](Plan &p) { p.device("db")->zone = "internet"; }) << "database-exposed"
        << QStringList{"1"};
    QTest::newRow("database on the server's host, on the Internet") << Edit([](Plan &p) {
        p.device("db")->zone = "internet";
        p.device("db")->host = "ksc";
    }) << "database-exposed" << QStringList{"7"};
    QTest::newRow("host in another zone") << Edit([](Plan &p) { p.device("db")->host = "mdm"; })
                                          << "host-in-other-zone" << QStringList{"7"};
    // Every entry of a repeated id counts: the first is local to the server, the second not.
    QTest::newRow("database id repeated, one entry on the server's host") << Edit([](Plan &p) {
        Device copy = *p.device("db");
        p.device("db")->host = "ksc";
        copy.zone = "internet";
        p.devices << copy;
    }) << "database-exposed" << QStringList{"1"};
    QTest::newRow("KSN proxy on an offline server")
        << Edit([](Plan &p) { p.device("ksc")->properties.insert("internetAccess", false); })
        << "ksn-proxy-offline" << QStringList{"K1", "8"}; // 8: the way on it lacks
}

void TestValidation::findingNamesFlowsOfThePlan()
{
    QFETCH(Edit, edit);
    QFETCH(QString, code);
    QFETCH(QStringList, flows);
    Plan plan = deploymentPlan();
    edit(plan);
    const QList<Finding> findings = Analysis(plan).findings();
    const auto it = std::find_if(findings.begin(), findings.end(),
                                 [&](const Finding &f) { return f.code == code; });
    QVERIFY(it != findings.end());
    QCOMPARE(it->flows, flows);
}

void TestValidation::ksnProxyFindingInBothLanguages()
{
    Plan plan = deploymentPlan();
    plan.device(QStringLiteral("ksc"))->properties.insert(QStringLiteral("internetAccess"), false);
    const Analysis analysis(plan);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        const QList<Finding> findings = analysis.findings(Texts::forLanguage(language));
        const auto it = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
            return f.code == QStringLiteral("ksn-proxy-offline");
        });
        QVERIFY(it != findings.end());
        QCOMPARE(it->devices, QStringList{QStringLiteral("ksc")});
        QCOMPARE(it->fixAction, FixKind::GiveInternetAccess);
        QVERIFY2(it->message.contains(QStringLiteral("KSN")), qPrintable(it->message));
        const bool russian = it->message.contains(QStringLiteral("прокси"));
        QVERIFY2(russian == (language == QStringLiteral("ru")), qPrintable(it->message));
        const QList<ChecklistRow> rows = analysis.checklist(Texts::forLanguage(language));
        const auto row = std::find_if(rows.begin(), rows.end(), [](const ChecklistRow &r) {
            return r.flows == QStringList{QStringLiteral("K1")};
        });
        QVERIFY(row != rows.end());
        QVERIFY2(row->purpose.contains(QStringLiteral("KSN")) &&
                     row->purpose.contains(QStringLiteral("прокси")) == russian,
                 qPrintable(row->purpose));
    }
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
