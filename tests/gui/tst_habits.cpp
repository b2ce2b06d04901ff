#include "app/ArrangeMenu.h"
#include "app/EditActions.h"
#include "app/canvas/CanvasContextMenu.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasView.h"
#include "app/canvas/DeviceItem.h"
#include "app/canvas/InlineRename.h"
#include "app/canvas/ZoneItem.h"
#include "app/panels/ChecklistModel.h"
#include "app/panels/ChecklistTab.h"
#include "app/panels/FindingsDock.h"
#include "app/panels/PaletteList.h"
#include "app/panels/PaletteWidget.h"
#include "app/panels/PropertiesDock.h"
#include "tests/support/GuiTestSupport.h"
#include "tests/support/UserInput.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

// The habits planners bring from drawing programs, driven through the real window with key and
// mouse events: keyboard-only editing, nudging, snapping, aligning, renaming in place, context
// menus, and the file commands' usual shortcuts.
class TestGuiHabits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fixture.reset(); }

    void keyboardOnlyRun();
    void nudgeMovesSelectionOneStep_data();
    void nudgeMovesSelectionOneStep();
    void nudgedCardTakesTheZoneUnderIt();
    void snapToGridIsKeptInSettings();
    void escapeClearsSelection();
    void doubleClickRenamesInPlace();
    void alignAndDistributeFromArrangeMenu();
    void deleteZoneNamesTheDeviceCount();
    void zoneContextMenu();
    void deviceContextMenu();
    void emptyCanvasContextMenuAndHint();
    void findingContextMenuFixes();
    void checklistContextMenu();
    void paletteDoubleClickAddsToSelectedZone();
    void redoAndSaveAsShortcuts();
    void propertiesEditSeveralDevicesOfOneRole();
    void titleAndProposedFileName();
    void newAsksToSaveFirst();

private:
    QMenu *openMenu() const { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); }
    // Clicks the menu entry whose text (without its & mnemonic) starts with `text`.
    void clickEntry(QMenu *menu, const QString &text);
    QAction *entry(QMenu *menu, const QString &text) const;
    // Opens the submenu `text` with the keyboard (Right), as a user would; null when it fails.
    QMenu *openSubmenu(QMenu *menu, const QString &text);

    std::unique_ptr<GuiFixture> m_fixture;
    MainWindow *m_window = nullptr;
};

void TestGuiHabits::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    m_window = m_fixture->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->view()->zoomActualSize();
}

QAction *TestGuiHabits::entry(QMenu *menu, const QString &text) const
{
    for (QAction *a : menu->actions()) {
        if (QString(a->text()).remove(QLatin1Char('&')).startsWith(text))
            return a;
    }
    return nullptr;
}

void TestGuiHabits::clickEntry(QMenu *menu, const QString &text)
{
    QAction *a = entry(menu, text);
    QVERIFY2(a, qPrintable(text));
    QVERIFY2(a->isEnabled(), qPrintable(text));
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(a).center());
}

QMenu *TestGuiHabits::openSubmenu(QMenu *menu, const QString &text)
{
    QAction *a = menu ? entry(menu, text) : nullptr;
    if (!a || !a->menu())
        return nullptr;
    menu->setActiveAction(a);
    QTest::keyClick(menu, Qt::Key_Right);
    return a->menu()->isVisible() && openMenu() == a->menu() ? a->menu() : nullptr;
}

