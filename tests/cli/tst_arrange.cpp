// `portolan arrange`, run as the real program: the plan it writes loads back, arranged, with
// nothing but geometry changed; bad input ends with exit code 2 and names the file.
#include "bench/PlanGenerator.h"
#include "model/edit/Arrangement.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"
#include "tests/support/RunPortolan.h"

#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(Plan)

namespace {

Plan pile(Plan plan)
{
    for (Zone &zone : plan.zones)
        zone.geometry = QRectF();
    for (Device &device : plan.devices)
        device.position = QPointF();
    return plan;
}

} // namespace

class TestCliArrange : public QObject
{
    Q_OBJECT

private slots:
    void writesAnArrangedPlan_data();
    void writesAnArrangedPlan();
    void sameLayoutOnEveryRun();
    void rejectsBadInput();

private:
    QTemporaryDir m_dir;
};

void TestCliArrange::writesAnArrangedPlan_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QStringList>("options");
    const Plan reference = pile(*Templates::load(QStringLiteral("gateway")));
    QTest::addRow("reference plan") << reference << QStringList();
    QTest::addRow("reference plan, grid") << reference << QStringList{QStringLiteral("--grid")};
    QTest::addRow("1000 entries") << PlanGenerator::hierarchy(1000) << QStringList();
}

void TestCliArrange::writesAnArrangedPlan()
{
    QFETCH(Plan, plan);
    QFETCH(QStringList, options);
    QVERIFY(Arrangement::isNeeded(plan));
    const QString in = m_dir.filePath(QStringLiteral("in.json"));
    const QString out = m_dir.filePath(QStringLiteral("out.json"));
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(PlanFile::serialize(plan));
    file.close();
    const PortolanRun run = runPortolan(
        QStringList{QStringLiteral("arrange"), in, QStringLiteral("-o"), out} + options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    PlanError error;
    const std::optional<Plan> loaded = PlanFile::load(out, &error);
    QVERIFY2(loaded, qPrintable(error.toString()));
    QVERIFY(!Arrangement::isNeeded(*loaded));
    Arrangement placed;
    for (const Zone &zone : loaded->zones)
        placed.zones.insert(zone.id, zone.geometry);
    for (const Device &device : loaded->devices)
        placed.devices.insert(device.id, device.position);
    const QStringList problems = placed.problems(*loaded);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
    QCOMPARE(pile(*loaded), plan);
}

// Each process hashes with a seed of its own: the graph handed to Graphviz must not follow a hash
// order, or the same plan would come out in another layout each time.
void TestCliArrange::sameLayoutOnEveryRun()
{
    const QString in = m_dir.filePath(QStringLiteral("reference.json"));
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(PlanFile::serialize(pile(*Templates::load(QStringLiteral("gateway")))));
    file.close();
    QByteArray first;
    for (int run = 0; run < 4; ++run) {
        const PortolanRun arranged = runPortolan({QStringLiteral("arrange"), in});
        QVERIFY2(arranged.exitCode == 0, arranged.err.constData());
        if (run == 0)
            first = arranged.out;
        QVERIFY2(arranged.out == first, qPrintable(QStringLiteral("run %1 differs").arg(run)));
    }
}

void TestCliArrange::rejectsBadInput()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
    const PortolanRun run = runPortolan({QStringLiteral("arrange"), missing});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("missing.json"), run.err.constData());
    QCOMPARE(runPortolan({QStringLiteral("arrange")}).exitCode, 2);
    const PortolanRun help = runPortolan({QStringLiteral("arrange"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--grid"));
    const PortolanRun russian = runPortolan({QStringLiteral("arrange"), QStringLiteral("--help"),
                                             QStringLiteral("--lang"), QStringLiteral("ru")});
    QCOMPARE(russian.exitCode, 0);
    QVERIFY2(QString::fromUtf8(russian.out).contains(QStringLiteral("arrange ПЛАН [-o ФАЙЛ]")),
             russian.out.constData());
    QVERIFY(QString::fromUtf8(russian.out).contains(QStringLiteral("сеткой")));
}

QTEST_GUILESS_MAIN(TestCliArrange)
#include "tst_arrange.moc"
