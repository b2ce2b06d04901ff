// NETWORK SAFETY: every address in this test is 127.0.0.1 or ::1, or one the probe must refuse
// before touching the network (a range, a malformed address). Host names (under the reserved .test
// domain) are answered by FakeResolver, never by the system resolver. Never put any other address
// here.
#include "model/FlowDeriver.h"
#include "model/io/PlanFile.h"
#include "probe/HostResolver.h"
#include "probe/ProbeReport.h"
#include "probe/ReachabilityProbe.h"
#include "probe/ReachabilitySummary.h"
#include "tests/support/LoopbackPlans.h"
#include "tests/support/RunPortolan.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PORTOLAN_TEST_DATA "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A TLS server: QSslServer arrives only in Qt 6.4's successor, so a QTcpServer hands each
// connection to a QSslSocket that starts the handshake.
class TlsServer : public QTcpServer
{
public:
    QSslCertificate certificate{readData(QStringLiteral("probe-test-cert.pem"))};
    QSslKey key{readData(QStringLiteral("probe-test-key.pem")), QSsl::Rsa};

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        socket->startServerEncryption();
        addPendingConnection(socket);
    }
};

// Counts the connections it accepts and never says a word: a TLS client waits for ever.
class SilentServer : public QTcpServer
{
public:
    int accepted = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++accepted;
        QTcpServer::incomingConnection(descriptor);
    }
};

// Answers the names in its table after a turn of the event loop, as a real resolver would; a name
// that is neither in `names` nor in `failing` never gets an answer (a resolver that hangs).
class FakeResolver : public HostResolver
{
public:
    QHash<QString, QHostAddress> names;
    QStringList failing;
    QStringList asked;
    QList<int> aborted;

    int lookup(const QString &name, QObject *context, Done done) override
    {
        asked << name;
        const int id = ++m_lastId;
        if (!names.contains(name) && !failing.contains(name))
            return id;
        QList<QHostAddress> addresses;
        if (names.contains(name))
            addresses << names.value(name);
        QTimer::singleShot(0, context, [this, id, addresses, done] {
            if (!aborted.contains(id))
                done(addresses, addresses.isEmpty() ? QStringLiteral("NXDOMAIN") : QString());
        });
        return id;
    }
    void abort(int id) override { aborted << id; }

private:
    int m_lastId = 0;
};

ChecklistRow rowTo(QList<int> ports, bool tls,
                   Catalog::Transport transport = Catalog::Transport::Tcp)
{
    ChecklistRow row;
    row.from = QStringLiteral("client");
    row.to = QStringLiteral("server");
    row.fromZone = row.toZone = QStringLiteral("lan");
    row.transport = transport;
    row.ports = std::move(ports);
    row.flows = {QStringLiteral("6")};
    row.purpose = QStringLiteral("test");
    row.tls = tls;
    return row;
}

bool hasIpv6Loopback()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHostIPv6);
}

} // namespace

class TestReachabilityProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statuses_data();
    void statuses();
    void tlsReportsTheCertificate();
    void tlsVerifiesAgainstAnExtraCa();
    void silentTlsPortTimesOut();
    void silentResolverIsBoundedByTheTimeout();
    void ipv6Loopback();
    void connectionsAtOnceAreCapped();
    void equalTargetsAreProbedOnce();
    void signalsArriveAfterStartAndStopOnCancel();
    void restartFromASlot();
    void cliProbesAPlan();
    void cliRefusesBadInput();
    void overallCountsTcpApartFromTls_data();
    void overallCountsTcpApartFromTls();

private:
    QTcpServer m_open;
    quint16 m_closed = 0;
    TlsServer m_tls;
    SilentServer m_silent;
    std::shared_ptr<FakeResolver> m_resolver = std::make_shared<FakeResolver>();
};

void TestReachabilityProbe::initTestCase()
{
    QVERIFY(!m_tls.certificate.isNull());
    QVERIFY(!m_tls.key.isNull());
    QVERIFY(m_open.listen(QHostAddress::LocalHost));
    QVERIFY(m_tls.listen(QHostAddress::LocalHost));
    QVERIFY(m_silent.listen(QHostAddress::LocalHost));
    m_closed = closedPort(QHostAddress::LocalHost);
    QVERIFY(m_closed != 0);
    m_resolver->names.insert(QStringLiteral("ksc.portolan.test"), QHostAddress::LocalHost);
    m_resolver->failing << QStringLiteral("missing.portolan.test");
}