void TestGuiHabits::keyboardOnlyRun()
{
    // An empty plan; from here on only keys.
    QVERIFY(m_window->files()->newPlan(QString()));
    PlanDocument *doc = m_fixture->document();
    PaletteList *list = m_window->palette()->list();
    m_window->view()->setFocus();
    tabTo(list);
    if (QTest::currentTestFailed())
        return;

    auto walkTo = [&](const QString &id) {
        QListWidgetItem *target = m_window->palette()->item(id);
        for (int i = 0; i < 40 && list->currentItem() != target; ++i)
            QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentItem(), target);
        QTest::keyClick(list, Qt::Key_Return);
    };
    walkTo(QStringLiteral("lan"));
    QCOMPARE(doc->plan().zones.size(), 1);
    const QString zone = doc->plan().zones.first().id;
    QCOMPARE(m_window->canvas()->selectedIds(), QStringList{zone});
    walkTo(QStringLiteral("administration-server"));
    QCOMPARE(doc->plan().devices.size(), 1);
    const Device added = doc->plan().devices.first();
    QCOMPARE(added.zone, zone);
    QVERIFY(doc->plan().zone(zone)->geometry.contains(QRectF(added.position, QSizeF(144, 54))));

    pressOnFocus(Qt::Key_F2);
    InlineRename *editor = m_window->edits()->renameEditor();
    QVERIFY(editor->isVisible());
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->selectedText(), added.name);
    QTest::keyClicks(editor, QStringLiteral("Head office KSC"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!editor->isVisible());
    QCOMPARE(doc->plan().device(added.id)->name, QStringLiteral("Head office KSC"));
    QCOMPARE(QApplication::focusWidget(), m_window->view());

    pressOnFocus(Qt::Key_Right);
    pressOnFocus(Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(doc->plan().device(added.id)->position, added.position + QPointF(1, 100));
    const int steps = doc->undoStack()->count();
    QCOMPARE(steps, 5); // zone, device, rename, two nudges

    pressOnFocus(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->plan().device(added.id)->position, added.position + QPointF(1, 0));
    pressOnFocus(Qt::Key_Z, Qt::ControlModifier);
    pressOnFocus(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->plan().device(added.id)->name, added.name);
    QCOMPARE(doc->plan().device(added.id)->position, added.position);
}

void TestGuiHabits::nudgeMovesSelectionOneStep_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("shift");
    QTest::addColumn<QPointF>("shift_by");
    QTest::newRow("left") << int(Qt::Key_Left) << false << QPointF(-1, 0);
    QTest::newRow("right") << int(Qt::Key_Right) << false << QPointF(1, 0);
    QTest::newRow("up") << int(Qt::Key_Up) << false << QPointF(0, -1);
    QTest::newRow("down, large") << int(Qt::Key_Down) << true << QPointF(0, 100);
}

void TestGuiHabits::nudgeMovesSelectionOneStep()
{
    QFETCH(int, key);
    QFETCH(bool, shift);
    QFETCH(QPointF, shift_by);
    PlanDocument *doc = m_fixture->document();
    const QByteArray before = m_fixture->bytes();
    const QRectF lan = doc->plan().zone(QStringLiteral("lan"))->geometry;
    const QPointF ksc = doc->plan().device(QStringLiteral("ksc"))->position;
    const QPointF gateway = doc->plan().device(QStringLiteral("gateway"))->position;
    // A zone and a device of another zone: the zone takes its devices along.
    m_window->selectIds({QStringLiteral("lan"), QStringLiteral("gateway")});
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key(key), shift ? Qt::ShiftModifier : Qt::NoModifier);
    QCOMPARE(doc->plan().zone(QStringLiteral("lan"))->geometry, lan.translated(shift_by));
    QCOMPARE(doc->plan().device(QStringLiteral("ksc"))->position, ksc + shift_by);
    QCOMPARE(doc->plan().device(QStringLiteral("gateway"))->position, gateway + shift_by);
    QCOMPARE(doc->plan().device(QStringLiteral("gateway"))->zone, QStringLiteral("dmz"));
    QCOMPARE(m_window->canvas()->zoneItem(QStringLiteral("lan"))->pos(), lan.topLeft() + shift_by);
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), before);
}

