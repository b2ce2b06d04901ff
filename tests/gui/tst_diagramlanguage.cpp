#include "app/Translations.h"
#include "app/dialogs/PortSettingsDialog.h"
#include "app/panels/DiagramView.h"
#include "app/panels/FindingsDock.h"
#include "diagrams/DiagramService.h"
#include "tests/support/GuiTestSupport.h"

#include <QFile>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>

// The Diagram tab follows the plan from the worker thread, exports in any format and language;
// the whole window switches language live.
class TestGuiDiagramLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void diagramFollowsEdits();
    void newestRequestWins();
    void exportsDiagramInTheOutputLanguage();
    void switchesLanguageLive();
    void printsTheCurrentPlanInTheOutputLanguage();
    void closingFinishesQueuedExports();
    void hiddenTabFitsWhenShown();
};

namespace {
bool waitForFigure(DiagramView *view, const QByteArray &containing)
{
    return QTest::qWaitFor([&] { return view->svg().contains(containing); }, 20000);
}
} // namespace

void TestGuiDiagramLanguage::diagramFollowsEdits()
{
    GuiFixture f;
    MainWindow *w = f.open();
    DiagramView *view = w->diagram();
    QVERIFY(waitForFigure(view, ">4a<"));
    QVERIFY(view->svg().contains("KSC&#45;01")); // Graphviz writes '-' as a character reference
    // Rename the server: the figure shows the new name shortly after, with no call from the test.
    Device ksc = *f.document()->plan().device(QStringLiteral("ksc"));
    ksc.name = QStringLiteral("RENAMEDSERVER");
    PlanEdit edit;
    edit.changeDevice(f.document()->plan(), ksc);
    f.document()->edit(edit, QStringLiteral("rename"));
    QVERIFY(waitForFigure(view, "RENAMEDSERVER"));
    QVERIFY(!view->svg().contains("KSC&#45;01"));
}

void TestGuiDiagramLanguage::newestRequestWins()
{
    DiagramService service;
    QSignalSpy rendered(&service, &DiagramService::rendered);
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    // A burst of requests: the worker draws at most the first and the last, never a stale one
    // after the newest.
    for (int i = 0; i < 20; ++i) {
        plan.title = QStringLiteral("Burst %1").arg(i);
        plan.device(QStringLiteral("ksc"))->name = QStringLiteral("SERVER%1X").arg(i);
        service.request(Analysis(plan), DiagramOptions());
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !rendered.isEmpty() &&
                   rendered.last().first().toByteArray().contains("SERVER19X");
        },
        20000));
    service.waitForIdle();
    QCoreApplication::processEvents();
    QVERIFY2(rendered.size() <= 2, qPrintable(QString::number(rendered.size())));
    QVERIFY(rendered.last().first().toByteArray().contains("SERVER19X"));
}

void TestGuiDiagramLanguage::exportsDiagramInTheOutputLanguage()
{
    GuiFixture f;
    MainWindow *w = f.open();
    f.settings->setOutputLanguage(QStringLiteral("ru")); // an English window, a Russian export
    QSignalSpy exported(w->outputs(), &OutputController::diagramExported);
    for (const char *name : {"out.svg", "out.png", "out.pdf", "out.dot"})
        w->outputs()->exportDiagram(f.dir.filePath(QLatin1String(name)));
    QVERIFY(QTest::qWaitFor([&] { return exported.size() == 4; }, 60000));
    QFile svg(f.dir.filePath(QStringLiteral("out.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    QVERIFY2(text.contains(QStringLiteral("Сервер администрирования")), qPrintable(text.left(300)));
    QFile png(f.dir.filePath(QStringLiteral("out.png")));
    QVERIFY(png.open(QIODevice::ReadOnly));
    QVERIFY(png.read(8).startsWith("\x89PNG"));
    QFile pdf(f.dir.filePath(QStringLiteral("out.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    // The checklist export follows the same choice.
    const QString csv = f.dir.filePath(QStringLiteral("rules.csv"));
    QVERIFY(w->outputs()->exportChecklist(QStringLiteral("csv"), csv));
    QFile rules(csv);
    QVERIFY(rules.open(QIODevice::ReadOnly));
    // Zones keep their own names; the words around them are Russian.
    QVERIFY(QString::fromUtf8(rules.readAll())
                .contains(QStringLiteral("Внутри зоны «Head office LAN»")));
}

void TestGuiDiagramLanguage::switchesLanguageLive()
{
    GuiFixture f;
    MainWindow *w = f.open();
    Translations translations;
    translations.apply(QStringLiteral("en"));
    w->setTranslations(&translations);
    PortSettingsDialog dialog(f.document()->plan().settings, w);
    dialog.show();
    QCOMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(w->findings()->windowTitle(), QStringLiteral("Findings"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Port settings"));

    w->setLanguage(QStringLiteral("ru"));
    QCoreApplication::processEvents(); // LanguageChange arrives through the event loop
    QCOMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("&Файл"));
    QCOMPARE(w->findings()->windowTitle(), QStringLiteral("Замечания"));
    QCOMPARE(w->tabs()->tabText(2), QStringLiteral("Схема"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Настройки портов"));
    QCOMPARE(QLocale().toString(5000), QStringLiteral("5\u00a0000")); // numbers follow too
    // Findings are made again in Russian.
    QVERIFY(f.document()->findings().first().message.contains(QStringLiteral("интернет")));

    w->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Port settings"));
}

void TestGuiDiagramLanguage::printsTheCurrentPlanInTheOutputLanguage()
{
    GuiFixture f;
    MainWindow *w = f.open();
    f.settings->setOutputLanguage(QStringLiteral("ru"));
    Device ksc = *f.document()->plan().device(QStringLiteral("ksc"));
    ksc.name = QStringLiteral("JUSTRENAMED");
    PlanEdit edit;
    edit.changeDevice(f.document()->plan(), ksc);
    f.document()->edit(edit, QStringLiteral("rename"));
    // At once, without waiting for the on-screen figure: the print has the edit, in Russian.
    const QString svg = QString::fromUtf8(w->outputs()->diagramForOutput(nullptr));
    QVERIFY(svg.contains(QStringLiteral("JUSTRENAMED")));
    QVERIFY(svg.contains(QStringLiteral("Сервер администрирования")));
    QVERIFY(!w->diagram()->svg().contains("JUSTRENAMED")); // the screen has not caught up yet
}

void TestGuiDiagramLanguage::closingFinishesQueuedExports()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("late.svg"));
    bool called = false;
    {
        DiagramService service;
        const Plan plan = *Templates::load(QStringLiteral("gateway"));
        service.request(Analysis(plan), DiagramOptions());
        service.exportTo(Analysis(plan), DiagramOptions(), DiagramFormat::Svg, path,
                         [&called](const QString &) { called = true; });
    } // destroyed at once: the export queued before still gets written
    QVERIFY(QFile::exists(path));
    QVERIFY(!called); // its answer had nobody to go to
}

void TestGuiDiagramLanguage::hiddenTabFitsWhenShown()
{
    GuiFixture f;
    MainWindow *w = f.open();
    DiagramView *view = w->diagram();
    QVERIFY(waitForFigure(view, ">4a<")); // drawn while its tab is hidden
    w->tabs()->setCurrentWidget(view);
    QSvgRenderer figure(view->svg());
    QVERIFY(QTest::qWaitFor(
        [&] { return view->zoom() * figure.defaultSize().width() > 0.5 * view->width(); }, 5000));
}

QTEST_MAIN(TestGuiDiagramLanguage)
#include "tst_diagramlanguage.moc"
