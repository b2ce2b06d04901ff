// NETWORK SAFETY: the only address in these plans is 127.0.0.1, and the only listening port is a
// QTcpServer the test starts. Never probe a template: they hold 10.x and 192.0.2.x addresses.
#include "app/document/PlanDocument.h"
#include "app/panels/ChecklistModel.h"
#include "app/panels/ChecklistTab.h"
#include "probe/ReachabilityProbe.h"
#include "probe/ReachabilitySummary.h"
#include "tests/support/LoopbackPlans.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace {

// The plan of LoopbackPlans.h with the console port (flow 6) moved to `port`.
Plan loopbackPlan(int port)
{
    Plan plan = twoDevices(QStringLiteral("127.0.0.1"));
    plan.settings.ports.insert(QStringLiteral("mmcConsole"), port);
    return plan;
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

// A checklist tab on a loopback plan whose console port is a QTcpServer listening on 127.0.0.1,
// with a model tester watching the table; the confirmation question is recorded and answered.
struct LoopbackTab
{
    QTcpServer server;
    PlanDocument doc;
    std::unique_ptr<ChecklistTab> tab;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QStringList asked;
    bool answer = true;

    LoopbackTab()
    {
        if (!server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on 127.0.0.1");
        doc.reset(loopbackPlan(server.serverPort()), {});
        tab = std::make_unique<ChecklistTab>(&doc);
        tester = std::make_unique<QAbstractItemModelTester>(
            tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab->setConfirm([this](const QString &text) {
            asked << text;
            return answer;
        });
    }

    ChecklistModel *model() const { return tab->model(); }
};

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
    LoopbackTab f;
    ChecklistModel *model = f.model();
    const int row = consoleRow(model);
    QVERIFY(row >= 0);
    QCOMPARE(model->headerData(ChecklistModel::Reachability, Qt::Horizontal).toString(),
             QStringLiteral("Reachability"));
    QCOMPARE(reachability(model, row), QString());

    QVERIFY(runProbe(*f.tab));
    QCOMPARE(f.asked.size(), 1);
    QVERIFY2(f.asked.first().contains(QStringLiteral("Addresses to contact: 1 (127.0.0.1)")),
             qPrintable(f.asked.first()));
    QCOMPARE(reachability(model, row), QStringLiteral("reachable"));
    QVERIFY2(f.tab->probeStatus()->text().startsWith(QStringLiteral("TCP connected on 1 of ")),
             qPrintable(f.tab->probeStatus()->text()));

    // An edit (the console port now closed) clears the column at once.
    const quint16 closed = closedPort(QHostAddress::LocalHost);
    QVERIFY(closed != 0);
    PlanEdit edit;
    PlanSettings settings = f.doc.plan().settings;
    settings.ports.insert(QStringLiteral("mmcConsole"), closed);
    edit.changeSettings(f.doc.plan(), settings);
    f.doc.edit(edit, QStringLiteral("ports"));
    QVERIFY(!model->hasProbeResults());
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(reachability(model, r), QString());
    QVERIFY(f.tab->probeStatus()->text().isEmpty());

    QVERIFY(runProbe(*f.tab));
    QCOMPARE(reachability(model, consoleRow(model)), QStringLiteral("refused"));
}

void TestGuiReachability::declinedConfirmationProbesNothing()
{
    LoopbackTab f;
    f.answer = false;
    QVERIFY(!f.tab->checkReachability());
    QCOMPARE(f.asked.size(), 1);
    QVERIFY(!f.tab->probe()->isRunning());
    QVERIFY(!f.model()->hasProbeResults());
}

void TestGuiReachability::cancelClearsTheColumn()
{
    LoopbackTab f;
    QVERIFY(f.tab->checkReachability());
    QVERIFY(f.tab->probe()->isRunning());
    QCOMPARE(reachability(f.model(), consoleRow(f.model())), QStringLiteral("probing"));
    f.tab->cancelReachability();
    QVERIFY(!f.tab->probe()->isRunning());
    QVERIFY(!f.model()->hasProbeResults());
    QVERIFY(f.tab->checkButton()->isEnabled());
    QTest::qWait(50); // nothing more arrives from the cancelled run
    QVERIFY(!f.model()->hasProbeResults());
}

QTEST_MAIN(TestGuiReachability)
#include "tst_reachability.moc"
