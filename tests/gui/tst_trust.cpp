#include "app/Translations.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasView.h"
#include "app/canvas/DeviceItem.h"
#include "app/dialogs/HelpWindow.h"
#include "app/panels/FindingsDock.h"
#include "app/panels/PropertiesDock.h"
#include "tests/support/GuiTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QToolTip>
#include <QTreeWidget>

// The window after the edits an architect makes every day: what the findings list, the cards and
// the fields show must be what the plan says, at once.
class TestTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fixture.reset(); }

    void fixedFindingLeavesTheList();
    void findingWithNewTextShowsIt();
    void cardsSpeakTheNewLanguage();
    void wrongAddressIsNotKept();
    void findingLinksToItsHelpTopic();
    void userGuideInBothLanguages();
    void shortcutsListTheWindowsActions();
    void russianPropertiesAreNotClipped_data();
    void russianPropertiesAreNotClipped();

private:
    QImage card(const QString &id) const;
    QImage shown(QWidget *widget) const;

    std::unique_ptr<GuiFixture> m_fixture;
    MainWindow *m_window = nullptr;
};

namespace {

// What hovering over a row of a list shows.
QString shownToolTip(QTreeWidget *tree, const QTreeWidgetItem *item)
{
    tree->scrollToItem(item);
    const QPoint at = tree->visualItemRect(item).center();
    QHelpEvent help(QEvent::ToolTip, at, tree->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(tree->viewport(), &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

void TestTrust::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    m_window = m_fixture->openOnCanvas();
    QVERIFY(m_window);
}

// What the canvas shows of a card, as a user sees it (through the item's cache).
QImage TestTrust::card(const QString &id) const
{
    CanvasView *view = m_window->view();
    const DeviceItem *item = m_window->canvas()->deviceItem(id);
    view->centerOn(item);
    QApplication::processEvents();
    const QRect area = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
    return view->viewport()->grab(area).toImage();
}

void TestTrust::fixedFindingLeavesTheList()
{
    m_fixture->loadPlanWithoutGateway();
    PlanDocument *doc = m_fixture->document();
    FindingsDock *dock = m_window->findings();
    QVERIFY(dock->selectCode(QStringLiteral("no-path-to-server")));
    const QString resolved = dock->currentFinding()->message;
    QTest::mouseClick(dock->fixButton(), Qt::LeftButton);
    QVERIFY(!hasFinding(doc, QStringLiteral("no-path-to-server")));

    // Every row is a finding of the plan as it is now, with its own tooltip; nothing is selected
    // since the selected finding is gone.
    QTreeWidget *tree = dock->tree();
    const QList<Finding> findings = doc->findings();
    QCOMPARE(tree->topLevelItemCount(), std::max(qsizetype(1), findings.size()));
    for (int i = 0; i < findings.size(); ++i) {
        const Finding &f = findings[i];
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        QVERIFY2(item->text(0) != resolved, qPrintable(item->text(0)));
        QCOMPARE(item->text(0), f.message);
        QCOMPARE(shownToolTip(tree, item), f.fix.isEmpty() ? f.message : f.message + '\n' + f.fix);
    }
    QVERIFY(tree->selectedItems().isEmpty());
    QVERIFY(!dock->currentFinding());
    QVERIFY(!dock->fixButton()->isEnabled());
}

void TestTrust::findingWithNewTextShowsIt()
{
    // The laptops pass the gateway: past its limit, each new count changes the finding's text
    // and nothing else. The list must then look as the same list laid out and painted anew.
    PlanDocument *doc = m_fixture->document();
    const auto setLaptops = [doc](qint64 count) {
        Device laptops = *doc->plan().device(QStringLiteral("laptops"));
        laptops.count = count;
        PlanEdit edit;
        edit.changeDevice(doc->plan(), laptops);
        doc->edit(edit, QStringLiteral("Count"));
        // Until the repaints are on screen: the dirty areas, then the update request.
        QApplication::processEvents();
        QApplication::processEvents();
    };
    setLaptops(20'000);
    QTreeWidget *tree = m_window->findings()->tree();
    const auto rowOf = [tree](const QString &text) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0).contains(text))
                return i;
        }
        return -1;
    };
    const int row = rowOf(QStringLiteral("connect through"));
    QVERIFY(row >= 0);
    const QRect rect = tree->visualItemRect(tree->topLevelItem(row));
    const QImage before = shown(tree->viewport());
    const QString text = tree->topLevelItem(row)->text(0);
    setLaptops(30'000);
    QCOMPARE(rowOf(QStringLiteral("connect through")), row);
    QVERIFY(tree->topLevelItem(row)->text(0) != text);
    QCOMPARE(tree->visualItemRect(tree->topLevelItem(row)), rect);
    // On screen (the window's backing store, not a fresh rendering): the row was repainted and
    // the list looks as the same list laid out and painted anew does.
    const QImage changed = shown(tree->viewport());
    QVERIFY(changed != before);
    tree->doItemsLayout();
    tree->viewport()->repaint();
    QCOMPARE(changed, shown(tree->viewport()));
}

QImage TestTrust::shown(QWidget *widget) const
{
    const QPoint at = widget->mapTo(m_window, QPoint(0, 0));
    return m_window->windowHandle()
        ->screen()
        ->grabWindow(m_window->winId(), at.x(), at.y(), widget->width(), widget->height())
        .toImage();
}

void TestTrust::cardsSpeakTheNewLanguage()
{
    Translations translations;
    translations.apply(QStringLiteral("en"));
    m_window->setTranslations(&translations);
    const QString id = QStringLiteral("office"); // "× 500 · Managed devices"
    const QImage english = card(id);
    m_window->setLanguage(QStringLiteral("ru"));
    QApplication::processEvents();
    QVERIFY2(card(id) != english, "the card kept its English role and count");
    m_window->setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    QCOMPARE(card(id), english);
}

void TestTrust::wrongAddressIsNotKept()
{
    PlanDocument *doc = m_fixture->document();
    m_window->selectIds({QStringLiteral("ksc")});
    PropertiesDock *properties = m_window->properties();
    QLineEdit *address = properties->addressEdit();
    address->setFocus();
    address->selectAll();
    QTest::keyClick(address, Qt::Key_Backspace);
    QTest::keyClicks(address, QStringLiteral("999.1.1.1"));
    QVERIFY(!properties->errorText().isEmpty());
    QTest::keyClick(address, Qt::Key_Return); // leaves the field as a user would
    const QString kept = doc->plan().device(QStringLiteral("ksc"))->address;
    QVERIFY(kept != QStringLiteral("999.1.1.1"));
    QCOMPARE(address->text(), kept);
    QVERIFY(!properties->errorText().isEmpty());
}

void TestTrust::findingLinksToItsHelpTopic()
{
    Translations translations;
    translations.apply(QStringLiteral("en"));
    m_window->setTranslations(&translations);
    m_fixture->loadPlanWithoutGateway();
    FindingsDock *dock = m_window->findings();
    QList<QUrl> opened;
    dock->setUrlOpener([&opened](const QUrl &url) { opened << url; });
    QVERIFY(!dock->helpButton()->isEnabled());
    QVERIFY(dock->selectCode(QStringLiteral("no-path-to-server")));
    QTest::mouseClick(dock->helpButton(), Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl("https://support.kaspersky.com/KSC/15.1/en-US/183058.htm")});
    m_window->setLanguage(QStringLiteral("ru"));
    QVERIFY(dock->selectCode(QStringLiteral("no-path-to-server")));
    QTest::mouseClick(dock->helpButton(), Qt::LeftButton);
    QCOMPARE(opened.last(), QUrl("https://support.kaspersky.com/KSC/15.1/ru-RU/183058.htm"));
    m_window->setLanguage(QStringLiteral("en"));
}

