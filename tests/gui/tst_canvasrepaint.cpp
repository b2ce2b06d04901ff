// The canvas repaints only what an edit changed (the strips along changed arrows, the cards that
// moved): what the window then shows must equal a full repaint of the same state, or an arrow, a
// label or a card would be left behind where it was, or missing where it now is.

#include "app/canvas/ArrowLayer.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/DeviceItem.h"
#include "app/canvas/FlowArrow.h"
#include "model/edit/PlanEdit.h"
#include "tests/support/GuiTestSupport.h"

#include <QPainter>
#include <QScreen>
#include <QUndoStack>
#include <QWindow>

#include <algorithm>
#include <cstdlib>
#include <functional>

class TestGuiCanvasRepaint : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsWhatAFullRepaintShows_data();
    void showsWhatAFullRepaintShows();
    void labelsShowAsDrawn_data();
    void labelsShowAsDrawn();

private:
    QImage shown() const;
    ArrowLayer *arrowLayer() const;
    // Fails where a label of `view` does not look as in `drawn`.
    void compareLabels(const QImage &view, const QImage &drawn) const;
    void settle() const;

    std::unique_ptr<GuiFixture> m_fixture;
    MainWindow *m_window = nullptr;
};

using Action = std::function<void(MainWindow *)>;
Q_DECLARE_METATYPE(Action)

namespace {

constexpr int ShadeTolerance = 48;
// Red, green and blue, as shifts of a pixel's value; how far a stamped label's smoothed shade
// may be from the label drawn in place.
constexpr int Channels[] = {16, 8, 0};
constexpr int StampTolerance = 40;

void moveDevice(MainWindow *window, const QString &id, const QString &zone, const QPointF &offset)
{
    const Plan &plan = window->document()->plan();
    Device moved = *plan.device(id);
    moved.zone = zone;
    moved.position = plan.zone(zone)->geometry.topLeft() + offset;
    PlanEdit edit;
    edit.changeDevice(plan, moved);
    window->document()->edit(edit, QStringLiteral("Move"));
}

// The office computers moved to the Internet: the edit most rows start from or test.
void officeToInternet(MainWindow *window)
{
    moveDevice(window, QStringLiteral("office"), QStringLiteral("internet"), QPointF(30, 420));
}

// A drag of a card by `by` with the mouse, the view left where the drag scrolled it.
void dragCard(MainWindow *window, const QString &id, const QPointF &by)
{
    const QPointF from = window->canvas()->deviceItem(id)->sceneCardRect().center();
    QWidget *viewport = window->view()->viewport();
    const QPoint a = window->view()->mapFromScene(from);
    const QPoint b = window->view()->mapFromScene(from + by);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, a);
    for (int step = 1; step <= 10; ++step) {
        QTest::mouseMove(viewport, a + (b - a) * step / 10);
        QCoreApplication::processEvents(); // a paint between the steps, as on screen
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, b);
}

} // namespace

void TestGuiCanvasRepaint::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    m_window = m_fixture->openOnCanvas();
    QVERIFY(m_window);
    m_window->view()->zoomToFit();
    settle();
}

void TestGuiCanvasRepaint::cleanup()
{
    m_fixture.reset();
    m_window = nullptr;
}

void TestGuiCanvasRepaint::settle() const
{
    // The scene's dirty areas and the arrows' strips reach the view through queued calls, the
    // view's repaint through a posted update request.
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
    QTest::qWait(20);
    QCoreApplication::processEvents();
}

// What the window shows now (its backing store), not a fresh rendering of it.
QImage TestGuiCanvasRepaint::shown() const
{
    QWidget *viewport = m_window->view()->viewport();
    const QPoint at = viewport->mapTo(m_window, QPoint(0, 0));
    return m_window->windowHandle()
        ->screen()
        ->grabWindow(m_window->winId(), at.x(), at.y(), viewport->width(), viewport->height())
        .toImage();
}

ArrowLayer *TestGuiCanvasRepaint::arrowLayer() const
{
    const QList<QGraphicsItem *> items = m_window->canvas()->items();
    for (QGraphicsItem *item : items) {
        if (auto *layer = dynamic_cast<ArrowLayer *>(item))
            return layer;
    }
    return nullptr;
}