void TestReachabilityProbe::statuses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("udp");
    QTest::addColumn<ProbeResult::Status>("expected");
    using S = ProbeResult::Status;
    const QString lo = QStringLiteral("127.0.0.1");
    QTest::newRow("open") << lo << "open" << false << false << S::Reachable;
    QTest::newRow("closed") << lo << "closed" << false << false << S::Refused;
    QTest::newRow("TLS") << lo << "tls" << true << false << S::Reachable;
    QTest::newRow("TLS port, plain service") << lo << "silent" << true << false << S::TlsFailed;
    QTest::newRow("plain port, TLS service") << lo << "tls" << false << false << S::Reachable;
    QTest::newRow("closed TLS port") << lo << "closed" << true << false << S::Refused;
    QTest::newRow("host name") << QStringLiteral("ksc.portolan.test") << "open" << false << false
                               << S::Reachable;
    QTest::newRow("name that does not resolve") << QStringLiteral("missing.portolan.test") << "open"
                                                << false << false << S::NameNotResolved;
    QTest::newRow("UDP") << lo << "open" << false << true << S::NotVerifiable;
    QTest::newRow("no address") << QString() << "open" << false << false << S::NoAddress;
    // A group's subnets name no one host: skipped, and the report says why.
    QTest::newRow("a subnet") << QStringLiteral("127.0.0.0/8") << "open" << false << false
                              << S::Subnet;
    QTest::newRow("subnets") << QStringLiteral("127.0.0.0/8, ::1/128") << "open" << false << false
                             << S::Subnet;
    QTest::newRow("a range") << QStringLiteral("127.0.0.1-127.0.0.9") << "open" << false << false
                             << S::InvalidAddress;
    QTest::newRow("malformed") << QStringLiteral("127.0.0.300") << "open" << false << false
                               << S::InvalidAddress;
    QTest::newRow("bracketed IPv6")
        << QStringLiteral("[::1]") << "open" << false << false << S::InvalidAddress;
}

void TestReachabilityProbe::statuses()
{
    QFETCH(QString, address);
    QFETCH(QString, server);
    QFETCH(bool, tls);
    QFETCH(bool, udp);
    QFETCH(ProbeResult::Status, expected);
    const int port = server == QStringLiteral("open")     ? m_open.serverPort()
                     : server == QStringLiteral("closed") ? m_closed
                     : server == QStringLiteral("tls")    ? m_tls.serverPort()
                                                          : m_silent.serverPort();
    const ChecklistRow row =
        rowTo({port}, tls, udp ? Catalog::Transport::Udp : Catalog::Transport::Tcp);
    m_resolver->asked.clear();
    const QList<ProbeResult> results =
        ReachabilityProbe::probe(twoDevices(address), {row}, 1000, 16, m_resolver);
    QCOMPARE(results.size(), 1);
    // Only a host name is looked up, and only through the resolver given.
    const bool isName = address.endsWith(QStringLiteral(".test"));
    QCOMPARE(m_resolver->asked, isName ? QStringList{address} : QStringList{});
    const ProbeResult &r = results.first();
    QVERIFY2(r.status == expected,
             qPrintable(ReachabilityProbe::statusId(r.status) + QStringLiteral(": ") + r.detail));
    QCOMPARE(r.row, 0);
    QCOMPARE(r.port, port);
    QCOMPARE(r.address, address);
    QCOMPARE(r.tls, tls && !udp);
    // What a user reads: the status in words, the target, the reason when there is one.
    const QString text =
        QString::fromUtf8(ProbeReport::text(twoDevices(address), {row}, results, 1000));
    QVERIFY2(text.contains(QStringLiteral("  [") + ReachabilityProbe::statusText(expected) +
                           QStringLiteral("] Console → KSC")),
             qPrintable(text));
}

void TestReachabilityProbe::tlsReportsTheCertificate()
{
    const QList<ProbeResult> results = ReachabilityProbe::probe(
        twoDevices(QStringLiteral("127.0.0.1")), {rowTo({m_tls.serverPort()}, true)}, 2000);
    const ProbeResult &r = results.first();
    QCOMPARE(r.status, ProbeResult::Status::Reachable);
    QCOMPARE(r.certificateSubject, QStringLiteral("portolan-probe-test"));
    QCOMPARE(r.certificateExpiry, m_tls.certificate.expiryDate());
    QVERIFY(!r.certificateVerified); // self-signed, not in the system's store
    QVERIFY(!r.detail.isEmpty());
    const QJsonObject json =
        QJsonDocument::fromJson(ProbeReport::json(twoDevices(QStringLiteral("127.0.0.1")),
                                                  {rowTo({m_tls.serverPort()}, true)}, results,
                                                  2000))
            .object();
    const QJsonObject cert =
        json[QStringLiteral("results")][0][QStringLiteral("certificate")].toObject();
    QCOMPARE(cert[QStringLiteral("subject")].toString(), QStringLiteral("portolan-probe-test"));
    QCOMPARE(cert[QStringLiteral("verified")].toBool(), false);
    QCOMPARE(cert[QStringLiteral("expiry")].toString(),
             m_tls.certificate.expiryDate().toUTC().toString(Qt::ISODate));
}

