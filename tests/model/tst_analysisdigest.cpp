#include "bench/PlanGenerator.h"
#include "model/Analysis.h"
#include "tests/support/EstatePlans.h"
#include "tests/support/TestPlans.h"

#include <QCryptographicHash>
#include <QtTest>

Q_DECLARE_METATYPE(Plan)

// Guards the speed work on derivation and validation: every result an analysis gives (each flow
// with all its fields, the missing paths, the findings and the checklist in both languages) is
// reduced to a digest and compared with the digest the straightforward code produced before it was
// optimized. A digest that changes means a changed result: if the change is meant, the test prints
// the new digests (run with PORTOLAN_PRINT_DIGESTS=1) for the table below.
class TestAnalysisDigest : public QObject
{
    Q_OBJECT

private slots:
    void resultsStayTheSame_data();
    void resultsStayTheSame();
};

namespace {

QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(','));
}

QString joined(const QList<int> &list)
{
    QStringList parts;
    for (int value : list)
        parts << QString::number(value);
    return joined(parts);
}

QString text(const Flow &f)
{
    return QStringList{f.number,
                       QString::number(f.rule),
                       f.from,
                       f.to,
                       Catalog::transportId(f.transport),
                       joined(f.ports),
                       QString::number(f.tls),
                       f.via,
                       QString::number(f.local),
                       f.replaces,
                       QString::number(f.push),
                       QString::number(f.fromIndex),
                       QString::number(f.toIndex),
                       QString::number(f.viaIndex)}
        .join(QLatin1Char('|'));
}

QString text(const MissingPath &m)
{
    return QStringList{m.number, m.from, m.to}.join(QLatin1Char('|'));
}

QString text(const Finding &f)
{
    return QStringList{Finding::severityId(f.severity),
                       f.code,
                       joined(f.devices),
                       joined(f.zones),
                       joined(f.flows),
                       f.message,
                       f.fix,
                       QString::number(int(f.fixAction))}
        .join(QLatin1Char('|'));
}

QString text(const ChecklistRow &r)
{
    return QStringList{r.from,
                       r.to,
                       r.fromZone,
                       r.toZone,
                       Catalog::transportId(r.transport),
                       joined(r.ports),
                       joined(r.flows),
                       r.purpose,
                       QString::number(r.tls),
                       joined(r.alsoFrom),
                       joined(r.alsoTo)}
        .join(QLatin1Char('|'));
}

// "<count>:<sha-256 prefix>": the count tells at a glance whether items came or went.
template <typename T> QString digest(const QList<T> &items)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const T &item : items) {
        hash.addData(text(item).toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QStringLiteral("%1:%2")
        .arg(items.size())
        .arg(QString::fromLatin1(hash.result().toHex().left(16)));
}

// The generated 1,000-entry plan with the mistakes and the variants the validator and the rules
// look at, spread over it: devices on the Internet and in the DMZ, broken references, duplicate
// ids, host rings, servers offline, KSN proxies, branch gateways, gateway chains, iOS devices, web
// consoles and reverse proxies, the legacy port.
Plan troubledPlan()
{
    using R = Catalog::Role;
    Plan plan = PlanGenerator::hierarchy(1000);
    plan.settings.legacyAgentPort = true;
    const auto set = [](Device &d, const char *key, const QJsonValue &value) {
        d.properties.insert(QLatin1String(key), value);
    };
    for (int i = 2; i < plan.devices.size(); ++i) {
        Device &d = plan.devices[i];
        // The generator's sites: 25 entries each, the server first, then its database, gateway,
        // two distribution points and the groups.
        const int site = (i - 2) / 25;
        const int slot = (i - 2) % 25;
        const QString lan = QStringLiteral("lan-%1").arg(site);
        const QString dmz = QStringLiteral("dmz-%1").arg(site);
        switch (site % 8 * 100 + slot) {
        case 100: // a second top server, offline
            set(d, "internetAccess", false);
            d.properties.remove(QStringLiteral("primary"));
            break;
        case 103:
            set(d, "ksnProxy", true);
            break;
        case 202:
            d.zone = lan;
            break;
        case 204:
            set(d, "gateway", true);
            break;
        case 205:
            set(d, "gateway", plan.devices[i - 1].id);
            break;
        case 300:
            set(d, "connectedBy", QStringLiteral("primary"));
            break;
        case 305:
        case 306:
        case 307:
            d.role = R::IosDevice;
            break;
        case 308:
            d.role = R::IosMdmServer;
            d.host = QStringLiteral("ksc-%1").arg(site);
            break;
        case 402:
            set(d, "gateway", QStringLiteral("gw-0"));
            break;
        case 403:
            set(d, "pushServer", true);
            break;
        case 500:
            d.zone = dmz;
            break;
        case 506:
            d.role = R::WebConsoleServer;
            break;
        case 507:
            d.role = R::AdminBrowser;
            d.zone = QStringLiteral("internet");
            break;
        case 508:
            d.role = R::MmcConsole;
            break;
        case 509:
            d.role = R::ReverseProxy;
            d.zone = dmz;
            break;
        case 600:
            set(d, "virtualServers", 600);
            break;
        case 601:
            d.zone = QStringLiteral("internet");
            break;
        case 700:
            set(d, "primary", QStringLiteral("ksc-%1").arg(site + 1));
            break;
        default:
            break;
        }
        switch (i % 97) {
        case 5:
            d.zone = QStringLiteral("internet");
            break;
        case 11:
            d.zone = dmz;
            break;
        case 17:
            set(d, "server", QStringLiteral("nowhere"));
            break;
        case 23:
            d.id = plan.devices[i - 1].id;
            break;
        case 29:
            d.host = plan.devices[i + 1].id;
            plan.devices[i + 1].host = d.id;
            break;
        case 31:
            set(d, "gateway", QStringLiteral("gw-%1").arg(site));
            break;
        case 37:
            d.zone.clear();
            break;
        case 41:
            d.host = d.id;
            break;
        default:
            break;
        }
    }
    plan.devices << Device::make(QStringLiteral("apns"), R::ApplePush, QStringLiteral("internet"));
    return plan;
}

} // namespace

