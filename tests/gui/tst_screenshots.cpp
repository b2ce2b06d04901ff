#include "app/EditActions.h"
#include "app/LanguageMenu.h"
#include "app/Translations.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasView.h"
#include "app/canvas/DeviceItem.h"
#include "app/canvas/ZoneItem.h"
#include "app/panels/ChecklistTab.h"
#include "app/panels/DiagramView.h"
#include "app/panels/FindingsDock.h"
#include "app/panels/PaletteList.h"
#include "app/panels/PaletteWidget.h"
#include "app/panels/PropertiesDock.h"
#include "tests/support/GuiTestSupport.h"
#include "tests/support/UserInput.h"

#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

// The window as a person sees it, in both languages: the screenshots a reviewer looks at (the
// reference plan, the menus after a print preview, a fix, a language switch, the context menus, a
// keyboard-only run). They are taken of the whole screen, so open menus show: run under an X
// server with PORTOLAN_SCREENSHOT_DIR naming the folder for the PNGs, on a screen larger than the
// 1600 x 1000 window (xvfb's default 1280 x 1024 cuts off the Properties dock and the status bar):
//     xvfb-run -a -s "-screen 0 1700x1100x24" ./tests/tst_screenshots -platform xcb
// Without it the test is skipped: the offscreen platform has no screen to grab.
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void person_data();
    void person();

private:
    // Saves the screen as "<language>-<name>.png", after letting the window paint.
    void shoot(const QString &name);
    void chooseLanguage(const QString &nativeName);
    void rightClickOn(QWidget *viewport, const QPoint &pos, const QString &name);

    QString m_folder;
    QString m_language;
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<Translations> m_translations;
    MainWindow *m_window = nullptr;
};

void TestScreenshots::initTestCase()
{
    m_folder = qEnvironmentVariable("PORTOLAN_SCREENSHOT_DIR");
    if (m_folder.isEmpty())
        QSKIP("PORTOLAN_SCREENSHOT_DIR is not set (run under xvfb-run with QT_QPA_PLATFORM=xcb)");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QVERIFY(QDir().mkpath(m_folder));
}

void TestScreenshots::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    m_fixture->answer = QMessageBox::Discard; // new plans need not save the edited one
    m_translations = std::make_unique<Translations>();
}

void TestScreenshots::cleanup()
{
    m_fixture.reset();
    if (m_translations)
        m_translations->apply(QStringLiteral("en"));
    m_translations.reset();
}

void TestScreenshots::shoot(const QString &name)
{
    QTest::qWait(300);
    QApplication::processEvents();
    const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
    const QString path = QDir(m_folder).filePath(m_language + QLatin1Char('-') + name + ".png");
    QVERIFY2(screen.save(path), qPrintable(path));
}

void TestScreenshots::chooseLanguage(const QString &nativeName)
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    for (QAction *menu : menus) {
        if (menu == menus.first())
            continue; // File ▸ Output Language
        for (QAction *item : menu->menu()->actions()) {
            auto *languages = qobject_cast<LanguageMenu *>(item->menu());
            for (QAction *choice : languages ? languages->actions() : QList<QAction *>()) {
                if (choice->text() == nativeName) {
                    choice->trigger();
                    QApplication::processEvents();
                    return;
                }
            }
        }
    }
    QFAIL("no View ▸ Language menu");
}

void TestScreenshots::rightClickOn(QWidget *viewport, const QPoint &pos, const QString &name)
{
    rightClick(viewport, pos);
    QMenu *menu = openPopupMenu();
    QVERIFY2(menu, qPrintable(name));
    shoot(name);
    menu->close();
    QApplication::processEvents();
}

void TestScreenshots::person_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("other"); // the language switched to, in its own name
    QTest::newRow("en") << "en"
                        << "Русский";
    QTest::newRow("ru") << "ru"
                        << "English";
}