void TestReachabilityProbe::tlsVerifiesAgainstAnExtraCa()
{
    ReachabilityProbe probe;
    probe.setExtraCaCertificates({m_tls.certificate});
    QSignalSpy finished(&probe, &ReachabilityProbe::finished);
    probe.start(twoDevices(QStringLiteral("127.0.0.1")), {rowTo({m_tls.serverPort()}, true)});
    QVERIFY(finished.wait(5000));
    const ProbeResult &r = probe.results().first();
    QCOMPARE(r.status, ProbeResult::Status::Reachable);
    QVERIFY2(r.certificateVerified, qPrintable(r.detail)); // its SAN names 127.0.0.1
}

void TestReachabilityProbe::silentTlsPortTimesOut()
{
    constexpr int timeout = 500;
    QElapsedTimer clock;
    clock.start();
    const QList<ProbeResult> results = ReachabilityProbe::probe(
        twoDevices(QStringLiteral("127.0.0.1")), {rowTo({m_silent.serverPort()}, true)}, timeout);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(results.first().status, ProbeResult::Status::TlsFailed);
    QVERIFY(results.first().detail.contains(QStringLiteral("did not finish within 500 ms")));
    QVERIFY2(elapsed >= timeout - 10, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < timeout + 1000, qPrintable(QString::number(elapsed)));
}

void TestReachabilityProbe::silentResolverIsBoundedByTheTimeout()
{
    // A resolver that never answers: the timeout bounds the lookup as it bounds a connect.
    auto resolver = std::make_shared<FakeResolver>();
    const QString name = QStringLiteral("silent.portolan.test");
    const int timeout = 300;
    QElapsedTimer clock;
    clock.start();
    const QList<ProbeResult> results = ReachabilityProbe::probe(
        twoDevices(name), {rowTo({m_open.serverPort()}, false)}, timeout, 16, resolver);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(results.size(), 1);
    const ProbeResult &r = results.first();
    QCOMPARE(r.status, ProbeResult::Status::NameNotResolved);
    QVERIFY2(r.detail.contains(QStringLiteral("300 ms")), qPrintable(r.detail));
    QVERIFY2(elapsed >= timeout - 20 && elapsed < timeout + 1500,
             qPrintable(QString::number(elapsed)));
    QCOMPARE(resolver->asked, QStringList{name});
    QCOMPARE(resolver->aborted.size(), 1); // the lookup is abandoned, not left to answer later
    const QString text = QString::fromUtf8(ProbeReport::text(
        twoDevices(name), {rowTo({m_open.serverPort()}, false)}, results, timeout));
    QVERIFY2(text.contains(ReachabilityProbe::statusText(ProbeResult::Status::NameNotResolved)),
             qPrintable(text));
}

void TestReachabilityProbe::ipv6Loopback()
{
    if (!hasIpv6Loopback())
        QSKIP("this machine has no IPv6 loopback");
    QTcpServer open;
    TlsServer tls;
    SilentServer silent;
    QVERIFY(open.listen(QHostAddress::LocalHostIPv6));
    QVERIFY(tls.listen(QHostAddress::LocalHostIPv6));
    QVERIFY(silent.listen(QHostAddress::LocalHostIPv6));
    const quint16 closed = closedPort(QHostAddress::LocalHostIPv6);
    const QList<ChecklistRow> rows = {rowTo({open.serverPort(), closed}, false),
                                      rowTo({tls.serverPort()}, true),
                                      rowTo({silent.serverPort()}, true)};
    const Plan plan = twoDevices(QStringLiteral("::1"));
    const QList<ProbeResult> results = ReachabilityProbe::probe(plan, rows, 800);
    QCOMPARE(results.size(), 4);
    QCOMPARE(results[0].status, ProbeResult::Status::Reachable);
    QCOMPARE(results[1].status, ProbeResult::Status::Refused);
    QCOMPARE(results[2].status, ProbeResult::Status::Reachable);
    QCOMPARE(results[2].certificateSubject, QStringLiteral("portolan-probe-test"));
    QCOMPARE(results[3].status, ProbeResult::Status::TlsFailed);
    QCOMPARE(ProbeReport::target(results[0]), QStringLiteral("[::1]:%1").arg(open.serverPort()));
}

