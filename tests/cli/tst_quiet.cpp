#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// A verb that succeeds says nothing on standard error, whatever the environment: cron and CI
// jobs have no XDG_RUNTIME_DIR, no display and no QT_QPA_PLATFORM, and mail or fail on any
// output there.
class TestQuiet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verb_data();
    void verb();

private:
    struct Result
    {
        int code;
        QByteArray err;
    };
    Result run(const QStringList &args) const;

    QTemporaryDir m_dir;
    QString m_plan;
};

TestQuiet::Result TestQuiet::run(const QStringList &args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"XDG_RUNTIME_DIR", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(PORTOLAN_BINARY), args);
    if (!p.waitForFinished(60000))
        qFatal("portolan did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
}

void TestQuiet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plan = m_dir.filePath(QStringLiteral("plan.portolan.json"));
    const Result made = run({QStringLiteral("new"), QStringLiteral("--template"),
                             QStringLiteral("lan-only"), QStringLiteral("-o"), m_plan});
    QCOMPARE(made.err, QByteArray());
    QCOMPARE(made.code, 0);
}

void TestQuiet::verb_data()
{
    QTest::addColumn<QStringList>("args");
    const QString plan = QStringLiteral("plan.portolan.json");
    QTest::newRow("help") << QStringList{"--help"};
    QTest::newRow("templates") << QStringList{"templates"};
    QTest::newRow("validate") << QStringList{"validate", plan};
    QTest::newRow("flows") << QStringList{"flows", plan, "--format", "json"};
    QTest::newRow("checklist text") << QStringList{"checklist", plan};
    QTest::newRow("checklist xlsx")
        << QStringList{"checklist", plan, "--format", "xlsx", "-o", "c.xlsx"};
    QTest::newRow("checklist pdf")
        << QStringList{"checklist", plan, "--format", "pdf", "-o", "c.pdf"};
    QTest::newRow("firewall") << QStringList{"firewall", plan, "--target", "nftables"};
    QTest::newRow("diff") << QStringList{"diff", plan, plan};
    QTest::newRow("render svg") << QStringList{"render", plan, "-o", "d.svg"};
    QTest::newRow("render png") << QStringList{"render", plan, "-o", "d.png"};
    QTest::newRow("render pdf") << QStringList{"render", plan, "-o", "d.pdf"};
    QTest::newRow("example") << QStringList{"example", "-o", "example"};
}

void TestQuiet::verb()
{
    QFETCH(QStringList, args);
    const Result r = run(args);
    QCOMPARE(QString::fromUtf8(r.err), QString());
    QCOMPARE(r.code, 0);
}

QTEST_GUILESS_MAIN(TestQuiet)
#include "tst_quiet.moc"
