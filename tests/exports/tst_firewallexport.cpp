#include "exports/FirewallExport.h"
#include "exports/NftablesExport.h"
#include "exports/WindowsFirewallExport.h"
#include "model/Analysis.h"
#include "model/Checklist.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"
#include "tests/support/RunPortolan.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QList<ChecklistRow> rowsOf(const Plan &plan)
{
    return Analysis(plan).checklist();
}

// The reference plan with names and addresses a careless or hostile plan file could hold.
// The reference plan with its Internet and office groups given as subnets.
Plan subnetPlan()
{
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    plan.device(QStringLiteral("laptops"))->address =
        QStringLiteral("198.51.100.0/24, 2001:db8:100::/48");
    plan.device(QStringLiteral("office"))->address = QStringLiteral("10.1.0.0/16,10.2.0.0/16");
    return plan;
}

Plan hostilePlan()
{
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    plan.title = QStringLiteral("Evil \"title\"\n}\ntable ip x {");
    plan.device(QStringLiteral("ksc"))->name = QStringLiteral("KSC 'one' ‘two’\"\n# drop");
    plan.device(QStringLiteral("office"))->name = QStringLiteral("tcp");
    plan.device(QStringLiteral("db"))->address = QStringLiteral("sql.example.org");
    plan.device(QStringLiteral("webconsole"))->address = QStringLiteral("2001:db8::7");
    plan.device(QStringLiteral("mmc"))->address = QStringLiteral("10.0.0.0/33");
    plan.device(QStringLiteral("android"))->name = QString(100, QChar(0x0416)); // "ЖЖЖ…"
    plan.device(QStringLiteral("laptops"))->name = QStringLiteral("Off-site, \"road\" laptops");
    return plan;
}

// `nft -c -f FILE`: the kernel's own parser and checker, without changing the ruleset.
struct NftResult
{
    bool ran = false;
    int exitCode = -1;
    QString output;
};

NftResult nftCheck(const QByteArray &ruleset)
{
    NftResult result;
    const QString nft = QStandardPaths::findExecutable(
        QStringLiteral("nft"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
    QTemporaryDir dir;
    if (nft.isEmpty() || !dir.isValid())
        return result;
    const QString path = dir.filePath(QStringLiteral("rules.nft"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ruleset) != ruleset.size())
        return result;
    file.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(nft, {QStringLiteral("-c"), QStringLiteral("-f"), path});
    if (!process.waitForFinished(30000))
        return result;
    result.ran = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

// Skips unless nft can check at all here (it needs CAP_NET_ADMIN in some set-ups).
void requireNft()
{
    const NftResult probe = nftCheck("table inet portolan_probe {}\n");
    if (!probe.ran)
        QSKIP("nft is not installed (Debian package nftables)");
    if (probe.exitCode != 0)
        QSKIP(qPrintable(QStringLiteral("nft -c cannot run here: ") + probe.output));
}

// The contents of the PowerShell single-quoted strings in `line`, decoded as PowerShell does.
QStringList powerShellStrings(const QString &line)
{
    auto isQuote = [](QChar c) {
        return c == u'\'' || (c.unicode() >= 0x2018 && c.unicode() <= 0x201B);
    };
    QStringList strings;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (!isQuote(line[i]))
            continue;
        QString value;
        for (++i; i < line.size(); ++i) {
            if (isQuote(line[i])) {
                if (i + 1 < line.size() && isQuote(line[i + 1])) {
                    value += line[i];
                    ++i;
                    continue;
                }
                break;
            }
            value += line[i];
        }
        strings << value;
    }
    return strings;
}

// RFC 4180 records.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QStringList ruleLines(const QByteArray &nft)
{
    QStringList rules;
    for (const QString &line : QString::fromUtf8(nft).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QStringLiteral("ip")))
            rules << line.trimmed();
    }
    return rules;
}

} // namespace

class TestFirewallExport : public QObject
{
    Q_OBJECT

private slots:
    void nftablesPassesNftCheck_data();
    void nftablesPassesNftCheck();
    void nftablesMatchesAddressesAndSets();
    void nftablesCommentsAreShortAndQuoteFree();
    void nftablesIdentifiers_data();
    void nftablesIdentifiers();
    void windowsHasASectionPerListeningHost();
    void windowsRulesCarryThePorts();
    void windowsQuotingSurvivesHostileNames();
    void windowsLeavesLinuxServersOut();
    void csvIsOneRecordPerRule();
    void subnetsInNftables();
    void subnetsInWindows();
    void cliWritesEachTarget_data();
    void cliWritesEachTarget();
    void cliRefusesBadInput_data();
    void cliRefusesBadInput();
};

