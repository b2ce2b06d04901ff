#include "bench/PlanGenerator.h"
#include "model/Analysis.h"
#include "tests/support/AnalysisText.h"
#include "tests/support/EstatePlans.h"
#include "tests/support/TestPlans.h"
#include "tests/support/TroubledPlan.h"

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
    using AnalysisText::digest;
    const QStringList actual = {digest(analysis.flows().flows), digest(analysis.flows().missing),
                                digest(analysis.findings()),    digest(analysis.findings(ru)),
                                digest(analysis.checklist()),   digest(analysis.checklist(ru))};
    if (qEnvironmentVariableIsSet("PORTOLAN_PRINT_DIGESTS"))
        qInfo().noquote() << QTest::currentDataTag() << actual.join(QStringLiteral("\", \""));
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestAnalysisDigest)
#include "tst_analysisdigest.moc"