void TestReachabilityProbe::connectionsAtOnceAreCapped()
{
    // Six silent ports, each held until the timeout: two at once take three rounds.
    constexpr int timeout = 300;
    std::vector<std::unique_ptr<SilentServer>> servers;
    QList<int> ports;
    for (int i = 0; i < 6; ++i) {
        servers.push_back(std::make_unique<SilentServer>());
        QVERIFY(servers.back()->listen(QHostAddress::LocalHost));
        ports << servers.back()->serverPort();
    }
    const Plan plan = twoDevices(QStringLiteral("127.0.0.1"));
    QElapsedTimer clock;
    clock.start();
    const QList<ProbeResult> capped =
        ReachabilityProbe::probe(plan, {rowTo(ports, true)}, timeout, 2);
    const qint64 cappedMs = clock.elapsed();
    clock.restart();
    const QList<ProbeResult> wide =
        ReachabilityProbe::probe(plan, {rowTo(ports, true)}, timeout, 16);
    const qint64 wideMs = clock.elapsed();
    for (const ProbeResult &r : capped + wide)
        QCOMPARE(r.status, ProbeResult::Status::TlsFailed);
    QVERIFY2(cappedMs >= 3 * timeout - 10, qPrintable(QString::number(cappedMs)));
    // Sixteen at once: one round, so at least one round faster (robust on a busy machine).
    QVERIFY2(wideMs + timeout <= cappedMs, qPrintable(QString::number(wideMs)));
}

void TestReachabilityProbe::equalTargetsAreProbedOnce()
{
    SilentServer counting;
    QVERIFY(counting.listen(QHostAddress::LocalHost));
    ChecklistRow other = rowTo({counting.serverPort()}, false);
    other.flows = {QStringLiteral("9")};
    const QList<ProbeResult> results =
        ReachabilityProbe::probe(twoDevices(QStringLiteral("127.0.0.1")),
                                 {rowTo({counting.serverPort()}, false), other}, 1000);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].status, ProbeResult::Status::Reachable);
    QCOMPARE(results[1].status, ProbeResult::Status::Reachable);
    QCOMPARE(results[1].row, 1);
    QTRY_COMPARE(counting.accepted, 1);
    QTest::qWait(50);
    QCOMPARE(counting.accepted, 1);
}

