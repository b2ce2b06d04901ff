#include "model/Analysis.h"
#include "model/Topology.h"
#include "tests/support/TestPlans.h"

#include <QtTest>

// One analysis of a plan: its own copy of the plan, derived once, safe from later edits.
class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void copiesThePlanCheaply();
    void editingTheSourceLeavesTheAnalysisAlone();
    void resultsFollowTheLanguage();
    void copiesShareOneDerivation();
};

// Plan is a value of implicitly shared Qt containers: the analysis's copy shares their data.
void TestAnalysis::copiesThePlanCheaply()
{
    const Plan plan = templatePlan(QStringLiteral("gateway"));
    const Analysis analysis(plan);
    QCOMPARE(analysis.plan(), plan);
    QVERIFY(analysis.plan().devices.isSharedWith(plan.devices));
    QVERIFY(analysis.plan().zones.isSharedWith(plan.zones));
    QCOMPARE(&analysis.topology().plan(), &analysis.plan());
}

void TestAnalysis::editingTheSourceLeavesTheAnalysisAlone()
{
    Plan plan = templatePlan(QStringLiteral("gateway"));
    const Analysis analysis(plan);
    const QList<Flow> flows = analysis.flows().flows;
    const QList<ChecklistRow> rows = analysis.checklist();
    const QList<Finding> findings = analysis.findings();
    // The edits a window makes after deriving: devices go, others move.
    plan.devices.removeAt(plan.deviceIndex(QStringLiteral("gateway")));
    plan.devices.removeFirst();
    plan.device(QStringLiteral("db"))->zone = QStringLiteral("internet");
    QCOMPARE(analysis.flows().flows, flows);
    QCOMPARE(analysis.checklist(), rows);
    QCOMPARE(analysis.findings().size(), findings.size());
    for (const Flow &f : analysis.flows().flows)
        QCOMPARE(analysis.plan().devices[f.fromIndex].id, f.from);
    QCOMPARE(Analysis(plan).plan(), plan);
    QVERIFY(Analysis(plan).flows().flows != flows);
}

void TestAnalysis::resultsFollowTheLanguage()
{
    const Analysis analysis(templatePlan(QStringLiteral("gateway")));
    const Texts ru = Texts::forLanguage(QStringLiteral("ru"));
    const QList<ChecklistRow> english = analysis.checklist();
    const QList<ChecklistRow> russian = analysis.checklist(ru);
    QCOMPARE(russian.size(), english.size());
    QVERIFY(russian.first().purpose != english.first().purpose);
    const QList<Finding> findingsEn = analysis.findings();
    const QList<Finding> findingsRu = analysis.findings(ru);
    QCOMPARE(findingsRu.size(), findingsEn.size());
}

void TestAnalysis::copiesShareOneDerivation()
{
    const Analysis analysis(templatePlan(QStringLiteral("reverse-proxy")));
    const Analysis copy = analysis; // what the window hands its diagram worker
    QCOMPARE(&copy.flows(), &analysis.flows());
    QCOMPARE(&copy.plan(), &analysis.plan());
    QVERIFY(Analysis().flows().flows.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