void TestTrust::userGuideInBothLanguages()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        HelpWindow help;
        help.showGuide(language);
        const QString text = help.browser()->toPlainText();
        QVERIFY2(text.contains(language == QStringLiteral("en") ? QStringLiteral("User Guide")
                                                                : QStringLiteral("Руководство")),
                 qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("*.portolan.json")));
    }
}

void TestTrust::shortcutsListTheWindowsActions()
{
    // Help ▸ Keyboard Shortcuts, opened from its menu: every action with a key is listed.
    QAction *shortcuts = nullptr;
    QList<QAction *> keyed;
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == QStringLiteral("&Keyboard Shortcuts"))
                shortcuts = action;
            if (!action->shortcut().isEmpty())
                keyed << action;
        }
    }
    QVERIFY(shortcuts);
    QVERIFY(keyed.size() > 5);
    shortcuts->trigger();
    auto *help = m_window->findChild<HelpWindow *>();
    QVERIFY(help && help->isVisible());
    const QString text = help->browser()->toPlainText();
    for (const QAction *action : keyed) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(text.contains(keys), qPrintable(keys));
    }
    QVERIFY(text.contains(QStringLiteral("Save")));
}

void TestTrust::russianPropertiesAreNotClipped_data()
{
    QTest::addColumn<QString>("element");
    for (const char *id : {"ksc", "gateway", "office", "db", "dmz", ""})
        QTest::newRow(*id ? id : "plan") << QString::fromLatin1(id);
}

void TestTrust::russianPropertiesAreNotClipped()
{
    // Every label of the Properties dock shows its whole text at the window's default size.
    QFETCH(QString, element);
    Translations translations;
    translations.apply(QStringLiteral("en"));
    m_window->setTranslations(&translations);
    m_window->setLanguage(QStringLiteral("ru"));
    m_window->resize(1280, 800);
    m_window->selectIds(element.isEmpty() ? QStringList() : QStringList{element});
    QApplication::processEvents();
    for (const QLabel *label : m_window->properties()->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
            continue;
        QVERIFY2(label->width() >= label->sizeHint().width(),
                 qPrintable(QStringLiteral("“%1”: %2 of %3 pixels")
                                .arg(label->text())
                                .arg(label->width())
                                .arg(label->sizeHint().width())));
    }
    m_window->setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestTrust)
#include "tst_trust.moc"
