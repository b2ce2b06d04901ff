// `portolan render` and the diagram files of `portolan example`, run as the real binary with no
// display, the way scripts and CI use them.
#include "tests/support/RunPortolan.h"

#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// No DISPLAY and no QT_QPA_PLATFORM: the binary must pick the offscreen platform itself.
PortolanRun runHeadless(const QStringList &arguments)
{
    return runPortolan(arguments, {}, PortolanDisplay::None);
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
    void highestDpiRendersTheReferencePlan();
    void exampleWritesDiagrams();

private:
    QTemporaryDir m_dir;
    QString m_plan;
};

void TestCliRender::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plan = m_dir.filePath(QStringLiteral("gateway.json"));
    QCOMPARE(runHeadless({QStringLiteral("new"), QStringLiteral("--template"),
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
    const PortolanRun result = runHeadless(
        QStringList{QStringLiteral("render"), m_plan, QStringLiteral("-o"), path} + options);
    QVERIFY2(result.exitCode == 0, result.err.constData());
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
    const PortolanRun result = runHeadless(QStringList{QStringLiteral("render")} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.svg"))));
}

void TestCliRender::highestDpiRendersTheReferencePlan()
{
    // The reference figure is about 35 × 9 inches: at 1200 dpi it would be over 450 million
    // pixels, more than the 280 million budget (A3 at 1200 dpi). The refusal names the highest
    // dpi the figure allows, and that dpi renders, silently.
    const QString svg = m_dir.filePath(QStringLiteral("size.svg"));
    PortolanRun result = runHeadless({QStringLiteral("render"), m_plan, QStringLiteral("-o"), svg});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QRegularExpression viewBox(QStringLiteral("viewBox=\"0.00 0.00 ([0-9.]+) ([0-9.]+)\""));
    const QRegularExpressionMatch box = viewBox.match(QString::fromUtf8(readAll(svg)));
    QVERIFY(box.hasMatch());
    const QSizeF points(box.captured(1).toDouble(), box.captured(2).toDouble());

    const QString large = m_dir.filePath(QStringLiteral("large.png"));
    result = runHeadless({QStringLiteral("render"), m_plan, QStringLiteral("-o"), large,
                          QStringLiteral("--dpi"), QStringLiteral("1200")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!QFile::exists(large));
    const QRegularExpression allowed(QStringLiteral("at most ([0-9]+) dpi"));
    const QRegularExpressionMatch most = allowed.match(QString::fromUtf8(result.err));
    QVERIFY2(most.hasMatch(), result.err.constData());
    const int dpi = most.captured(1).toInt();
    const double pixels = points.width() * points.height() * (dpi / 72.0) * (dpi / 72.0);
    QVERIFY2(dpi >= 24 && dpi < 1200 && pixels <= 280e6 && pixels > 270e6,
             qPrintable(QString::number(dpi)));

    result = runHeadless({QStringLiteral("render"), m_plan, QStringLiteral("-o"), large,
                          QStringLiteral("--dpi"), QString::number(dpi)});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QSize size = QImageReader(large).size();
    QVERIFY2(qAbs(size.width() - points.width() * dpi / 72) <= 1 &&
                 qAbs(size.height() - points.height() * dpi / 72) <= 1,
             qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
    QFile::remove(large); // over a hundred megabytes: not kept for the other tests
}

void TestCliRender::exampleWritesDiagrams()
{
    const QString folder = m_dir.filePath(QStringLiteral("example"));
    const PortolanRun result =
        runHeadless({QStringLiteral("example"), QStringLiteral("-o"), folder});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(readAll(folder + QStringLiteral("/diagram.svg")).contains("<svg"));
    const QImage png(folder + QStringLiteral("/diagram.png"));
    QVERIFY(png.width() > 1000 && png.height() > 300);
}

QTEST_MAIN(TestCliRender)
#include "tst_render.moc"