void TestGuiHabits::nudgedCardTakesTheZoneUnderIt()
{
    // The office computers nudged with Shift+Right: the first step leaves the card's centre in
    // the gap between the LAN and the DMZ (it stays in the LAN, and the status bar says so), the
    // second takes it into the DMZ, where it belongs from then on, as after a drag.
    PlanDocument *doc = m_fixture->document();
    const QString office = QStringLiteral("office");
    const QPointF start = doc->plan().device(office)->position; // (360, 400); LAN x 0–520
    const auto officeFlows = [&] {
        QStringList flows;
        for (const Flow &f : doc->flows().flows) {
            if (f.from == office || f.to == office)
                flows << f.number + u' ' + f.from + u' ' + f.to + u' ' + f.via;
        }
        return flows;
    };
    const QStringList inLan = officeFlows();
    m_window->selectIds({office});
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(doc->plan().device(office)->position, start + QPointF(100, 0));
    QCOMPARE(doc->plan().device(office)->zone, QStringLiteral("lan"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("“Office computers” is outside every zone and still belongs to "
                            "“Head office LAN”; move it into a zone."));
    QTest::keyClick(m_window->view(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(doc->plan().device(office)->zone, QStringLiteral("dmz"));
    QCOMPARE(m_window->canvas()->deviceItem(office)->pos(), start + QPointF(200, 0));
    // The analysis follows: the computers' flows are those of a DMZ placement.
    QVERIFY(officeFlows() != inLan);
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().device(office)->zone, QStringLiteral("lan"));
    QCOMPARE(officeFlows(), inLan);
}

void TestGuiHabits::snapToGridIsKeptInSettings()
{
    PlanDocument *doc = m_fixture->document();
    QAction *snap = nullptr;
    for (QAction *a : m_window->menuBar()->actions()) {
        if (a->menu() && (snap = entry(a->menu(), QStringLiteral("Snap to Grid"))))
            break;
    }
    QVERIFY(snap);
    QVERIFY(!snap->isChecked());
    snap->trigger();
    QVERIFY(m_window->edits()->snapToGrid());
    QVERIFY(Settings(m_fixture->dir.filePath(QStringLiteral("s.ini"))).snapToGrid());

    // Off the grid by 3: one step lands on the next grid line.
    Device office = *doc->plan().device(QStringLiteral("office"));
    office.position = QPointF(363, 401);
    PlanEdit edit;
    edit.changeDevice(doc->plan(), office);
    doc->edit(edit, QStringLiteral("place"));
    m_window->selectIds({QStringLiteral("office")});
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Right);
    QCOMPARE(doc->plan().device(QStringLiteral("office"))->position, QPointF(380, 400));
    QTest::keyClick(m_window->view(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(doc->plan().device(QStringLiteral("office"))->position, QPointF(280, 400));

    // A new window starts with the grid as it was left.
    m_fixture->window.reset();
    m_window = m_fixture->open();
    QVERIFY(m_window->edits()->snapToGrid());
}

void TestGuiHabits::escapeClearsSelection()
{
    m_window->selectIds({QStringLiteral("ksc"), QStringLiteral("db")});
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Escape);
    QVERIFY(m_window->canvas()->selectedIds().isEmpty());
}

void TestGuiHabits::doubleClickRenamesInPlace()
{
    PlanDocument *doc = m_fixture->document();
    QWidget *viewport = m_window->view()->viewport();
    const QRectF dmz = doc->plan().zone(QStringLiteral("dmz"))->geometry;
    const QPoint header = m_fixture->viewportPoint(dmz.topLeft() + QPointF(60, 12));
    QTest::mouseDClick(viewport, Qt::LeftButton, Qt::NoModifier, header);
    InlineRename *editor = m_window->edits()->renameEditor();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->target(), QStringLiteral("dmz"));
    QTest::keyClicks(editor, QStringLiteral("Perimeter"));
    QTest::keyClick(editor, Qt::Key_Escape); // dropped
    QVERIFY(!editor->isVisible());
    QCOMPARE(doc->plan().zone(QStringLiteral("dmz"))->name, QStringLiteral("DMZ"));
    QCOMPARE(doc->undoStack()->count(), 0);

    const QPointF gateway = doc->plan().device(QStringLiteral("gateway"))->position;
    QTest::mouseDClick(viewport, Qt::LeftButton, Qt::NoModifier,
                       m_fixture->viewportPoint(gateway + QPointF(70, 27)));
    QCOMPARE(editor->target(), QStringLiteral("gateway"));
    QTest::keyClicks(editor, QStringLiteral("Gateway 1"));
    QTest::keyClick(editor, Qt::Key_Enter);
    QCOMPARE(doc->plan().device(QStringLiteral("gateway"))->name, QStringLiteral("Gateway 1"));
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestGuiHabits::alignAndDistributeFromArrangeMenu()
{
    PlanDocument *doc = m_fixture->document();
    const QByteArray before = m_fixture->bytes();
    auto *arrange = m_window->findChild<ArrangeMenu *>(QStringLiteral("arrangeMenu"));
    QVERIFY(arrange);
    const QStringList ids = {QStringLiteral("mmc"), QStringLiteral("ksc"),
                             QStringLiteral("office")};
    m_window->selectIds(ids.mid(0, 1));
    QVERIFY(!entry(arrange, QStringLiteral("Align Left"))->isEnabled());
    m_window->selectIds(ids);
    // The context menu of a selected card offers the same menu.
    rightClick(m_window->view()->viewport(),
               m_fixture->viewportPoint(doc->plan().device(QStringLiteral("ksc"))->position +
                                        QPointF(70, 27)));
    QCOMPARE(openSubmenu(openMenu(), QStringLiteral("Arrange")), arrange);
    while (QApplication::activePopupWidget())
        QApplication::activePopupWidget()->close();
    QCOMPARE(m_window->canvas()->selectedIds().size(), 3);
    // mmc x 40, ksc x 200, office x 360: left edges line up on 40, one step.
    arrange->popup(m_window->mapToGlobal(QPoint(100, 100)));
    clickEntry(arrange, QStringLiteral("Align Left Edges"));
    for (const QString &id : ids)
        QCOMPARE(doc->plan().device(id)->position.x(), 40.0);
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), before);

    // Right edges as drawn: a long word in a name widens the console's card.
    const auto card = [this](const QString &id) {
        return m_window->canvas()->deviceItem(id)->sceneCardRect();
    };
    Device mmc = *doc->plan().device(QStringLiteral("mmc"));
    mmc.name = QStringLiteral("Administration-console-01");
    PlanEdit renamed;
    renamed.changeDevice(doc->plan(), mmc);
    doc->edit(renamed, QStringLiteral("Rename"));
    QVERIFY(card(QStringLiteral("mmc")).width() > card(QStringLiteral("ksc")).width() + 20);
    const QByteArray named = m_fixture->bytes();
    arrange->popup(m_window->mapToGlobal(QPoint(100, 100)));
    clickEntry(arrange, QStringLiteral("Align Right Edges"));
    for (const QString &id : ids)
        QCOMPARE(card(id).right(), card(QStringLiteral("office")).right());
    doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), named);
    doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), before);

    // mmc y 60, ksc y 240, office y 400: spaced evenly between the cards as drawn (of different
    // heights), the ends staying where they are.
    arrange->popup(m_window->mapToGlobal(QPoint(100, 100)));
    clickEntry(arrange, QStringLiteral("Distribute Vertically"));
    QCOMPARE(doc->plan().device(QStringLiteral("mmc"))->position.y(), 60.0);
    QCOMPARE(doc->plan().device(QStringLiteral("office"))->position.y(), 400.0);
    const qreal above = card(QStringLiteral("ksc")).top() - card(QStringLiteral("mmc")).bottom();
    const qreal below = card(QStringLiteral("office")).top() - card(QStringLiteral("ksc")).bottom();
    QVERIFY2(qAbs(above - below) <= 1,
             qPrintable(QStringLiteral("%1 and %2").arg(above).arg(below)));
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestGuiHabits::deleteZoneNamesTheDeviceCount()
{
    PlanDocument *doc = m_fixture->document();
    const QByteArray before = m_fixture->bytes();
    m_window->selectIds({QStringLiteral("dmz")});
    m_window->view()->setFocus();
    m_fixture->answer = QMessageBox::Cancel;
    QTest::keyClick(m_window->view(), Qt::Key_Delete);
    QCOMPARE(m_fixture->asked.size(), 1);
    QVERIFY2(m_fixture->asked.first().contains(QStringLiteral("“DMZ” and the 2 device")),
             qPrintable(m_fixture->asked.first()));
    QCOMPARE(m_fixture->bytes(), before);

    m_fixture->answer = QMessageBox::Yes;
    QTest::keyClick(m_window->view(), Qt::Key_Delete);
    QCOMPARE(m_fixture->asked.size(), 2);
    QVERIFY(!doc->plan().zone(QStringLiteral("dmz")));
    QVERIFY(!doc->plan().device(QStringLiteral("gateway")));
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), before);

    // A device alone goes without a question.
    m_window->selectIds({QStringLiteral("office")});
    QTest::keyClick(m_window->view(), Qt::Key_Delete);
    QCOMPARE(m_fixture->asked.size(), 2);
    QVERIFY(!doc->plan().device(QStringLiteral("office")));
}