void TestFirewallExport::nftablesPassesNftCheck_data()
{
    QTest::addColumn<QByteArray>("ruleset");
    for (const QString &name : Templates::names()) {
        const Plan plan = *Templates::load(name);
        QTest::newRow(qPrintable(name))
            << FirewallExport::write(plan, rowsOf(plan), QStringLiteral("nftables"));
    }
    const Plan subnets = subnetPlan();
    QTest::newRow("subnets") << FirewallExport::write(subnets, rowsOf(subnets),
                                                      QStringLiteral("nftables"));
    const Plan hostile = hostilePlan();
    QTest::newRow("hostile names and addresses")
        << FirewallExport::write(hostile, rowsOf(hostile), QStringLiteral("nftables"));
    QTest::newRow("hostile, in Russian")
        << FirewallExport::write(hostile, rowsOf(hostile), QStringLiteral("nftables"),
                                 Texts::forLanguage(QStringLiteral("ru")));
    QTest::newRow("no rules") << FirewallExport::write(Plan(), {}, QStringLiteral("nftables"));
}

void TestFirewallExport::nftablesPassesNftCheck()
{
    QFETCH(QByteArray, ruleset);
    requireNft();
    const NftResult result = nftCheck(ruleset);
    QVERIFY2(result.exitCode == 0, qPrintable(result.output + QString::fromUtf8(ruleset)));
}

void TestFirewallExport::nftablesMatchesAddressesAndSets()
{
    const Plan plan = hostilePlan();
    const QByteArray nft = FirewallExport::write(plan, rowsOf(plan), QStringLiteral("nftables"));
    const QString text = QString::fromUtf8(nft);
    const QStringList rules = ruleLines(nft);
    // IPv4 literal: ip; IPv6 literal: ip6; a host name never appears in a rule, only as a set.
    QVERIFY(rules.contains(QStringLiteral("ip saddr 192.0.2.10 ip daddr @apple_apns_v4 tcp dport "
                                          "443 counter accept comment \"flow 12: The iOS MDM "
                                          "Server asks Apple to wake iOS devices up\"")));
    QVERIFY(text.contains(QStringLiteral("ip6 saddr @administrator_s_device_v6 ip6 daddr "
                                         "2001:db8::7 tcp dport 8080")));
    QVERIFY(!text.contains(QStringLiteral("daddr 2001:db8::7 tcp dport 8080 counter accept "
                                          "comment \"flow 9a")) ||
            !text.contains(QStringLiteral("ip daddr 2001:db8::7")));
    QVERIFY(text.contains(QStringLiteral("ip saddr 10.0.0.5 ip daddr @sql_01_v4 tcp dport 1433")));
    QVERIFY(text.contains(QStringLiteral("host name sql.example.org")));
    for (const QString &rule : rules)
        QVERIFY2(!rule.contains(QStringLiteral("example.org")), qPrintable(rule));
    // An impossible prefix is not an address: a set instead, and the set says why.
    QVERIFY(text.contains(QStringLiteral("ip daddr 10.0.0.5 tcp dport 13291")));
    QVERIFY(text.contains(QStringLiteral("10.0.0.0/33 is not an IP address")));
    QVERIFY(!rules.join(QLatin1Char('\n')).contains(QStringLiteral("10.0.0.0/33")));
    // KSC-WEB (IPv6) → KSC-01 (IPv4) cannot be one rule: said, not silently dropped.
    QVERIFY(text.contains(QStringLiteral("Not written: one end has an IPv4 address")));
    // A device named like an nft keyword still gets a set name nft accepts.
    QVERIFY(text.contains(QStringLiteral("set tcp_v4 {")));
    // Every checklist row is there with its flow numbers, every rule has its comment.
    for (const ChecklistRow &row : rowsOf(plan))
        QVERIFY(text.contains(QStringLiteral("# flow ") + row.flows.join(QStringLiteral(", "))));
    for (const QString &rule : rules)
        QVERIFY2(rule.contains(QStringLiteral("accept comment \"flow ")), qPrintable(rule));
    // Only referenced sets are declared.
    static const QRegularExpression setDecl(QStringLiteral("set (\\w+) \\{"));
    for (auto it = setDecl.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(text.contains(QLatin1Char('@') + name + QLatin1Char(' ')), qPrintable(name));
    }
}

