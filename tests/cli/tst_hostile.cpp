#include "tests/support/TestPlans.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Hostile and oversized input through the command line: every case ends with a clear message and
// exit code 2 (or a correct result), in bounded time, never a crash or a hang.
class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void renderRefusesAGraphOverTheBudget();
    void checklistPdfKeepsTheCoverWithoutTheFigure();
    void endlessDeviceIsRefused();
    void oversizedPlanThroughAPipeIsRefused();
    void outputToStandardOutputDevice();
    void outputNamingTheInputIsRefused();

private:
    struct Result
    {
        int code;
        QByteArray out;
        QByteArray err;
        qint64 ms;
    };
    Result run(const QStringList &args, const QByteArray &input = QByteArray());

    QTemporaryDir m_dir;
    QString m_manyZones;
    QString m_hundredZones; // over the diagram budget, small enough for a quick PDF
};

TestHostile::Result TestHostile::run(const QStringList &args, const QByteArray &input)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(QStringLiteral(PORTOLAN_BINARY), args);
    if (!input.isEmpty()) {
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(60000))
        qFatal("portolan did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError(), timer.elapsed()};
}

void TestHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Under 1 MB, valid, and once enough to corrupt Graphviz's heap: 10,000 zones, a device each.
    QByteArray zones, devices;
    for (int i = 0; i < 10000; ++i) {
        zones += QStringLiteral(R"(%1{"id":"z%2","kind":"lan"})")
                     .arg(i ? QStringLiteral(",") : QString())
                     .arg(i)
                     .toUtf8();
        devices += QStringLiteral(R"(,{"id":"d%1","role":"managed-computer","zone":"z%1"})")
                       .arg(i)
                       .toUtf8();
    }
    const QByteArray plan =
        R"({"format":"portolan-plan","version":1,"zones":[)" + zones +
        R"(],"devices":[{"id":"ksc","role":"administration-server","zone":"z0"})" + devices + "]}";
    QVERIFY(plan.size() < 1024 * 1024);
    m_manyZones = m_dir.filePath(QStringLiteral("many-zones.json"));
    QFile f(m_manyZones);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(plan);
    Plan hundred;
    for (int i = 0; i < 100; ++i) {
        const QString zone = QStringLiteral("z%1").arg(i);
        hundred.zones << Zone::make(zone, Catalog::ZoneKind::Lan, zone);
        hundred.devices << makeDevice(
            QStringLiteral("d%1").arg(i),
            i ? Catalog::Role::ManagedComputer : Catalog::Role::AdministrationServer, zone);
    }
    m_hundredZones = m_dir.filePath(QStringLiteral("hundred-zones.json"));
    QVERIFY(PlanFile::save(hundred, m_hundredZones, nullptr));
}

void TestHostile::renderRefusesAGraphOverTheBudget()
{
    const QString out = m_dir.filePath(QStringLiteral("many.svg"));
    const Result r = run({QStringLiteral("render"), m_manyZones, QStringLiteral("-o"), out});
    // Too large to draw in detail: the overview is drawn instead, and standard error says so.
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.startsWith("portolan: "), r.err.constData());
    QVERIFY(QFile::exists(out));
    QVERIFY2(r.ms < 20000, qPrintable(QString::number(r.ms)));
}

void TestHostile::checklistPdfKeepsTheCoverWithoutTheFigure()
{
    const QString out = m_dir.filePath(QStringLiteral("many.pdf"));
    const Result r = run({QStringLiteral("checklist"), m_hundredZones, QStringLiteral("--format"),
                          QStringLiteral("pdf"), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
}

void TestHostile::endlessDeviceIsRefused()
{
    const Result r = run({QStringLiteral("validate"), QStringLiteral("/dev/zero")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("/dev/zero: more than 16 MB; plan files are limited to 16 MB"),
             r.err.constData());
    QVERIFY2(r.ms < 10000, qPrintable(QString::number(r.ms)));
}

void TestHostile::oversizedPlanThroughAPipeIsRefused()
{
    const QByteArray plan = R"({"format":"portolan-plan","version":1,"title":")" +
                            QByteArray(50 * 1024 * 1024, 'a') + "\"}";
    const Result r = run({QStringLiteral("validate"), QStringLiteral("/dev/stdin")}, plan);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("limited to 16 MB"), r.err.constData());
}

void TestHostile::outputToStandardOutputDevice()
{
    const QString plan = m_dir.filePath(QStringLiteral("gateway.json"));
    QVERIFY(PlanFile::save(templatePlan(QStringLiteral("gateway")), plan, nullptr));
    const Result r =
        run({QStringLiteral("flows"), plan, QStringLiteral("-o"), QStringLiteral("/dev/stdout")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("4a "), r.out.constData());
}

void TestHostile::outputNamingTheInputIsRefused()
{
    const QString plan = m_dir.filePath(QStringLiteral("keep.json"));
    QVERIFY(PlanFile::save(templatePlan(QStringLiteral("gateway")), plan, nullptr));
    const QByteArray before = Templates::bytes(QStringLiteral("gateway"));
    const Result r = run({QStringLiteral("checklist"), plan, QStringLiteral("-o"), plan});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("this is the input plan"), r.err.constData());
    QFile f(plan);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
