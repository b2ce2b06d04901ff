// `portolan render` and the diagram files of `portolan example`, run as the real binary with no
// display, the way scripts and CI use them.
#include "model/io/PlanFile.h"
#include "tests/support/EstatePlans.h"
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
    void highestDpiRendersALargeFigure();
    void exampleWritesDiagrams();
    void viewsOfAnEstate_data();
    void viewsOfAnEstate();
    void pagesPutEverySiteOnItsOwnPage();

private:
    QTemporaryDir m_dir;
    QString m_plan;
    QString m_estate;
};

void TestCliRender::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plan = m_dir.filePath(QStringLiteral("gateway.json"));
    QCOMPARE(runHeadless({QStringLiteral("new"), QStringLiteral("--template"),
                          QStringLiteral("gateway"), QStringLiteral("-o"), m_plan})
                 .exitCode,
             0);
    m_estate = m_dir.filePath(QStringLiteral("estate.json"));
    QFile estate(m_estate);
    QVERIFY(estate.open(QIODevice::WriteOnly));
    estate.write(PlanFile::serialize(estatePlan(2, 3, 12)));
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
    QTest::newRow("drawio") << QStringLiteral("f.drawio") << QStringList() << QByteArray("<?xml");
    QTest::newRow("drawio by --format, overview in Russian")
        << QStringLiteral("g.xml")
        << QStringList{QStringLiteral("--format"), QStringLiteral("drawio"),
                       QStringLiteral("--view"),   QStringLiteral("overview"),
                       QStringLiteral("--lang"),   QStringLiteral("ru")}
        << QByteArray("<?xml");
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
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith(start));
    if (file.endsWith(QStringLiteral(".drawio")) || options.contains(QStringLiteral("drawio")))
        QVERIFY(bytes.contains("<mxfile") && bytes.contains("<mxGraphModel"));
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
    QTest::newRow("bad format") << QStringList{plan, QStringLiteral("-o"), QStringLiteral("x.svg"),
                                               QStringLiteral("--format"), QStringLiteral("vsdx")}
                                << QStringLiteral("--format");
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
    QTest::newRow("bad view") << QStringList{plan, QStringLiteral("-o"), QStringLiteral("x.svg"),
                                             QStringLiteral("--view"), QStringLiteral("all")}
                              << QStringLiteral("--view");
    QTest::newRow("unknown site") << QStringList{plan, QStringLiteral("-o"),
                                                 QStringLiteral("x.svg"), QStringLiteral("--site"),
                                                 QStringLiteral("branch-99")}
                                  << QStringLiteral("branch-99");
    QTest::newRow("pages not pdf")
        << QStringList{plan, QStringLiteral("-o"), QStringLiteral("x.svg"),
                       QStringLiteral("--pages")}
        << QStringLiteral("--pages");
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