void TestFirewallExport::nftablesCommentsAreShortAndQuoteFree()
{
    const QString longName = QString(200, QChar(0x0416)) + QStringLiteral("\"x\"");
    const QString c = NftablesExport::comment(longName);
    QVERIFY(c.startsWith(u'"') && c.endsWith(u'"'));
    QCOMPARE(c.count(u'"'), 2);
    QVERIFY(c.mid(1, c.size() - 2).toUtf8().size() <= NftablesExport::MaxCommentBytes);
    QCOMPARE(NftablesExport::comment(QStringLiteral("a \"b\"\nc")), QStringLiteral("\"a 'b' c\""));
    // A surrogate pair is never cut in half.
    const QString emoji = QString(70, QChar(u'a')) + QString::fromUtf8("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀");
    const QString cut = NftablesExport::comment(emoji);
    QVERIFY(!cut.mid(1, cut.size() - 2).back().isHighSurrogate());
    QVERIFY(cut.toUtf8().size() - 2 <= NftablesExport::MaxCommentBytes);
    QCOMPARE(cut.mid(1, cut.size() - 2), emoji.left(70 + 2 * 14)); // as many as fit: 14 of 4 bytes
    // A name of 400 KB (a merged rule's list of names can be long) is cut at once: cutting a
    // character at a time and measuring again took seconds.
    QElapsedTimer timer;
    timer.start();
    const QString huge = NftablesExport::comment(QString(200'000, QChar(0x0416)));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(huge, QLatin1Char('"') + QString(NftablesExport::MaxCommentBytes / 2, QChar(0x0416)) +
                       QLatin1Char('"'));
}

void TestFirewallExport::nftablesIdentifiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("identifier");
    QTest::newRow("words") << QStringLiteral("Office computers")
                           << QStringLiteral("office_computers");
    QTest::newRow("punctuation") << QStringLiteral("  Off-site, laptops!! ")
                                 << QStringLiteral("off_site_laptops");
    QTest::newRow("leading digit") << QStringLiteral("1st floor") << QStringLiteral("d_1st_floor");
    QTest::newRow("cyrillic") << QStringLiteral("Ноутбуки") << QStringLiteral("device");
    QTest::newRow("empty") << QString() << QStringLiteral("device");
    QTest::newRow("long") << QString(80, u'a')
                          << QString(NftablesExport::MaxIdentifierLength, u'a');
}

void TestFirewallExport::nftablesIdentifiers()
{
    QFETCH(QString, text);
    QFETCH(QString, identifier);
    QCOMPARE(NftablesExport::identifier(text), identifier);
}

void TestFirewallExport::subnetsInNftables()
{
    const Plan plan = subnetPlan();
    const QString text =
        QString::fromUtf8(FirewallExport::write(plan, rowsOf(plan), QStringLiteral("nftables")));
    QVERIFY2(text.contains(QStringLiteral("    set off_site_laptops_v4 {\n"
                                          "        type ipv4_addr\n        flags interval\n")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("        elements = { 198.51.100.0/24 }\n")));
    QVERIFY(text.contains(QStringLiteral("        elements = { 2001:db8:100::/48 }\n")));
    QVERIFY(text.contains(QStringLiteral("        elements = { 10.1.0.0/16, 10.2.0.0/16 }\n")));
    QVERIFY(text.contains(
        QStringLiteral("ip saddr @off_site_laptops_v4 ip daddr 192.0.2.10 tcp dport 13000 ")));
    QVERIFY(text.contains(QStringLiteral("ip saddr @office_computers_v4 ip daddr 10.0.0.5 ")));
    // The offices have no IPv6 prefix: no IPv6 rule, no empty IPv6 set for them.
    QVERIFY(!text.contains(QStringLiteral("office_computers_v6")));
}

void TestFirewallExport::subnetsInWindows()
{
    const Plan plan = subnetPlan();
    const QString text =
        QString::fromUtf8(FirewallExport::write(plan, rowsOf(plan), QStringLiteral("windows")));
    QVERIFY2(text.contains(QStringLiteral(
                 "-LocalPort 13000 -RemoteAddress '198.51.100.0/24','2001:db8:100::/48'\n")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("-RemoteAddress '10.1.0.0/16','10.2.0.0/16'\n")));
}

