// NETWORK SAFETY: the only address in these plans is 127.0.0.1, and the only listening port is a
// QTcpServer the test starts. Never probe a template: they hold 10.x and 192.0.2.x addresses.
#include "ChecklistModel.h"
#include "ChecklistTab.h"
#include "PlanDocument.h"
#include "ReachabilityProbe.h"
#include "ReachabilitySummary.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

// A console and an Administration Server on loopback whose console port (flow 6) is `port`.
Plan loopbackPlan(int port)
{
    Plan plan;
    plan.title = QStringLiteral("Loopback");
    plan.zones << Zone{
        QStringLiteral("lan"), Catalog::ZoneKind::Lan, QStringLiteral("LAN"), {}, {}};
    Device server;
    server.id = QStringLiteral("server");
    server.role = Catalog::Role::AdministrationServer;
    server.name = QStringLiteral("KSC");
    server.zone = QStringLiteral("lan");
    server.address = QStringLiteral("127.0.0.1");
    Device console;
    console.id = QStringLiteral("console");
    console.role = Catalog::Role::MmcConsole;
    console.name = QStringLiteral("Console");
    console.zone = QStringLiteral("lan");
    plan.devices << server << console;
    plan.settings.ports.insert(QStringLiteral("mmcConsole"), port);
    return plan;
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close(); // free now, and nobody else listens on it in the blink of a test
    return port;
}

ProbeResult result(int port, ProbeResult::Status status)
{
    ProbeResult r;
    r.row = 0;
    r.address = QStringLiteral("127.0.0.1");
    r.port = port;
    r.status = status;
    return r;
}

} // namespace

// The checklist's Reachability column: filled by a probe the user agrees to, per row in a few
// words, cleared by any change of the plan, and the model stays well-behaved throughout.
class TestGuiReachability : public QObject
{
    Q_OBJECT

private slots:
    void summaryCombinesThePorts();
    void showsReachableAndRefused();
    void declinedConfirmationProbesNothing();
    void cancelClearsTheColumn();

private:
    // The checklist row of flow 6 (console to server), the one whose port the test controls.
    static int consoleRow(const ChecklistModel *model)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->row(r).flows.contains(QStringLiteral("6")))
                return r;
        }
        return -1;
    }

    static QString reachability(const ChecklistModel *model, int row)
    {
        return model->index(row, ChecklistModel::Reachability).data().toString();
    }

    static bool runProbe(ChecklistTab &tab)
    {
        QSignalSpy finished(tab.probe(), &ReachabilityProbe::finished);
        return tab.checkReachability() && finished.wait(10000);
    }
};

void TestGuiReachability::summaryCombinesThePorts()
{
    using S = ProbeResult::Status;
    QCOMPARE(ReachabilitySummary::text({}), QString());
    QCOMPARE(ReachabilitySummary::text({result(8060, S::Reachable), result(8061, S::Reachable)}),
             QStringLiteral("reachable"));
    QCOMPARE(ReachabilitySummary::text({result(8060, S::Reachable), result(8061, S::Refused)}),
             QStringLiteral("reachable on 8060; refused on 8061"));
    QCOMPARE(ReachabilitySummary::text({result(13000, S::TimedOut)}), QStringLiteral("timed out"));
    QCOMPARE(ReachabilitySummary::text({result(13000, S::NoAddress)}),
             QStringLiteral("no address"));
    ProbeResult tls = result(13000, S::Reachable);
    tls.tls = true;
    tls.certificateSubject = QStringLiteral("CN=ksc.example.org");
    tls.certificateExpiry = QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(ReachabilitySummary::text({tls}),
             QStringLiteral("TLS: CN=ksc.example.org until 2027-01-01"));
    QVERIFY(ReachabilitySummary::toolTip({tls}).startsWith(QStringLiteral("127.0.0.1:13000: ")));
}

void TestGuiReachability::showsReachableAndRefused()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    PlanDocument doc;
    doc.reset(loopbackPlan(server.serverPort()), {});
    ChecklistTab tab(&doc);
    ChecklistModel *model = tab.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList asked;
    tab.setConfirm([&asked](const QString &text) {
        asked << text;
        return true;
    });
    const int row = consoleRow(model);
    QVERIFY(row >= 0);
    QCOMPARE(model->headerData(ChecklistModel::Reachability, Qt::Horizontal).toString(),
             QStringLiteral("Reachability"));
    QCOMPARE(reachability(model, row), QString());

    QVERIFY(runProbe(tab));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("Addresses to contact: 1 (127.0.0.1)")),
             qPrintable(asked.first()));
    QCOMPARE(reachability(model, row), QStringLiteral("reachable"));
    QVERIFY(!tab.probeStatus()->text().isEmpty());

    // An edit (the console port now closed) clears the column at once.
    const quint16 closed = closedPort();
    QVERIFY(closed != 0);
    PlanEdit edit;
    PlanSettings settings = doc.plan().settings;
    settings.ports.insert(QStringLiteral("mmcConsole"), closed);
    edit.changeSettings(doc.plan(), settings);
    doc.edit(edit, QStringLiteral("ports"));
    QVERIFY(!model->hasProbeResults());
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(reachability(model, r), QString());
    QVERIFY(tab.probeStatus()->text().isEmpty());

    QVERIFY(runProbe(tab));
    QCOMPARE(reachability(model, consoleRow(model)), QStringLiteral("refused"));
}

void TestGuiReachability::declinedConfirmationProbesNothing()
{
    PlanDocument doc;
    doc.reset(loopbackPlan(closedPort()), {});
    ChecklistTab tab(&doc);
    tab.setConfirm([](const QString &) { return false; });
    QVERIFY(!tab.checkReachability());
    QVERIFY(!tab.probe()->isRunning());
    QVERIFY(!tab.model()->hasProbeResults());
}

void TestGuiReachability::cancelClearsTheColumn()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    PlanDocument doc;
    doc.reset(loopbackPlan(server.serverPort()), {});
    ChecklistTab tab(&doc);
    QAbstractItemModelTester tester(tab.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    tab.setConfirm([](const QString &) { return true; });
    QVERIFY(tab.checkReachability());
    QVERIFY(tab.probe()->isRunning());
    QCOMPARE(reachability(tab.model(), consoleRow(tab.model())), QStringLiteral("probing"));
    tab.cancelReachability();
    QVERIFY(!tab.probe()->isRunning());
    QVERIFY(!tab.model()->hasProbeResults());
    QVERIFY(tab.checkButton()->isEnabled());
    QTest::qWait(50); // nothing more arrives from the cancelled run
    QVERIFY(!tab.model()->hasProbeResults());
}

QTEST_MAIN(TestGuiReachability)
#include "tst_gui_reachability.moc"