void TestAnalysisDigest::resultsStayTheSame_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QStringList>("expected"); // flows, missing, findings en/ru, checklist en/ru

    // Written by the code before the optimizations of derivation and validation (2026-12-01).
    const QHash<QString, QStringList> expected = {
        {QStringLiteral("template gateway"),
         {"26:cfca5a5eb4fa1a81", "0:e3b0c44298fc1c14", "1:9a7fe44ee29c07e0", "1:f07b93014aca7287",
          "26:6635b65a3a2ef7a0", "26:b6adeb6edf26e79e"}},
        {QStringLiteral("template hierarchy"),
         {"30:334c89884be9ccca", "0:e3b0c44298fc1c14", "0:e3b0c44298fc1c14", "0:e3b0c44298fc1c14",
          "28:6463ba25efe897a6", "28:22570bfeddab5a54"}},
        {QStringLiteral("template lan-only"),
         {"20:59d5a0c4b27475fc", "0:e3b0c44298fc1c14", "0:e3b0c44298fc1c14", "0:e3b0c44298fc1c14",
          "19:162b7c378dd996eb", "19:aaa36870cfe44afe"}},
        {QStringLiteral("template reverse-proxy"),
         {"17:1eef8fe2baf4e352", "0:e3b0c44298fc1c14", "0:e3b0c44298fc1c14", "0:e3b0c44298fc1c14",
          "20:542e7ed1109c7dc6", "20:8c1928fc14e0f989"}},
        {QStringLiteral("template server-in-dmz"),
         {"24:2b5505166e801939", "0:e3b0c44298fc1c14", "0:e3b0c44298fc1c14", "0:e3b0c44298fc1c14",
          "23:cc3fd21ac01126f2", "23:74d5a7983fec9364"}},
        {QStringLiteral("generated hierarchy, 1,000 entries"),
         {"6106:607634cd7e071dab", "0:e3b0c44298fc1c14", "0:e3b0c44298fc1c14", "0:e3b0c44298fc1c14",
          "6106:312dbb9d283427be", "6106:73005193ef74c7ec"}},
        {QStringLiteral("estate, 1,005 entries"),
         {"7238:abc0f72abc8b56c6", "0:e3b0c44298fc1c14", "0:e3b0c44298fc1c14", "0:e3b0c44298fc1c14",
          "7134:19090fe5cbf035fb", "7134:d4a3cc2ccf0b58c5"}},
        {QStringLiteral("troubled hierarchy, 1,000 entries"),
         {"5882:2ee646a9c3c87b9e", "24:3306bb774921d737", "154:ea4dbb921d28e94d",
          "154:920130cdfd8963d7", "5896:2d57aaa072d9d58e", "5896:30b516631a5b1045"}},
    };
    QStringList names = Templates::names();
    std::sort(names.begin(), names.end());
    for (const QString &name : names) {
        QTest::newRow(qPrintable(QStringLiteral("template ") + name))
            << templatePlan(name) << expected.value(QStringLiteral("template ") + name);
    }
    QTest::newRow("generated hierarchy, 1,000 entries")
        << PlanGenerator::hierarchy(1000)
        << expected.value(QStringLiteral("generated hierarchy, 1,000 entries"));
    QTest::newRow("estate, 1,005 entries")
        << estatePlan(8, 12, 7) << expected.value(QStringLiteral("estate, 1,005 entries"));
    QTest::newRow("troubled hierarchy, 1,000 entries")
        << troubledPlan() << expected.value(QStringLiteral("troubled hierarchy, 1,000 entries"));
}

void TestAnalysisDigest::resultsStayTheSame()
{
    QFETCH(Plan, plan);
    QFETCH(QStringList, expected);
    const Analysis analysis(plan);
    const Texts ru = Texts::forLanguage(QStringLiteral("ru"));
    const QStringList actual = {digest(analysis.flows().flows), digest(analysis.flows().missing),
                                digest(analysis.findings()),    digest(analysis.findings(ru)),
                                digest(analysis.checklist()),   digest(analysis.checklist(ru))};
    if (qEnvironmentVariableIsSet("PORTOLAN_PRINT_DIGESTS"))
        qInfo().noquote() << QTest::currentDataTag() << actual.join(QStringLiteral("\", \""));
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestAnalysisDigest)
#include "tst_analysisdigest.moc"