void TestFirewallExport::windowsHasASectionPerListeningHost()
{
    const Plan plan = *Templates::load(QStringLiteral("gateway"));
    const QByteArray bytes = FirewallExport::write(plan, rowsOf(plan), QStringLiteral("windows"));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Windows PowerShell needs the BOM for UTF-8
    const QString script = QString::fromUtf8(bytes);
    const QStringList headers = script.split(QLatin1Char('\n')).filter(QStringLiteral("# Host: "));
    QCOMPARE(headers, (QStringList{
                          QStringLiteral("# Host: KSC-01 (Administration Server) — 10.0.0.5"),
                          QStringLiteral("# Host: SQL-01 (Database server) — 10.0.0.6"),
                          QStringLiteral("# Host: KSC-WEB (Web Console server) — 10.0.0.7"),
                          QStringLiteral("# Host: Connection gateway (Connection gateway) — "
                                         "192.0.2.10"),
                      }));
    // The section of a host holds exactly the rules it answers.
    const QStringList sections = script.split(QStringLiteral("# Host: "));
    QVERIFY(sections[2].startsWith(QStringLiteral("SQL-01")));
    QCOMPARE(sections[2].count(QStringLiteral("New-NetFirewallRule")), 1);
    QVERIFY(sections[2].contains(QStringLiteral("-DisplayName 'Portolan KSC flow 1: KSC-01 → "
                                                "SQL-01'")));
    QVERIFY(sections[2].contains(QStringLiteral("-LocalPort 1433 -RemoteAddress '10.0.0.5'")));
}

void TestFirewallExport::windowsRulesCarryThePorts()
{
    const Plan plan = *Templates::load(QStringLiteral("lan-only"));
    const QList<ChecklistRow> rows = rowsOf(plan);
    const QStringList lines =
        QString::fromUtf8(FirewallExport::write(plan, rows, QStringLiteral("windows")))
            .split(QLatin1Char('\n'))
            .filter(QStringLiteral("New-NetFirewallRule"));
    int expected = 0;
    for (const ChecklistRow &row : rows) {
        const Device *to = plan.device(row.to);
        if (!to || !WindowsFirewallExport::isWindowsListener(*to))
            continue;
        ++expected;
        const QString name =
            QStringLiteral("'Portolan KSC flow %1: ").arg(row.flows.join(QStringLiteral(", ")));
        const QStringList matching =
            lines.filter(name + FirewallExport::deviceName(plan, row.from));
        QVERIFY2(!matching.isEmpty(), qPrintable(name));
        QStringList ports;
        for (int p : row.ports)
            ports << QString::number(p);
        const QString expectedPorts =
            QStringLiteral("-Protocol %1 -LocalPort %2 ")
                .arg(Checklist::transportText(row.transport), ports.join(QLatin1Char(',')));
        QVERIFY2(std::any_of(matching.begin(), matching.end(),
                             [&](const QString &l) { return l.contains(expectedPorts); }),
                 qPrintable(expectedPorts));
    }
    QVERIFY(expected > 0);
    QCOMPARE(lines.size(), expected);
    for (const QString &line : lines)
        QVERIFY(line.contains(QStringLiteral("-Direction Inbound -Action Allow")));
}

void TestFirewallExport::windowsQuotingSurvivesHostileNames()
{
    const Plan plan = hostilePlan();
    const QString script =
        QString::fromUtf8(FirewallExport::write(plan, rowsOf(plan), QStringLiteral("windows")));
    const QString ksc = FirewallExport::deviceName(plan, QStringLiteral("ksc"));
    QCOMPARE(ksc, QStringLiteral("KSC 'one' ‘two’\" # drop"));
    bool seen = false;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (line.startsWith(u'#'))
            continue; // a comment line: a name in it cannot start code, it has no line break
        if (!line.startsWith(QStringLiteral("New-NetFirewallRule")) && !line.isEmpty())
            QFAIL(qPrintable(QStringLiteral("unexpected line: ") + line));
        if (!line.contains(QStringLiteral("→ KSC ''one''")))
            continue;
        const QStringList strings = powerShellStrings(line);
        // DisplayName, Description, Group, and RemoteAddress when known.
        QVERIFY2(strings.size() >= 3, qPrintable(line));
        QVERIFY2(strings[0].endsWith(QStringLiteral("→ ") + ksc), qPrintable(strings[0]));
        QCOMPARE(strings[2], QStringLiteral("Portolan KSC"));
        // Outside the strings only parameters remain: nothing of the name leaked into code.
        QString code = line;
        for (const QString &s : strings)
            code.remove(WindowsFirewallExport::quote(s));
        QVERIFY2(!code.contains(QStringLiteral("drop")) && !code.contains(u'\''), qPrintable(code));
        seen = true;
    }
    QVERIFY(seen);
}

void TestFirewallExport::windowsLeavesLinuxServersOut()
{
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    plan.device(QStringLiteral("ksc"))->properties[QStringLiteral("edition")] =
        QStringLiteral("linux");
    const QString script =
        QString::fromUtf8(FirewallExport::write(plan, rowsOf(plan), QStringLiteral("windows")));
    QVERIFY(!script.contains(QStringLiteral("# Host: KSC-01")));
    QVERIFY(script.contains(QStringLiteral("# Host: SQL-01")));
    QVERIFY(!script.contains(QStringLiteral("→ KSC-01'")));

    Plan none;
    const QString empty =
        QString::fromUtf8(FirewallExport::write(none, {}, QStringLiteral("windows")));
    QVERIFY(empty.contains(QStringLiteral("No Windows host in the plan answers a connection.")));
    QVERIFY(!empty.contains(QStringLiteral("New-NetFirewallRule")));
}