void TestCliRender::highestDpiRendersALargeFigure()
{
    // An estate's detailed figure is several A3 pages wide: at 1200 dpi it would be over the 280
    // million pixel budget (A3 at 1200 dpi). The refusal names the highest dpi the figure allows,
    // and that dpi renders, silently. (The reference figure fits A3's area and renders at 1200
    // dpi: tests/diagrams/tst_figurelook.cpp.)
    const QStringList figure{m_estate, QStringLiteral("--view"), QStringLiteral("detail")};
    const QString svg = m_dir.filePath(QStringLiteral("size.svg"));
    PortolanRun result =
        runHeadless(QStringList{QStringLiteral("render")} + figure + QStringList{"-o", svg});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QRegularExpression viewBox(QStringLiteral("viewBox=\"0.00 0.00 ([0-9.]+) ([0-9.]+)\""));
    const QRegularExpressionMatch box = viewBox.match(QString::fromUtf8(readAll(svg)));
    QVERIFY(box.hasMatch());
    const QSizeF points(box.captured(1).toDouble(), box.captured(2).toDouble());
    QVERIFY(points.width() * points.height() * 400 > 280e6); // over the budget at 1200 dpi

    const QString large = m_dir.filePath(QStringLiteral("large.png"));
    result = runHeadless(QStringList{QStringLiteral("render")} + figure +
                         QStringList{"-o", large, "--dpi", "1200"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!QFile::exists(large));
    const QRegularExpression allowed(QStringLiteral("at most ([0-9]+) dpi"));
    const QRegularExpressionMatch most = allowed.match(QString::fromUtf8(result.err));
    QVERIFY2(most.hasMatch(), result.err.constData());
    const int dpi = most.captured(1).toInt();
    const double pixels = points.width() * points.height() * (dpi / 72.0) * (dpi / 72.0);
    // The budget: A3 at 1200 dpi as ARGB32, drawn at three bytes a pixel (371 million pixels).
    QVERIFY2(dpi >= 24 && dpi < 1200 && pixels <= 371.25e6 && pixels > 355e6,
             qPrintable(QString::number(dpi)));

    result = runHeadless(QStringList{QStringLiteral("render")} + figure +
                         QStringList{"-o", large, "--dpi", QString::number(dpi)});
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

void TestCliRender::viewsOfAnEstate_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("notice");    // on standard error; empty: silent
    QTest::addColumn<QStringList>("shown"); // texts of the SVG
    QTest::addColumn<QStringList>("hidden");
    const QString overview = QStringLiteral("overview");
    QTest::newRow("auto: the overview, said once")
        << QStringList() << overview
        << QStringList{QStringLiteral("region1-ksc"), QStringLiteral("Administration Server site")}
        << QStringList{QStringLiteral("branch1 floor 1")};
    QTest::newRow("overview asked: silent")
        << QStringList{QStringLiteral("--view"), overview} << QString()
        << QStringList{QStringLiteral("region2-ksc")} << QStringList{QStringLiteral("branch1-dp")};
    QTest::newRow("detail asked: merged, silent")
        << QStringList{QStringLiteral("--view"), QStringLiteral("detail")} << QString()
        << QStringList{QStringLiteral("branch1 floor 1"), QStringLiteral("12 entries · × 300")}
        << QStringList{QStringLiteral("branch1 floor 2")};
    // Every entry of this estate as its own node is more than one layout may be handed (with the
    // KSN proxy's flow, six arrows a group): merged, and said so. (tst_figure draws --no-merge
    // entry by entry on a plan within the budget.)
    QTest::newRow("detail, no merge: over the graph budget, merged")
        << QStringList{QStringLiteral("--view"), QStringLiteral("detail"),
                       QStringLiteral("--no-merge")}
        << QStringLiteral("entries with the same flows are drawn as one node")
        << QStringList{QStringLiteral("12 entries · × 300")}
        << QStringList{QStringLiteral("branch1 floor 2")};
    QTest::newRow("a branch")
        << QStringList{QStringLiteral("--site"), QStringLiteral("branch2-ksc")} << QString()
        << QStringList{QStringLiteral("branch2-dp"), QStringLiteral("region1-ksc")}
        << QStringList{QStringLiteral("branch1-dp"), QStringLiteral("region2-ksc")};
    QTest::newRow("a branch in Russian")
        << QStringList{QStringLiteral("--site"), QStringLiteral("branch2-ksc"),
                       QStringLiteral("--lang"), QStringLiteral("ru")}
        << QString() << QStringList{QStringLiteral("12 записей · × 300")}
        << QStringList{QStringLiteral("entries")};
    QTest::newRow("auto in Russian")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("ru")} << QStringLiteral("обзор")
        << QStringList{QStringLiteral("Площадка Сервера администрирования")}
        << QStringList{QStringLiteral("Administration")};
}

void TestCliRender::viewsOfAnEstate()
{
    QFETCH(QStringList, options);
    QFETCH(QString, notice);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    const QString path = m_dir.filePath(QStringLiteral("estate.svg"));
    const PortolanRun result = runHeadless(
        QStringList{QStringLiteral("render"), m_estate, QStringLiteral("-o"), path} + options);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString err = QString::fromUtf8(result.err).trimmed();
    if (notice.isEmpty()) {
        QVERIFY2(err.isEmpty(), qPrintable(err));
    } else {
        QVERIFY2(err.contains(notice), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 0);
    }
    // Graphviz writes "-" as "&#45;" in text.
    const QString svg =
        QString::fromUtf8(readAll(path)).replace(QStringLiteral("&#45;"), QStringLiteral("-"));
    for (const QString &text : shown)
        QVERIFY2(svg.contains(text), qPrintable(text));
    for (const QString &text : hidden)
        QVERIFY2(!svg.contains(text), qPrintable(text));
}

void TestCliRender::pagesPutEverySiteOnItsOwnPage()
{
    const QString path = m_dir.filePath(QStringLiteral("estate.pdf"));
    const PortolanRun result = runHeadless({QStringLiteral("render"), m_estate,
                                            QStringLiteral("-o"), path, QStringLiteral("--pages")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    // The overview, then the primary, two regions and six branches.
    QCOMPARE(pdf.count("/Type /Page") - pdf.count("/Type /Pages"), qsizetype(10));
}

QTEST_MAIN(TestCliRender)
#include "tst_render.moc"