void TestGuiHabits::zoneContextMenu()
{
    PlanDocument *doc = m_fixture->document();
    QWidget *viewport = m_window->view()->viewport();
    const QRectF lan = doc->plan().zone(QStringLiteral("lan"))->geometry;
    rightClick(viewport, m_fixture->viewportPoint(lan.topLeft() + QPointF(300, 200)));
    QMenu *menu = openMenu();
    QVERIFY(menu);
    QCOMPARE(m_window->canvas()->selectedIds(), QStringList{QStringLiteral("lan")});
    QVERIFY(entry(menu, QStringLiteral("Rename")));
    QVERIFY(entry(menu, QStringLiteral("Delete “Head office LAN” with 5 device")));
    QVERIFY(!entry(menu, QStringLiteral("Duplicate")));
    QVERIFY(!entry(menu, QStringLiteral("Arrange"))); // one zone: nothing to line up

    // Add Device ▸ Managed computer: the new device lands in this zone.
    QMenu *roles = openSubmenu(menu, QStringLiteral("Add Device"));
    QVERIFY(roles);
    clickEntry(roles, QStringLiteral("Managed computer"));
    QCOMPARE(doc->plan().devices.size(), 15);
    QCOMPARE(doc->plan().devices.last().zone, QStringLiteral("lan"));
    QCOMPARE(doc->undoStack()->count(), 1);

    rightClick(viewport, m_fixture->viewportPoint(lan.topLeft() + QPointF(300, 200)));
    m_fixture->answer = QMessageBox::Yes;
    clickEntry(openMenu(), QStringLiteral("Delete “Head office LAN” with 6 device"));
    QCOMPARE(m_fixture->asked.size(), 1);
    QVERIFY(!doc->plan().zone(QStringLiteral("lan")));
    QCOMPARE(doc->undoStack()->count(), 2);
}

