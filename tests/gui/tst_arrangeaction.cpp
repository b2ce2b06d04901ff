// The window's Arrange (View menu) is one undo step; a plan without geometry opens arranged and
// unmodified; Fit never zooms in past 100 %.
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasView.h"
#include "model/edit/Arrangement.h"
#include "model/edit/PlanOperations.h"
#include "tests/support/GuiTestSupport.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>
#include <QtTest>

namespace {

Plan pile(Plan plan)
{
    for (Zone &zone : plan.zones)
        zone.geometry = QRectF();
    for (Device &device : plan.devices)
        device.position = QPointF();
    return plan;
}

QString writePlan(const GuiFixture &fixture, const Plan &plan)
{
    const QString path = fixture.dir.filePath(QStringLiteral("plan.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(PlanFile::serialize(plan));
    return path;
}

QStringList problems(const Plan &plan)
{
    Arrangement placed;
    for (const Zone &zone : plan.zones)
        placed.zones.insert(zone.id, zone.geometry);
    for (const Device &device : plan.devices)
        placed.devices.insert(device.id, device.position);
    return placed.problems(plan);
}

QAction *menuAction(MainWindow *window, const QString &menuText, const QString &text)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->text() != menuText)
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestGuiArrange : public QObject
{
    Q_OBJECT

private slots:
    void opensAPileArranged();
    void arrangeIsOneUndoStep();
    void fitStopsAtActualSize();
};

void TestGuiArrange::opensAPileArranged()
{
    GuiFixture fixture;
    const Plan reference = pile(*Templates::load(QStringLiteral("gateway")));
    MainWindow *window = fixture.open(writePlan(fixture, reference));
    const Plan &plan = fixture.document()->plan();
    QVERIFY(problems(plan).isEmpty());
    QCOMPARE(pile(plan), reference);
    QVERIFY(!fixture.document()->isModified());
    QVERIFY(!window->isWindowModified());
    QCOMPARE(fixture.document()->undoStack()->count(), 0);
    // Every card on the canvas where the plan puts it.
    for (const Device &device : plan.devices)
        QVERIFY(window->canvas()->itemsBoundingRect().contains(
            QRectF(device.position, QSizeF(144, 54))));
}

void TestGuiArrange::arrangeIsOneUndoStep()
{
    GuiFixture fixture;
    MainWindow *window = fixture.open(); // the reference scheme
    PlanDocument *document = fixture.document();
    // Two cards dropped on one another: the plan is untidy.
    const Plan &current = document->plan();
    const Device &first = current.devices.first();
    PlanOperations::DeviceMove onTop{current.devices[1].id, first.zone, first.position};
    document->edit(PlanOperations::move(current, {onTop}).edit, QStringLiteral("Move"));
    QVERIFY(!problems(document->plan()).isEmpty());
    const Plan untidy = document->plan();
    const int steps = document->undoStack()->count();

    QAction *arrange =
        menuAction(window, QStringLiteral("&View"), QStringLiteral("A&rrange Zones and Devices"));
    QVERIFY(arrange);
    arrange->trigger();
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Arrange"));
    QVERIFY(problems(document->plan()).isEmpty());
    QVERIFY(window->view()->zoom() <= 1.0);

    // Edit ▸ Undo names the step and takes it back whole.
    QAction *undo = menuAction(window, QStringLiteral("&Edit"), QStringLiteral("&Undo Arrange"));
    QVERIFY(undo);
    undo->trigger();
    QCOMPARE(document->plan(), untidy);
    document->undoStack()->redo();
    QVERIFY(problems(document->plan()).isEmpty());
}

void TestGuiArrange::fitStopsAtActualSize()
{
    GuiFixture fixture;
    Plan one;
    one.zones << Zone::make(QStringLiteral("lan"), Catalog::ZoneKind::Lan, QStringLiteral("LAN"));
    one.devices << Device::make(QStringLiteral("ksc"), Catalog::Role::AdministrationServer,
                                QStringLiteral("lan"));
    MainWindow *window = fixture.open(writePlan(fixture, one));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    CanvasView *view = window->view();
    view->zoomIn();
    view->zoomIn();
    QVERIFY(view->zoom() > 1.0);
    QAction *fit = menuAction(window, QStringLiteral("&View"), QStringLiteral("&Fit to Window"));
    QVERIFY(fit);
    fit->trigger();
    QCOMPARE(view->zoom(), 1.0);
}

QTEST_MAIN(TestGuiArrange)
#include "tst_arrangeaction.moc"