void TestGuiCanvasRepaint::showsWhatAFullRepaintShows_data()
{
    // `prepare` sets the scene (shown and settled first), `action` is what the row tests.
    QTest::addColumn<Action>("prepare");
    QTest::addColumn<Action>("action");
    // Whether the arrows that stayed came from a picture of them: after a change of a few
    // arrows, not after one of most of them (a selection dims the others).
    QTest::addColumn<bool>("usesPicture");
    const Action nothing = [](MainWindow *) {};
    QTest::newRow("a group moved to the Internet") << nothing << Action(officeToInternet) << true;
    QTest::newRow("the server moved (every arrow into it)") << nothing << Action([](MainWindow *w) {
        moveDevice(w, QStringLiteral("ksc"), QStringLiteral("lan"), QPointF(60, 330));
    }) << true;
    QTest::newRow("a move undone")
        << Action(officeToInternet)
        << Action([](MainWindow *w) { w->document()->undoStack()->undo(); }) << true;
    // Edits faster than paints (an undo right after a move, keys held on a slow machine): each
    // edit's areas reach the view in one round of events, the paint comes after them all.
    QTest::newRow("a move undone before a paint") << nothing << Action([](MainWindow *w) {
        officeToInternet(w);
        QCoreApplication::processEvents();
        w->document()->undoStack()->undo();
    }) << true;
    QTest::newRow("three moves before a paint") << nothing << Action([](MainWindow *w) {
        officeToInternet(w);
        QCoreApplication::processEvents();
        moveDevice(w, QStringLiteral("office"), QStringLiteral("lan"), QPointF(40, 40));
        QCoreApplication::processEvents();
        moveDevice(w, QStringLiteral("office"), QStringLiteral("dmz"), QPointF(20, 300));
    }) << true;
    // A picture of the arrows that stayed was drawn after the first edit: the second draws
    // what changed over it and draws the picture's stale strips again.
    QTest::newRow("a second group moved after a first")
        << Action(officeToInternet) << Action([](MainWindow *w) {
               moveDevice(w, QStringLiteral("laptops"), QStringLiteral("lan"), QPointF(300, 60));
           })
        << true;
    QTest::newRow("the same group moved again")
        << Action(officeToInternet) << Action([](MainWindow *w) {
               moveDevice(w, QStringLiteral("office"), QStringLiteral("lan"), QPointF(500, 300));
           })
        << true;
    QTest::newRow("the server moved after a group")
        << Action(officeToInternet) << Action([](MainWindow *w) {
               moveDevice(w, QStringLiteral("ksc"), QStringLiteral("lan"), QPointF(60, 330));
           })
        << true;
    QTest::newRow("the server selected after a move")
        << Action(officeToInternet)
        << Action([](MainWindow *w) { w->canvas()->selectIds({QStringLiteral("ksc")}); }) << true;
    QTest::newRow("a card dragged twice with the mouse")
        << Action([](MainWindow *w) { dragCard(w, QStringLiteral("laptops"), QPointF(0, 120)); })
        << Action([](MainWindow *w) { dragCard(w, QStringLiteral("laptops"), QPointF(-160, 0)); })
        << true;
    QTest::newRow("the server selected (its arrows emphasised)")
        << nothing << Action([](MainWindow *w) { w->canvas()->selectIds({QStringLiteral("ksc")}); })
        << false;
    QTest::newRow("selection cleared")
        << Action([](MainWindow *w) { w->canvas()->selectIds({QStringLiteral("gateway")}); })
        << Action([](MainWindow *w) { w->canvas()->selectIds({}); }) << false;
    QTest::newRow("a checklist route highlighted") << nothing << Action([](MainWindow *w) {
        w->canvas()->highlightRoute(QStringLiteral("office"), QStringLiteral("ksc"),
                                    {QStringLiteral("3")});
    }) << false;
    QTest::newRow("a device renamed (its card grows)") << nothing << Action([](MainWindow *w) {
        const Plan &plan = w->document()->plan();
        Device renamed = *plan.device(QStringLiteral("office"));
        renamed.name = QStringLiteral("Office computers of the second and third floors");
        PlanEdit edit;
        edit.changeDevice(plan, renamed);
        w->document()->edit(edit, QStringLiteral("Rename"));
    }) << true;
    QTest::newRow("a device deleted") << nothing << Action([](MainWindow *w) {
        PlanEdit edit;
        edit.removeDevice(w->document()->plan(), QStringLiteral("gateway"));
        w->document()->edit(edit, QStringLiteral("Delete"));
    }) << true;
    QTest::newRow("flows hidden") << nothing << Action([](MainWindow *w) {
        w->canvas()->setFlowsVisible(false);
    }) << false;
    QTest::newRow("flows shown again")
        << Action([](MainWindow *w) { w->canvas()->setFlowsVisible(false); })
        << Action([](MainWindow *w) { w->canvas()->setFlowsVisible(true); }) << false;
}