void TestGuiHabits::deviceContextMenu()
{
    PlanDocument *doc = m_fixture->document();
    QWidget *viewport = m_window->view()->viewport();
    const QPointF office = doc->plan().device(QStringLiteral("office"))->position;
    rightClick(viewport, m_fixture->viewportPoint(office + QPointF(70, 27)));
    QMenu *menu = openMenu();
    QVERIFY(menu);
    QCOMPARE(m_window->canvas()->selectedIds(), QStringList{QStringLiteral("office")});
    QStringList texts;
    for (const QAction *a : menu->actions())
        texts << a->text();
    for (const char *text : {"Rename", "Duplicate", "Runs On", "Show Flows", "Delete “"})
        QVERIFY2(entry(menu, QString::fromUtf8(text)), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(!entry(menu, QStringLiteral("Add Device")));
    clickEntry(menu, QStringLiteral("Duplicate"));
    QCOMPARE(doc->plan().devices.size(), 15);

    // Runs On ▸ the Administration Server: one machine, so one zone and address.
    rightClick(viewport, m_fixture->viewportPoint(
                             doc->plan().device(QStringLiteral("db"))->position + QPointF(70, 27)));
    menu = openMenu();
    QMenu *hosts = openSubmenu(menu, QStringLiteral("Runs On"));
    QVERIFY(hosts);
    QVERIFY(entry(hosts, QStringLiteral("Its Own Machine"))->isChecked());
    clickEntry(hosts, doc->plan().device(QStringLiteral("ksc"))->displayName());
    QCOMPARE(doc->plan().device(QStringLiteral("db"))->host, QStringLiteral("ksc"));

    // Show Flows: the flows light up around the device, their numbers in the status bar.
    rightClick(viewport,
               m_fixture->viewportPoint(doc->plan().device(QStringLiteral("ksc"))->position +
                                        QPointF(70, 27)));
    clickEntry(openMenu(), QStringLiteral("Show Flows"));
    QCOMPARE(m_window->canvas()->selectedIds(), QStringList{QStringLiteral("ksc")});
    QVERIFY(m_window->canvas()->flowsVisible());
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Flows of")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestGuiHabits::emptyCanvasContextMenuAndHint()
{
    QVERIFY(m_window->files()->newPlan(QString()));
    PlanDocument *doc = m_fixture->document();
    QVERIFY(m_window->view()->emptyHint().startsWith(QStringLiteral("Drag a zone")));
    QWidget *viewport = m_window->view()->viewport();
    const QPoint at = m_fixture->viewportPoint(QPointF(100, 100));
    rightClick(viewport, at);
    QMenu *menu = openMenu();
    QVERIFY(menu);
    QVERIFY(!entry(menu, QStringLiteral("Paste"))->isEnabled());
    QVERIFY(entry(menu, QStringLiteral("Fit to Window")));
    clickEntry(openSubmenu(menu, QStringLiteral("Add Zone")), QStringLiteral("DMZ"));
    QCOMPARE(doc->plan().zones.size(), 1);
    QCOMPARE(doc->plan().zones.first().kind, Catalog::ZoneKind::Dmz);
    QVERIFY(doc->plan().zones.first().geometry.contains(QPointF(100, 100)));
    QVERIFY(m_window->view()->emptyHint().isEmpty());
}

void TestGuiHabits::findingContextMenuFixes()
{
    PlanDocument *doc = m_fixture->document();
    // Without the gateway the devices on the Internet cannot reach the server.
    m_window->selectIds({QStringLiteral("gateway"), QStringLiteral("mdm")});
    m_window->edits()->deleteSelection();
    QVERIFY(hasFinding(doc, QStringLiteral("no-path-to-server")));
    FindingsDock *findings = m_window->findings();
    QTreeWidget *tree = findings->tree();
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !item; ++i) {
        tree->setCurrentItem(tree->topLevelItem(i));
        if (findings->currentFinding()->code == QStringLiteral("no-path-to-server"))
            item = tree->topLevelItem(i);
    }
    QVERIFY(item);
    tree->setCurrentItem(nullptr);
    const QPoint at = tree->visualItemRect(item).center();
    rightClick(tree->viewport(), at);
    QMenu *menu = openMenu();
    QVERIFY(menu);
    QCOMPARE(findings->currentFinding()->code, QStringLiteral("no-path-to-server"));
    QVERIFY(entry(menu, QStringLiteral("Show on the Plan"))->isEnabled());
    clickEntry(menu, QStringLiteral("Fix"));
    QVERIFY(!hasFinding(doc, QStringLiteral("no-path-to-server")));
}

void TestGuiHabits::checklistContextMenu()
{
    ChecklistTab *checklist = m_window->checklist();
    m_window->tabs()->setCurrentWidget(checklist);
    QTableView *table = checklist->view();
    QVERIFY(table->model()->rowCount() > 2);
    const QModelIndex first = table->model()->index(0, 0);
    const QString boundary = first.data(ChecklistModel::BoundaryKeyRole).toString();
    rightClick(table->viewport(), table->visualRect(first).center());
    QMenu *menu = openMenu();
    QVERIFY(menu);
    clickEntry(menu, QStringLiteral("Copy Row"));
    QVERIFY(
        QApplication::clipboard()->text().startsWith(first.data().toString() + QLatin1Char('\t')));

    rightClick(table->viewport(), table->visualRect(first).center());
    clickEntry(openMenu(), QStringLiteral("Show Only This Boundary"));
    QCOMPARE(checklist->boundaryFilter()->currentData().toString(), boundary);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QCOMPARE(table->model()->index(r, 0).data(ChecklistModel::BoundaryKeyRole).toString(),
                 boundary);

    rightClick(table->viewport(), table->visualRect(table->model()->index(0, 0)).center());
    clickEntry(openMenu(), QStringLiteral("Show the Flows on the Plan"));
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->view());
}

