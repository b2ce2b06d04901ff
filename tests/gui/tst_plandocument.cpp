#include "app/document/PlanDocument.h"
#include "bench/PlanGenerator.h"
#include "tests/support/AnalysisText.h"
#include "tests/support/TestPlans.h"

#include <QUndoStack>
#include <QtTest>

// The document's analysis after every edit, undo and redo is the one a derivation from scratch
// gives, and a group moved on the canvas takes the incremental path (PlanDocument::apply hands
// the previous analysis and the edit to Analysis).
class TestPlanDocument : public QObject
{
    Q_OBJECT

private slots:
    void analysisFollowsEditsUndoAndRedo();
};

namespace {

// Flows, missing paths and findings of the document against a fresh analysis of its plan.
QString mismatch(const PlanDocument &doc)
{
    const Analysis fresh(doc.plan());
    using AnalysisText::digest;
    const QStringList have = {digest(doc.flows().flows), digest(doc.flows().missing),
                              digest(doc.findings()), digest(doc.checklist())};
    const QStringList want = {digest(fresh.flows().flows), digest(fresh.flows().missing),
                              digest(fresh.findings()), digest(fresh.checklist())};
    return have == want ? QString()
                        : have.join(QLatin1Char(' ')) + QStringLiteral(" instead of ") +
                              want.join(QLatin1Char(' '));
}

void move(PlanDocument &doc, const QString &id, const QString &zone, const QString &mergeKey)
{
    Device moved = *doc.plan().device(id);
    moved.zone = zone;
    moved.position += QPointF(10, 0);
    PlanEdit edit;
    edit.changeDevice(doc.plan(), moved);
    doc.edit(edit, QStringLiteral("Move"), mergeKey);
}

} // namespace

void TestPlanDocument::analysisFollowsEditsUndoAndRedo()
{
    PlanDocument doc;
    doc.reset(PlanGenerator::gatewayGroups(300), QString());
    QVERIFY(!doc.analysis().wasIncremental());

    move(doc, QStringLiteral("group-0"), QStringLiteral("internet"), QString());
    QVERIFY(doc.analysis().wasIncremental());
    QCOMPARE(mismatch(doc), QString());

    // Two moves merged into one step, as typing merges: undone and redone as one.
    move(doc, QStringLiteral("group-3"), QStringLiteral("lan"), QStringLiteral("drag"));
    move(doc, QStringLiteral("group-3"), QStringLiteral("dmz"), QStringLiteral("drag"));
    QVERIFY(doc.analysis().wasIncremental());
    QCOMPARE(mismatch(doc), QString());
    for (int i = 0; i < 2; ++i) {
        doc.undoStack()->undo();
        QVERIFY(doc.analysis().wasIncremental());
        QCOMPARE(mismatch(doc), QString());
    }
    doc.undoStack()->redo();
    QCOMPARE(mismatch(doc), QString());

    // A settings change reaches every flow: derived in full, and still right.
    PlanEdit settings;
    PlanSettings s = doc.plan().settings;
    s.legacyAgentPort = !s.legacyAgentPort;
    settings.changeSettings(doc.plan(), s);
    doc.edit(settings, QStringLiteral("Settings"));
    QVERIFY(!doc.analysis().wasIncremental());
    QCOMPARE(mismatch(doc), QString());
    doc.undoStack()->undo();
    QCOMPARE(mismatch(doc), QString());
}

QTEST_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
