// `portolan render` and the diagram files of `portolan example`, run as the real binary with no
// display, the way scripts and CI use them.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray standardError;
};

// No DISPLAY and no QT_QPA_PLATFORM: the binary must pick the offscreen platform itself.
Result runPortolan(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PORTOLAN_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void renders_data();
    void renders();
    void rejects_data();
    void rejects();
    void exampleWritesDiagrams();

private:
    QTemporaryDir m_dir;
    QString m_plan;
};

void TestCliRender::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plan = m_dir.filePath(QStringLiteral("gateway.json"));
    QCOMPARE(runPortolan({QStringLiteral("new"), QStringLiteral("--template"),
                          QStringLiteral("gateway"), QStringLiteral("-o"), m_plan})
                 .exitCode,
             0);
}

void TestCliRender::renders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("svg") << QStringLiteral("a.svg") << QStringList() << QByteArray("<?xml");
    QTest::newRow("svg, all options")
        << QStringLiteral("b.svg")
        << QStringList{QStringLiteral("--bundle"), QStringLiteral("--legend"),
                       QStringLiteral("--no-clouds"), QStringLiteral("--lang"),
                       QStringLiteral("ru")}
        << QByteArray("<?xml");
    QTest::newRow("png") << QStringLiteral("c.png") << QStringList{QStringLiteral("--dpi=48")}
                         << QByteArray("\x89PNG");
    QTest::newRow("pdf") << QStringLiteral("d.PDF") << QStringList() << QByteArray("%PDF");
    QTest::newRow("dot") << QStringLiteral("e.dot") << QStringList() << QByteArray("digraph");
}

void TestCliRender::renders()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QByteArray, start);
    const QString path = m_dir.filePath(file);
    const Result result = runPortolan(
        QStringList{QStringLiteral("render"), m_plan, QStringLiteral("-o"), path} + options);
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QVERIFY(readAll(path).startsWith(start));
}

void TestCliRender::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString plan = QStringLiteral("PLAN");
    QTest::newRow("bad extension")
        << QStringList{plan, QStringLiteral("-o"), QStringLiteral("x.jpg")}
        << QStringLiteral("svg, png, pdf, dot");
    QTest::newRow("no output") << QStringList{plan} << QStringLiteral("-o FILE");
    QTest::newRow("dpi too low") << QStringList{plan, QStringLiteral("-o"), QStringLiteral("x.png"),
                                                QStringLiteral("--dpi"), QStringLiteral("5")}
                                 << QStringLiteral("--dpi");
    QTest::newRow("dpi not a number")
        << QStringList{plan, QStringLiteral("-o"), QStringLiteral("x.svg"), QStringLiteral("--dpi"),
                       QStringLiteral("many")}
        << QStringLiteral("--dpi");
    QTest::newRow("missing plan") << QStringList{QStringLiteral("/nonexistent/plan.json"),
                                                 QStringLiteral("-o"), QStringLiteral("x.svg")}
                                  << QStringLiteral("plan.json");
    QTest::newRow("bad language") << QStringList{plan, QStringLiteral("-o"),
                                                 QStringLiteral("x.svg"), QStringLiteral("--lang"),
                                                 QStringLiteral("xx")}
                                  << QStringLiteral("--lang");
}

void TestCliRender::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("PLAN"), m_plan);
    for (QString &argument : arguments) {
        if (argument.startsWith(QStringLiteral("x.")))
            argument = m_dir.filePath(argument);
    }
    const Result result = runPortolan(QStringList{QStringLiteral("render")} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.standardError).contains(message),
             result.standardError.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.svg"))));
}

void TestCliRender::exampleWritesDiagrams()
{
    const QString folder = m_dir.filePath(QStringLiteral("example"));
    const Result result = runPortolan({QStringLiteral("example"), QStringLiteral("-o"), folder});
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QVERIFY(readAll(folder + QStringLiteral("/diagram.svg")).contains("<svg"));
    const QImage png(folder + QStringLiteral("/diagram.png"));
    QVERIFY(png.width() > 1000 && png.height() > 300);
}

QTEST_MAIN(TestCliRender)
#include "tst_render.moc"