void TestGuiHabits::paletteDoubleClickAddsToSelectedZone()
{
    PlanDocument *doc = m_fixture->document();
    PaletteList *list = m_window->palette()->list();
    QListWidgetItem *role = m_window->palette()->item(QStringLiteral("managed-computer"));
    list->scrollToItem(role);
    const QPoint at = list->visualItemRect(role).center();
    QSignalSpy activated(list, &QListWidget::itemActivated);
    m_window->selectIds({});
    QSignalSpy said(m_window->edits(), &EditActions::statusMessage);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(doc->plan().devices.size(), 14); // no zone chosen: nothing added
    QCOMPARE(activated.size(), 1);
    QCOMPARE(said.size(), 1);
    QVERIFY(said.first().first().toString().startsWith(QStringLiteral("Select a zone")));

    m_window->selectIds({QStringLiteral("ios")}); // a device chooses its zone
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(doc->plan().devices.size(), 15);
    QCOMPARE(doc->plan().devices.last().zone, QStringLiteral("internet"));
    QCOMPARE(m_window->canvas()->selectedIds(), QStringList{doc->plan().devices.last().id});
}

void TestGuiHabits::propertiesEditSeveralDevicesOfOneRole()
{
    PlanDocument *doc = m_fixture->document();
    const QByteArray before = m_fixture->bytes();
    PropertiesDock *properties = m_window->properties();
    // Two managed computers (one in the LAN, one on the Internet) and nothing else.
    m_window->selectIds({QStringLiteral("office"), QStringLiteral("laptops")});
    QStringList edited = properties->editedDevices();
    edited.sort();
    QCOMPARE(edited, (QStringList{QStringLiteral("laptops"), QStringLiteral("office")}));
    QVERIFY(!properties->nameEdit()->isVisible()); // each device keeps its own name
    QCheckBox *internet = nullptr;
    for (QCheckBox *box : properties->findChildren<QCheckBox *>()) {
        if (box->text() == QStringLiteral("Has its own Internet access"))
            internet = box;
    }
    QVERIFY(internet && internet->isVisible());
    const bool was = internet->isChecked();
    QTest::mouseClick(internet, Qt::LeftButton, Qt::NoModifier, QPoint(8, internet->height() / 2));
    for (const char *id : {"office", "laptops"})
        QCOMPARE(doc->plan().device(QLatin1String(id))->properties.value("internetAccess").toBool(),
                 !was);
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), before);

    // Different roles: the first alone, as before.
    m_window->selectIds({QStringLiteral("office"), QStringLiteral("ksc")});
    QCOMPARE(properties->editedDevices().size(), 1);
    QVERIFY(properties->nameEdit()->isVisible());
}