void TestReachabilityProbe::signalsArriveAfterStartAndStopOnCancel()
{
    ReachabilityProbe probe;
    probe.setTimeout(2000);
    QSignalSpy ready(&probe, &ReachabilityProbe::resultReady);
    QSignalSpy finished(&probe, &ReachabilityProbe::finished);
    const QList<ChecklistRow> rows = {rowTo({m_open.serverPort()}, false),
                                      rowTo({13000}, false, Catalog::Transport::Udp),
                                      rowTo({m_silent.serverPort()}, true)};
    probe.start(twoDevices(QStringLiteral("127.0.0.1")), rows);
    QVERIFY(probe.isRunning());
    QCOMPARE(ready.size(), 0);
    QCOMPARE(probe.results().size(), 3);
    QCOMPARE(probe.results()[2].status, ProbeResult::Status::Pending);
    QTRY_COMPARE(ready.size(), 2); // the UDP row and the open port; the silent one still waits
    probe.cancel();
    QVERIFY(!probe.isRunning());
    QTest::qWait(2300); // past the timeout: a cancelled probe reports nothing more
    QCOMPARE(ready.size(), 2);
    QCOMPARE(finished.size(), 0);

    probe.start(twoDevices(QStringLiteral("127.0.0.1")), rows.mid(0, 2));
    QVERIFY(finished.wait(3000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(ready.size(), 4);
    QList<int> indexes;
    for (const QList<QVariant> &args : ready.mid(2))
        indexes << args.first().toInt();
    std::sort(indexes.begin(), indexes.end());
    QCOMPARE(indexes, (QList<int>{0, 1}));
}

void TestReachabilityProbe::restartFromASlot()
{
    // The desktop program may start a new check while results of the old one arrive.
    ReachabilityProbe probe;
    const Plan plan = twoDevices(QStringLiteral("127.0.0.1"));
    const QList<ChecklistRow> first = {rowTo({m_open.serverPort(), m_closed}, false),
                                       rowTo({13000}, false, Catalog::Transport::Udp)};
    const QList<ChecklistRow> second = {rowTo({m_tls.serverPort()}, true)};
    int restarts = 0;
    connect(&probe, &ReachabilityProbe::resultReady, this, [&] {
        if (restarts++ == 0)
            probe.start(plan, second);
    });
    QSignalSpy finished(&probe, &ReachabilityProbe::finished);
    probe.start(plan, first);
    QVERIFY(finished.wait(5000));
    QCOMPARE(probe.results().size(), 1);
    QCOMPARE(probe.results().first().status, ProbeResult::Status::Reachable);
    QCOMPARE(probe.results().first().certificateSubject, QStringLiteral("portolan-probe-test"));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

void TestReachabilityProbe::cliProbesAPlan()
{
    // The real pipeline: a plan file, its checklist, the verb. Port overrides point the plan's
    // rules at this test's loopback servers; every other TCP port goes to the closed one.
    Plan plan = twoDevices(QStringLiteral("127.0.0.1"));
    Device web;
    web.id = QStringLiteral("web");
    web.role = Catalog::Role::WebConsoleServer;
    web.name = QStringLiteral("Web");
    web.zone = QStringLiteral("lan");
    plan.devices << web;
    plan.settings.ports = {{QStringLiteral("mmcConsole"), m_open.serverPort()},
                           {QStringLiteral("webConsoleApi"), m_tls.serverPort()}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loopback.json"));
    QVERIFY(PlanFile::save(plan, path, nullptr));
    // The servers live in this process: runPortolan keeps its event loop turning meanwhile.
    const PortolanRun run =
        runPortolan({QStringLiteral("probe"), path, QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("--timeout"), QStringLiteral("2000"),
                     QStringLiteral("--lang"), QStringLiteral("en")},
                    {}, PortolanDisplay::Inherited, 15000);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json[QStringLiteral("timeoutMs")].toInt(), 2000);
    QMap<QString, QString> statusByFlow;
    for (const QJsonValue &v : json[QStringLiteral("results")].toArray())
        statusByFlow.insert(v[QStringLiteral("flows")][0].toString(),
                            v[QStringLiteral("status")].toString());
    QCOMPARE(statusByFlow.value(QStringLiteral("6")), QStringLiteral("reachable"));
    QCOMPARE(statusByFlow.value(QStringLiteral("9")), QStringLiteral("reachable"));
    QCOMPARE(statusByFlow.size(), 2);
}

void TestReachabilityProbe::cliRefusesBadInput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QVERIFY(PlanFile::save(twoDevices(QString()), path, nullptr));
    for (const QStringList &args :
         {QStringList{QStringLiteral("probe"), path, QStringLiteral("--timeout"),
                      QStringLiteral("soon")},
          QStringList{QStringLiteral("probe"), path, QStringLiteral("--timeout"),
                      QStringLiteral("0")},
          QStringList{QStringLiteral("probe"), dir.filePath(QStringLiteral("missing.json"))},
          QStringList{QStringLiteral("probe"), path, QStringLiteral("--format"),
                      QStringLiteral("csv")}}) {
        const PortolanRun run = runPortolan(args, {}, PortolanDisplay::Inherited, 10000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
    }
}

void TestReachabilityProbe::overallCountsTcpApartFromTls_data()
{
    using S = ProbeResult::Status;
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("text");
    QTest::newRow("TCP open, every TLS check failed")
        << QList<int>{int(S::TlsFailed), int(S::TlsFailed), int(S::NotVerifiable)}
        << QStringLiteral("TCP connected on 2 of 2 ports tried; the TLS check failed on 2");
    QTest::newRow("mixed") << QList<int>{int(S::Reachable), int(S::Refused), int(S::TimedOut),
                                         int(S::NoAddress)}
                           << QStringLiteral("TCP connected on 1 of 3 ports tried");
    QTest::newRow("nothing tried")
        << QList<int>{int(S::Subnet)} << QStringLiteral("TCP connected on 0 of 0 ports tried");
}

void TestReachabilityProbe::overallCountsTcpApartFromTls()
{
    // "0 of 9 reachable" when every TCP connection succeeded and only TLS failed misled: the
    // firewall is open, the certificate is another matter.
    QFETCH(QList<int>, statuses);
    QFETCH(QString, text);
    QList<ProbeResult> results;
    for (int status : statuses) {
        ProbeResult r;
        r.status = ProbeResult::Status(status);
        r.port = 13000;
        results << r;
    }
    QCOMPARE(ReachabilitySummary::overall(results), text);
}

QTEST_GUILESS_MAIN(TestReachabilityProbe)
#include "tst_reachabilityprobe.moc"
