// The Diagram tab's view row used as a person would: the keyboard on the view and site lists, the
// mouse on the merge box; the figure changes on the worker and the notice says when the figure
// is not the one picked, in the window's language.
#include "app/Translations.h"
#include "app/panels/DiagramView.h"
#include "tests/support/EstatePlans.h"
#include "tests/support/GuiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>

#include <functional>

class TestGuiDiagramViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void overviewAndSiteOfTheReference();
    void estateNoticeFollowsTheViewAndLanguage();
    void viewComesBackFromTheSettings();

private:
    // Opens the plan's file in the window and shows the Diagram tab by clicking it.
    DiagramView *openOnDiagramTab(GuiFixture &f, const Plan &plan)
    {
        const QString path = f.dir.filePath(QStringLiteral("plan.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(PlanFile::serialize(plan)) < 0)
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        MainWindow *w = f.open(path);
        QTabBar *bar = w->tabs()->tabBar();
        const int tab = w->tabs()->indexOf(w->diagram());
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
        return w->diagram();
    }
};

namespace {

QComboBox *viewList(DiagramView *view)
{
    return view->findChild<QComboBox *>(QStringLiteral("diagramView"));
}

QComboBox *siteList(DiagramView *view)
{
    return view->findChild<QComboBox *>(QStringLiteral("diagramSite"));
}

// Keys on a closed list step through its items, as they do for a person tabbing to it.
void press(QWidget *widget, Qt::Key key, int times = 1)
{
    widget->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < times; ++i)
        QTest::keyClick(widget, key);
}

bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 60000);
}

} // namespace

void TestGuiDiagramViews::overviewAndSiteOfTheReference()
{
    GuiFixture f;
    DiagramView *view = openOnDiagramTab(f, *Templates::load(QStringLiteral("gateway")));
    QVERIFY(waitFor([&] { return view->svg().contains("class=\"node entry\""); }));
    QVERIFY(!view->svg().contains("class=\"node site\""));
    QVERIFY(view->notice().isEmpty());
    QComboBox *views = viewList(view);
    QComboBox *sites = siteList(view);
    QVERIFY(views && sites);
    QVERIFY(!sites->isEnabled());
    QCOMPARE(sites->count(), 1); // the reference plan's one Administration Server
    QCOMPARE(sites->currentText(), f.document()->plan().device(QStringLiteral("ksc"))->name);

    press(views, Qt::Key_Down); // Automatic -> Overview
    QCOMPARE(views->currentText(), QStringLiteral("Overview"));
    QVERIFY(waitFor([&] { return view->svg().contains("class=\"node site\""); }));
    QVERIFY(view->notice().isEmpty()); // asked for: nothing to explain

    press(views, Qt::Key_Down, 2); // -> Detail -> Site
    QCOMPARE(views->currentText(), QStringLiteral("Site"));
    QVERIFY(sites->isEnabled());
    QVERIFY(waitFor([&] {
        return view->svg().contains("class=\"node entry\"") &&
               !view->svg().contains("class=\"node site\"");
    }));
    // The view survives an edit; the settings keep it for exports and the next start.
    Device ksc = *f.document()->plan().device(QStringLiteral("ksc"));
    ksc.name = QStringLiteral("RENAMEDSERVER");
    PlanEdit edit;
    edit.changeDevice(f.document()->plan(), ksc);
    f.document()->edit(edit, QStringLiteral("rename"));
    QVERIFY(waitFor([&] { return view->svg().contains("RENAMEDSERVER"); }));
    QCOMPARE(views->currentText(), QStringLiteral("Site"));
    QCOMPARE(sites->currentText(), QStringLiteral("RENAMEDSERVER"));
    QCOMPARE(f.settings->diagramOptions().view, DiagramOptions::View::Site);
    QCOMPARE(f.settings->diagramOptions().site, QStringLiteral("ksc"));
}

void TestGuiDiagramViews::estateNoticeFollowsTheViewAndLanguage()
{
    GuiFixture f;
    const Plan estate = estatePlan(5, 10, 17); // 1,030 entries, 56 Administration Servers
    QVERIFY(estate.devices.size() >= 1000);
    DiagramView *view = openOnDiagramTab(f, estate);
    MainWindow *w = f.window.get();
    Translations translations;
    translations.apply(QStringLiteral("en"));
    w->setTranslations(&translations);

    // Automatic draws the overview and says why, above the figure.
    QVERIFY(waitFor([&] { return !view->notice().isEmpty(); }));
    QVERIFY2(view->notice().contains(QStringLiteral("overview")), qPrintable(view->notice()));
    QVERIFY(view->svg().contains("class=\"node site\""));
    QLabel *bar = view->findChild<QLabel *>(QStringLiteral("diagramNotice"));
    QVERIFY(bar && bar->isVisible());

    // Site: a branch in detail, its floors merged; the merge box unticked by a click shows each.
    QComboBox *views = viewList(view);
    QComboBox *sites = siteList(view);
    QCOMPARE(sites->count(), 56);
    press(views, Qt::Key_End); // the last view: Site
    QCOMPARE(views->currentText(), QStringLiteral("Site"));
    press(sites, Qt::Key_Down, 2); // primary -> region1 -> branch1
    QCOMPARE(sites->currentData().toString(), QStringLiteral("branch1-ksc"));
    QVERIFY(waitFor([&] { return view->svg().contains("branch1 floor 1"); }));
    QVERIFY(view->notice().isEmpty());
    QVERIFY(!bar->isVisible());
    QVERIFY(!view->svg().contains("branch1 floor 2")); // merged with floor 1
    QCheckBox *merge = view->findChild<QCheckBox *>(QStringLiteral("diagramMerge"));
    QVERIFY(merge && merge->isChecked());
    QTest::mouseClick(merge, Qt::LeftButton, {}, QPoint(8, merge->height() / 2));
    QVERIFY(!merge->isChecked());
    QVERIFY(waitFor([&] { return view->svg().contains("branch1 floor 2"); }));

    // Back to Automatic, in Russian: the list and the notice speak Russian.
    press(views, Qt::Key_Home);
    w->setLanguage(QStringLiteral("ru"));
    QCoreApplication::processEvents();
    QCOMPARE(views->currentText(), QStringLiteral("Автоматически"));
    QCOMPARE(views->itemText(1), QStringLiteral("Обзор"));
    QVERIFY(waitFor([&] { return view->notice().contains(QStringLiteral("обзор")); }));
    QVERIFY(bar->isVisible());
    w->setLanguage(QStringLiteral("en"));
}

void TestGuiDiagramViews::viewComesBackFromTheSettings()
{
    GuiFixture f;
    DiagramOptions saved;
    saved.view = DiagramOptions::View::Overview;
    saved.legend = true; // restoring it toggles a check box, which saves every option
    saved.merge = false;
    f.settings->setDiagramOptions(saved);
    DiagramView *view = openOnDiagramTab(f, *Templates::load(QStringLiteral("gateway")));
    QCOMPARE(viewList(view)->currentText(), QStringLiteral("Overview"));
    QVERIFY(!view->findChild<QCheckBox *>(QStringLiteral("diagramMerge"))->isChecked());
    QCOMPARE(f.settings->diagramOptions().view, DiagramOptions::View::Overview);
    QVERIFY(!f.settings->diagramOptions().merge);
    QVERIFY(waitFor([&] { return view->svg().contains("class=\"node site\""); }));
}

QTEST_MAIN(TestGuiDiagramViews)
#include "tst_diagramviews.moc"