void TestGuiHabits::redoAndSaveAsShortcuts()
{
    PlanDocument *doc = m_fixture->document();
    m_window->selectIds({QStringLiteral("office")});
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Right);
    const QByteArray moved = m_fixture->bytes();
    QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_fixture->bytes() != moved);
    QTest::keyClick(m_window->view(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(m_fixture->bytes(), moved);
    QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_fixture->bytes(), moved);
    QCOMPARE(doc->undoStack()->index(), 1);

    QAction *saveAs = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)))
            saveAs = a;
    }
    QVERIFY(saveAs);
    QCOMPARE(saveAs->text(), QStringLiteral("Save &As…"));
}

void TestGuiHabits::titleAndProposedFileName()
{
    PlanDocument *doc = m_fixture->document();
    QVERIFY(m_window->windowTitle().startsWith(doc->plan().title));
    PlanEdit edit;
    edit.changeTitle(doc->plan(), QStringLiteral("Branch: Kazan / DMZ*"));
    doc->edit(edit, QStringLiteral("title"));
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("Branch: Kazan / DMZ* (Untitled)")),
             qPrintable(m_window->windowTitle()));
    QCOMPARE(QFileInfo(m_window->files()->proposedPath()).fileName(),
             QStringLiteral("Branch Kazan DMZ.portolan.json"));
    const QString path = m_fixture->dir.filePath(QStringLiteral("kazan.json"));
    QVERIFY(m_window->files()->saveAs(path));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("(kazan.json)")));
    QCOMPARE(m_window->files()->proposedPath(), QFileInfo(path).absoluteFilePath());
}

void TestGuiHabits::newAsksToSaveFirst()
{
    PlanDocument *doc = m_fixture->document();
    m_window->selectIds({QStringLiteral("office")});
    m_window->edits()->deleteSelection();
    const QByteArray changed = m_fixture->bytes();
    m_fixture->answer = QMessageBox::Cancel;
    m_window->files()->newDialog(); // the question comes first; Cancel stops here
    QCOMPARE(m_fixture->asked.size(), 1);
    QVERIFY(m_fixture->asked.first().contains(QStringLiteral("not saved")));
    QCOMPARE(m_fixture->bytes(), changed);
    QVERIFY(doc->isModified());
}

QTEST_MAIN(TestGuiHabits)
#include "tst_habits.moc"