void TestGuiCanvasRepaint::showsWhatAFullRepaintShows()
{
    QFETCH(Action, prepare);
    QFETCH(Action, action);
    prepare(m_window);
    settle();
    const QImage before = shown();
    action(m_window);
    settle();
    const QImage partial = shown();
    // The arrows that stayed were copied from a picture of them: the full repaint draws them all.
    ArrowLayer *layer = arrowLayer();
    QVERIFY(layer);
    const bool picture = layer->hasPicture();
    layer->dropPicture();
    m_window->view()->viewport()->repaint();
    const QImage full = shown();
    QVERIFY2(partial != before, "the action changed nothing on screen: the row tests nothing");
    QFETCH(bool, usesPicture);
    QCOMPARE(picture, usesPicture);
    // Smoothed edges may differ by a shade where a repaint's clip cuts them (the raster engine
    // takes another path for a clipped span): a pixel counts when a channel differs clearly, as
    // a left-over line or label does (dark on a light zone).
    QRect differs;
    int worst = 0;
    for (int y = 0; y < full.height(); ++y) {
        for (int x = 0; x < full.width(); ++x) {
            const QRgb a = partial.pixel(x, y);
            const QRgb b = full.pixel(x, y);
            const int d = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                    std::abs(qBlue(a) - qBlue(b))});
            worst = std::max(worst, d);
            if (d > ShadeTolerance)
                differs |= QRect(x, y, 1, 1);
        }
    }
    if (!differs.isEmpty()) {
        const QString dir = QDir::temp().filePath(QStringLiteral("portolan-repaint"));
        QDir().mkpath(dir);
        partial.save(dir + QStringLiteral("/partial.png"));
        full.save(dir + QStringLiteral("/full.png"));
    }
    QVERIFY2(differs.isEmpty(),
             qPrintable(QStringLiteral("the canvas shows something a full repaint does not, at "
                                       "%1,%2 %3x%4 of the viewport, by up to %5 (images in %6)")
                            .arg(differs.x())
                            .arg(differs.y())
                            .arg(differs.width())
                            .arg(differs.height())
                            .arg(worst)
                            .arg(QDir::temp().filePath(QStringLiteral("portolan-repaint")))));
}

void TestGuiCanvasRepaint::labelsShowAsDrawn_data()
{
    // What was selected first (its labels' stamps are made), and what is selected when compared.
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<Action>("edit"); // made between the two selections
    QTest::addColumn<int>("zoomIns"); // steps in from 100 %
    const QStringList server{QStringLiteral("ksc")};
    const Action nothing = [](MainWindow *) {};
    QTest::newRow("nothing selected (plain labels)")
        << QStringList() << QStringList() << nothing << 0;
    QTest::newRow("the server selected (highlighted and dimmed labels)")
        << QStringList() << server << nothing << 0;
    QTest::newRow("the selection cleared (the same texts plain again)")
        << server << QStringList() << nothing << 0;
    // Labels that moved, came and went: found where they are now.
    QTest::newRow("a group moved to the Internet")
        << QStringList() << QStringList() << Action(officeToInternet) << 0;
    QTest::newRow("the server moved")
        << QStringList() << QStringList() << Action([](MainWindow *w) {
               moveDevice(w, QStringLiteral("ksc"), QStringLiteral("lan"), QPointF(300, 200));
           })
        << 0;
    // Stamped up to 150 %, with room for the highlighted outline that widens with the zoom; drawn
    // in place beyond, where the text is drawn from outlines.
    QTest::newRow("zoomed out to 80 %") << QStringList() << server << nothing << -1;
    QTest::newRow("zoomed in to 125 %") << QStringList() << server << nothing << 1;
    QTest::newRow("zoomed in to 244 %") << QStringList() << server << nothing << 4;
}