void TestScreenshots::person()
{
    QFETCH(QString, language);
    QFETCH(QString, other);
    m_language = language;
    m_translations->apply(language);
    m_window = m_fixture->open(); // the reference plan
    m_window->setTranslations(m_translations.get());
    m_window->setLanguage(language);
    m_window->files()->newPlan(QStringLiteral("gateway")); // named in the window's language
    m_window->resize(1600, 1000);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    shoot(QStringLiteral("01-reference"));
    // The Properties dock at the default width, one device of every role, a zone and the plan.
    QSet<Catalog::Role> roles;
    for (const Device &d : m_window->document()->plan().devices) {
        if (roles.contains(d.role))
            continue;
        roles.insert(d.role);
        m_window->selectIds({d.id});
        QApplication::processEvents();
        const QString name = QStringLiteral("properties-") +
                             QLatin1String(Catalog::roleInfo(d.role).id) + QStringLiteral(".png");
        QVERIFY(m_window->properties()->grab().save(
            QDir(m_folder).filePath(m_language + QLatin1Char('-') + name)));
    }
    m_window->selectIds({QStringLiteral("dmz")});
    QApplication::processEvents();
    QVERIFY(m_window->properties()->grab().save(
        QDir(m_folder).filePath(m_language + QStringLiteral("-properties-zone.png"))));
    m_window->selectIds({});

    // Ctrl+P, a look at the preview, Esc, then the File menu: its letters must stay letters.
    QTimer::singleShot(0, this, [this] {
        QPrintPreviewDialog *preview = nullptr;
        for (int i = 0; i < 200 && !preview; ++i) {
            preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                QTest::qWait(50);
        }
        if (!preview)
            return;
        QTest::qWait(1500);
        shoot(QStringLiteral("02-print-preview"));
        QTest::keyClick(preview, Qt::Key_Escape);
    });
    QTest::keyClick(m_window, Qt::Key_P, Qt::ControlModifier);
    QApplication::processEvents();
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    m_window->menuBar()->setActiveAction(m_window->menuBar()->actions().first());
    QTRY_VERIFY(file->isVisible());
    shoot(QStringLiteral("03-file-menu-after-print"));
    file->close();
    QMenu *edit = m_window->menuBar()->actions().at(1)->menu();
    m_window->menuBar()->setActiveAction(m_window->menuBar()->actions().at(1));
    QTRY_VERIFY(edit->isVisible());
    shoot(QStringLiteral("04-edit-menu-after-print"));
    edit->close();
    m_window->tabs()->setCurrentWidget(m_window->checklist());
    shoot(QStringLiteral("05-checklist-after-print"));

    // A fix from the Findings dock: without the gateway the Internet devices reach nothing.
    m_window->tabs()->setCurrentWidget(m_window->view());
    m_window->selectIds({QStringLiteral("gateway"), QStringLiteral("mdm")});
    m_window->edits()->deleteSelection();
    FindingsDock *findings = m_window->findings();
    QVERIFY(findings->selectCode(QStringLiteral("no-path-to-server")));
    shoot(QStringLiteral("06-finding-selected"));
    QTreeWidget *tree = findings->tree();
    rightClickOn(tree->viewport(), tree->visualItemRect(tree->currentItem()).center(),
                 QStringLiteral("07-finding-menu"));
    QTest::mouseClick(findings->fixButton(), Qt::LeftButton);
    shoot(QStringLiteral("08-after-fix"));

    // The context menus of the canvas, a zone, a device and a checklist row.
    CanvasView *view = m_window->view();
    view->zoomActualSize();
    m_window->selectIds({});
    const ZoneItem *zone = m_window->canvas()->zoneItem(QStringLiteral("dmz"));
    QVERIFY(zone);
    const QPointF zoneCorner = zone->sceneBoundingRect().topLeft() + QPointF(12, 40);
    view->centerOn(zoneCorner);
    rightClickOn(view->viewport(), view->mapFromScene(zoneCorner), QStringLiteral("09-zone-menu"));
    const DeviceItem *device = m_window->canvas()->deviceItem(QStringLiteral("ksc"));
    QVERIFY(device);
    view->centerOn(device);
    rightClickOn(view->viewport(), view->mapFromScene(device->sceneBoundingRect().center()),
                 QStringLiteral("10-device-menu"));
    const QPointF empty = m_window->canvas()->itemsBoundingRect().bottomRight() + QPointF(60, 60);
    view->centerOn(empty);
    rightClickOn(view->viewport(), view->mapFromScene(empty), QStringLiteral("11-canvas-menu"));
    m_window->tabs()->setCurrentWidget(m_window->checklist());
    QTableView *table = m_window->checklist()->view();
    rightClickOn(table->viewport(), table->visualRect(table->model()->index(2, 1)).center(),
                 QStringLiteral("12-checklist-row-menu"));

    // A keyboard-only run on a new plan: a zone and a device from the palette, F2, arrows, undo.
    QVERIFY(m_window->files()->newPlan(QString()));
    m_window->tabs()->setCurrentWidget(view);
    m_window->activateWindow(); // the menus had the keyboard
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    PaletteList *list = m_window->palette()->list();
    view->setFocus();
    tabTo(list);
    if (QTest::currentTestFailed())
        return;
    auto walkTo = [&](const QString &id) {
        QListWidgetItem *target = m_window->palette()->item(id);
        for (int i = 0; i < 40 && list->currentItem() != target; ++i)
            QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);
    };
    walkTo(QStringLiteral("lan"));
    walkTo(QStringLiteral("administration-server"));
    shoot(QStringLiteral("13-keyboard-added"));
    pressOnFocus(Qt::Key_F2);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("KSC-HQ"));
    shoot(QStringLiteral("14-keyboard-renaming"));
    pressOnFocus(Qt::Key_Return);
    for (int i = 0; i < 3; ++i)
        pressOnFocus(Qt::Key_Right, Qt::ShiftModifier);
    shoot(QStringLiteral("15-keyboard-nudged"));
    pressOnFocus(Qt::Key_Z, Qt::ControlModifier);
    m_window->menuBar()->setActiveAction(m_window->menuBar()->actions().at(1));
    shoot(QStringLiteral("16-keyboard-undone-edit-menu"));
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();

    // The language switch, back on the reference plan.
    m_window->files()->newPlan(QStringLiteral("gateway"));
    chooseLanguage(other);
    QTest::qWait(500);
    shoot(QStringLiteral("17-after-language-switch"));
    m_window->menuBar()->setActiveAction(m_window->menuBar()->actions().at(2));
    shoot(QStringLiteral("18-view-menu-after-switch"));
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    // The Diagram tab in the other language: its option rows and zoom buttons beside the docks.
    m_window->tabs()->setCurrentWidget(m_window->diagram());
    QTest::qWait(2000); // Graphviz lays the figure out on a worker thread
    shoot(QStringLiteral("19-diagram-after-switch"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