void TestFirewallExport::csvIsOneRecordPerRule()
{
    const Plan plan = hostilePlan();
    const QList<ChecklistRow> rows = rowsOf(plan);
    const QByteArray data = FirewallExport::write(plan, rows, QStringLiteral("csv"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(data));
    QCOMPARE(records.size(), rows.size() + 1);
    QCOMPARE(records.first(), FirewallExport::csvColumns());
    QCOMPARE(records.first().join(QLatin1Char(',')),
             QStringLiteral("rule,action,protocol,ports,source,source_address,source_zone,"
                            "destination,destination_address,destination_zone,boundary,flows,tls,"
                            "purpose"));
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &r = records[i + 1];
        QCOMPARE(r.size(), FirewallExport::csvColumns().size());
        QCOMPARE(r[0], QString::number(i + 1));
        QCOMPARE(r[2], Catalog::transportId(rows[i].transport));
        QCOMPARE(r[4], FirewallExport::deviceName(plan, rows[i].from));
        QCOMPARE(r[7], FirewallExport::deviceName(plan, rows[i].to));
        QCOMPARE(r[11], rows[i].flows.join(QLatin1Char(' ')));
        QCOMPARE(r[12], rows[i].tls ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    // The laptops' name (comma and quotes) came back whole.
    const auto laptops = std::find_if(records.begin(), records.end(), [](const QStringList &r) {
        return r.value(4) == QStringLiteral("Off-site, \"road\" laptops");
    });
    QVERIFY(laptops != records.end());
    QCOMPARE(records[1][3], QStringLiteral("13000"));
    QVERIFY(data.contains("\"8060,8061\""));
}

void TestFirewallExport::cliWritesEachTarget_data()
{
    QTest::addColumn<QString>("target");
    for (const QString &target : FirewallExport::targets())
        QTest::newRow(qPrintable(target)) << target;
}

void TestFirewallExport::cliWritesEachTarget()
{
    QFETCH(QString, target);
    QTemporaryDir dir;
    const QString planPath = dir.filePath(QStringLiteral("plan.json"));
    const QString outPath = dir.filePath(QStringLiteral("rules.out"));
    const Plan plan = *Templates::load(QStringLiteral("gateway"));
    QVERIFY(PlanFile::save(plan, planPath, nullptr));
    QCOMPARE(
        runPortolan({QStringLiteral("firewall"), planPath, QStringLiteral("--target"), target,
                     QStringLiteral("-o"), outPath, QStringLiteral("--lang"), QStringLiteral("en")})
            .exitCode,
        0);
    QFile file(outPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), FirewallExport::write(plan, rowsOf(plan), target));
    const PortolanRun run =
        runPortolan({QStringLiteral("firewall"), planPath, QStringLiteral("--target"), target,
                     QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, FirewallExport::write(plan, rowsOf(plan), target));
}

void TestFirewallExport::cliRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no target") << QStringList{QStringLiteral("firewall"), QStringLiteral("PLAN")};
    QTest::newRow("unknown target")
        << QStringList{QStringLiteral("firewall"), QStringLiteral("PLAN"),
                       QStringLiteral("--target"), QStringLiteral("pf")};
    QTest::newRow("not a plan") << QStringList{QStringLiteral("firewall"), QStringLiteral("JUNK"),
                                               QStringLiteral("--target"),
                                               QStringLiteral("nftables")};
    QTest::newRow("missing file") << QStringList{QStringLiteral("firewall"),
                                                 QStringLiteral("/nonexistent/plan.json"),
                                                 QStringLiteral("--target"), QStringLiteral("csv")};
}

void TestFirewallExport::cliRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString planPath = dir.filePath(QStringLiteral("plan.json"));
    QVERIFY(PlanFile::save(*Templates::load(QStringLiteral("gateway")), planPath, nullptr));
    const QString junkPath = dir.filePath(QStringLiteral("junk.json"));
    QFile junk(junkPath);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"format\": \"something-else\"}");
    junk.close();
    arguments.replaceInStrings(QStringLiteral("PLAN"), planPath);
    arguments.replaceInStrings(QStringLiteral("JUNK"), junkPath);
    const PortolanRun run = runPortolan(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestFirewallExport)
#include "tst_firewallexport.moc"