// The view finds the labels to repaint in a grid and stamps each from an image drawn once per
// text, emphasis and zoom: what it shows must be every label as drawn in place, give or take the
// shade of its edges (a label the grid lost, a stamp of another text or emphasis, or one a pixel
// off, is not).
void TestGuiCanvasRepaint::labelsShowAsDrawn()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, selected);
    QFETCH(Action, edit);
    QFETCH(int, zoomIns);
    m_window->view()->zoomActualSize();
    for (int i = 0; i < zoomIns; ++i)
        m_window->view()->zoomIn();
    for (int i = 0; i < -zoomIns; ++i)
        m_window->view()->zoomOut();
    if (zoomIns != 0)
        m_window->view()->centerOn(m_window->canvas()->deviceItem(QStringLiteral("ksc"))->pos());
    m_window->canvas()->selectIds(before);
    settle();
    edit(m_window);
    settle();
    m_window->canvas()->selectIds(selected);
    settle();
    // As the edits left it (repainted where they changed), then repainted whole.
    const QImage partial = shown();
    m_window->view()->viewport()->repaint();
    const QImage whole = shown();
    ArrowLayer *layer = arrowLayer();
    QVERIFY(layer);
    layer->setPlainLabels(true);
    m_window->view()->viewport()->repaint();
    const QImage drawn = shown();
    layer->setPlainLabels(false);
    for (const QImage &view : {partial, whole})
        compareLabels(view, drawn);
}

void TestGuiCanvasRepaint::compareLabels(const QImage &view, const QImage &drawn) const
{
    QWidget *viewport = m_window->view()->viewport();
    // A pixel against the same in the drawn image, each smoothed over its neighbours: a stamp
    // sits on whole pixels and its edges shade differently from a box drawn half a pixel off.
    const auto smoothed = [](const QImage &image, int x, int y, int shift) {
        int sum = 0;
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx)
                sum += (image.pixel(x + dx, y + dy) >> shift) & 0xff;
        }
        return sum / 9;
    };
    const auto differs = [&](int x, int y) {
        return std::any_of(std::begin(Channels), std::end(Channels), [&](int shift) {
            return std::abs(smoothed(view, x, y, shift) - smoothed(drawn, x, y, shift)) >
                   StampTolerance;
        });
    };
    int labels = 0;
    for (const FlowArrow *arrow : m_window->canvas()->arrows()) {
        const QRect label = m_window->view()
                                ->mapFromScene(arrow->labelRect())
                                .boundingRect()
                                .intersected(viewport->rect().adjusted(2, 2, -2, -2));
        if (label.width() < 6 || label.height() < 6)
            continue; // off the viewport, or mostly
        ++labels;
        int wrong = 0;
        for (int y = label.top(); y <= label.bottom(); ++y) {
            for (int x = label.left(); x <= label.right(); ++x)
                wrong += differs(x, y) ? 1 : 0;
        }
        QVERIFY2(
            wrong == 0,
            qPrintable(QStringLiteral("the label \"%1\" of %2 -> %3 shows %4 pixels unlike "
                                      "the label as drawn")
                           .arg(arrow->numbers().join(QLatin1Char(' ')), arrow->from(), arrow->to())
                           .arg(wrong)));
    }
    QVERIFY2(labels >= 5, "too few labels on screen: the test tests nothing");
}

QTEST_MAIN(TestGuiCanvasRepaint)
#include "tst_canvasrepaint.moc"
