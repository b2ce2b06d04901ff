#include "app/EditActions.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasView.h"
#include "app/canvas/DeviceItem.h"
#include "app/canvas/FlowArrow.h"
#include "app/canvas/HopTally.h"
#include "app/canvas/InlineRename.h"
#include "model/Analysis.h"
#include "model/Route.h"
#include "model/edit/PlanLayout.h"
#include "tests/support/GuiTestSupport.h"
#include "tests/support/TestPlans.h"
#include "tests/support/UserInput.h"

#include <QToolTip>
#include <QUndoStack>

// Arrows on the canvas run around the cards between their ends, also after a person drags a card
// into the way; a card that a longer name grows moves its neighbours instead of covering them.
class TestGuiCanvasRoutes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void arrowGoesAroundCardBetween_data();
    void arrowGoesAroundCardBetween();
    void arrowGoesAroundCardDraggedIntoTheWay();
    void renamedCardMovesItsNeighbour();
    void everyCatalogNumberHasABit();
    void arrowLabelExplainsItsFlows();
    void arrowsFollowEveryEdit();

private:
    void openPlan(const Plan &plan);
    // "from → to: numbers" for every arrow the canvas draws, and for every pair of devices the
    // document's flows pass (worked out here from Route::hops with ids, not by HopTally).
    QStringList drawnArrows() const;
    QStringList expectedArrows() const;
    // The points of `arrow`'s path inside `card`, named for a failure message (empty: none).
    static QString pointsInside(const FlowArrow *arrow, const QRectF &card);
    const FlowArrow *arrow(const QString &from, const QString &to) const;
    QRectF card(const QString &id) const;

    std::unique_ptr<GuiFixture> m_fixture;
    MainWindow *m_window = nullptr;
};

namespace {

// A server, and a group of computers connecting to it across the LAN, with another group's card
// on the straight line between them (or, with `between` false, below it).
Plan lineOfThree(bool between)
{
    Plan plan;
    plan.title = QStringLiteral("Around a card");
    plan.zones << Zone::make(QStringLiteral("lan"), Catalog::ZoneKind::Lan, QStringLiteral("LAN"));
    plan.zones.last().geometry = QRectF(0, 0, 900, 420);
    Device ksc = Device::make(QStringLiteral("ksc"), Catalog::Role::AdministrationServer,
                              QStringLiteral("lan"));
    ksc.position = QPointF(40, 160);
    Device office = Device::make(QStringLiteral("office"), Catalog::Role::ManagedComputer,
                                 QStringLiteral("lan"), 50, QStringLiteral("Office"));
    office.position = QPointF(700, 160);
    Device middle = Device::make(QStringLiteral("middle"), Catalog::Role::ManagedComputer,
                                 QStringLiteral("lan"), 20, QStringLiteral("Warehouse"));
    middle.position = between ? QPointF(370, 170) : QPointF(370, 330);
    plan.devices << ksc << office << middle;
    return plan;
}

} // namespace

void TestGuiCanvasRoutes::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    m_window = m_fixture->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestGuiCanvasRoutes::cleanup()
{
    m_fixture.reset();
    m_window = nullptr;
}

void TestGuiCanvasRoutes::openPlan(const Plan &plan)
{
    const QString path = m_fixture->dir.filePath(QStringLiteral("plan.json"));
    QString error;
    QVERIFY2(PlanFile::save(plan, path, &error), qPrintable(error));
    QVERIFY(m_window->files()->loadFile(path));
    m_window->view()->zoomActualSize();
}

QString TestGuiCanvasRoutes::pointsInside(const FlowArrow *arrow, const QRectF &card)
{
    // Walked a scene unit at a time: a check of its own, not the router's geometry.
    const QPolygonF path = arrow->path();
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QLineF segment(path[i - 1], path[i]);
        const int steps = qMax(1, int(segment.length()));
        for (int s = 0; s <= steps; ++s) {
            const QPointF p = segment.pointAt(qreal(s) / steps);
            if (card.contains(p))
                return QStringLiteral("%1 -> %2 passes (%3, %4)")
                    .arg(arrow->from(), arrow->to())
                    .arg(p.x())
                    .arg(p.y());
        }
    }
    return QString();
}

const FlowArrow *TestGuiCanvasRoutes::arrow(const QString &from, const QString &to) const
{
    for (const FlowArrow *a : m_window->canvas()->arrows()) {
        if (a->from() == from && a->to() == to && a->isVisible())
            return a;
    }
    return nullptr;
}

QRectF TestGuiCanvasRoutes::card(const QString &id) const
{
    return m_window->canvas()->deviceItem(id)->sceneCardRect();
}

void TestGuiCanvasRoutes::arrowGoesAroundCardBetween_data()
{
    QTest::addColumn<bool>("between");
    QTest::newRow("a card on the straight line") << true;
    QTest::newRow("nothing in the way") << false;
}

void TestGuiCanvasRoutes::arrowGoesAroundCardBetween()
{
    QFETCH(bool, between);
    openPlan(lineOfThree(between));
    const FlowArrow *agents = arrow(QStringLiteral("office"), QStringLiteral("ksc"));
    QVERIFY(agents);
    QVERIFY2(pointsInside(agents, card(QStringLiteral("middle"))).isEmpty(),
             qPrintable(pointsInside(agents, card(QStringLiteral("middle")))));
    // It bends only when a card is in the way; it still starts and ends at its own cards.
    QCOMPARE(agents->path().size() > 2, between);
    const qreal reach = 6;
    QVERIFY(card(QStringLiteral("office"))
                .adjusted(-reach, -reach, reach, reach)
                .contains(agents->path().first()));
    QVERIFY(card(QStringLiteral("ksc"))
                .adjusted(-reach, -reach, reach, reach)
                .contains(agents->path().last()));
    // Its label stays off every card.
    for (const QString &id :
         {QStringLiteral("ksc"), QStringLiteral("office"), QStringLiteral("middle")})
        QVERIFY2(!agents->labelRect().intersects(card(id)), qPrintable(id));
}

void TestGuiCanvasRoutes::arrowGoesAroundCardDraggedIntoTheWay()
{
    openPlan(lineOfThree(false));
    const FlowArrow *agents = arrow(QStringLiteral("office"), QStringLiteral("ksc"));
    QVERIFY(agents);
    QCOMPARE(agents->path().size(), 2);
    // The warehouse card dragged up onto the line, then a little along it.
    const QRectF middle = card(QStringLiteral("middle"));
    m_fixture->dragOnCanvas(middle.center(), middle.center() - QPointF(0, 150));
    QVERIFY(m_fixture->document()->plan().device(QStringLiteral("middle"))->position.y() < 200);
    QVERIFY(agents->path().size() > 2);
    QVERIFY2(pointsInside(agents, card(QStringLiteral("middle"))).isEmpty(),
             qPrintable(pointsInside(agents, card(QStringLiteral("middle")))));
    const QRectF moved = card(QStringLiteral("middle"));
    m_fixture->dragOnCanvas(moved.center(), moved.center() + QPointF(-120, 10));
    QVERIFY2(pointsInside(agents, card(QStringLiteral("middle"))).isEmpty(),
             qPrintable(pointsInside(agents, card(QStringLiteral("middle")))));
    // Every arrow keeps off every card but its own two.
    for (const FlowArrow *a : m_window->canvas()->arrows()) {
        for (const Device &d : m_fixture->document()->plan().devices) {
            if (d.id != a->from() && d.id != a->to())
                QVERIFY2(pointsInside(a, card(d.id)).isEmpty(),
                         qPrintable(pointsInside(a, card(d.id))));
        }
    }
    // Dragged back out of the way, the arrow is straight again.
    m_fixture->document()->undoStack()->undo();
    m_fixture->document()->undoStack()->undo();
    QCOMPARE(agents->path().size(), 2);
}

void TestGuiCanvasRoutes::renamedCardMovesItsNeighbour()
{
    Plan plan = lineOfThree(false);
    // The warehouse right beside the server, the usual gap between them.
    plan.device(QStringLiteral("middle"))->position = QPointF(200, 160);
    openPlan(plan);
    PlanDocument *doc = m_fixture->document();
    const int steps = doc->undoStack()->count();
    m_window->canvas()->selectIds({QStringLiteral("ksc")});
    m_window->view()->setFocus();
    pressOnFocus(Qt::Key_F2);
    InlineRename *editor = m_window->edits()->renameEditor();
    QVERIFY(editor->isVisible());
    QTest::keyClicks(editor, QStringLiteral("Administration Server of the head office in Moscow"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(card(QStringLiteral("ksc")).width() > PlanLayout::DeviceSize.width());
    QVERIFY2(!card(QStringLiteral("ksc")).intersects(card(QStringLiteral("middle"))),
             "the grown card covers its neighbour");
    QVERIFY(doc->plan().device(QStringLiteral("middle"))->position.x() > 200);
    // One step, undone as one: the name and the neighbour's place.
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().device(QStringLiteral("middle"))->position, QPointF(200, 160));
    QCOMPARE(m_fixture->bytes(), PlanFile::serialize(plan));
}

// Hovering an arrow's label lists the flows it stands for; hovering empty canvas lists none.
void TestGuiCanvasRoutes::arrowLabelExplainsItsFlows()
{
    openPlan(lineOfThree(false));
    const FlowArrow *agents = arrow(QStringLiteral("office"), QStringLiteral("ksc"));
    QVERIFY(agents);
    const auto hover = [this](const QPointF &scenePos) {
        QWidget *viewport = m_window->view()->viewport();
        m_window->view()->centerOn(scenePos);
        const QPoint at = m_window->view()->mapFromScene(scenePos);
        QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
        QCoreApplication::sendEvent(viewport, &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    // A line per flow, each "number  from → to  port": every line one of the label's numbers,
    // and every number of the label on some line.
    const QStringList lines = hover(agents->labelRect().center()).split(QLatin1Char('\n'));
    QStringList numbers;
    for (const QString &line : lines) {
        QVERIFY2(line.contains(QStringLiteral("Office → ")), qPrintable(line));
        numbers << line.section(QStringLiteral("  "), 0, 0);
    }
    numbers.removeDuplicates();
    QCOMPARE(numbers, agents->numbers());
    hover(QPointF(450, 400)); // empty canvas: the tip goes
    QTRY_VERIFY(!QToolTip::isVisible());
}

QStringList TestGuiCanvasRoutes::drawnArrows() const
{
    QStringList arrows;
    for (const FlowArrow *a : m_window->canvas()->arrows()) {
        // In the label's order: the catalog's, as the flows list them.
        arrows << a->from() + QStringLiteral(" → ") + a->to() + QStringLiteral(": ") +
                      a->numbers().join(QLatin1Char(' '));
    }
    arrows.sort();
    return arrows;
}

QStringList TestGuiCanvasRoutes::expectedArrows() const
{
    const Plan &plan = m_fixture->document()->plan();
    const Analysis analysis(plan);
    QMap<QString, QStringList> pairs;
    for (const Flow &f : analysis.flows().flows) {
        for (const Hop &hop : Route::hops(analysis.plan(), f)) {
            QStringList &numbers =
                pairs[plan.devices[hop.from].id + QStringLiteral(" → ") + plan.devices[hop.to].id];
            if (!numbers.contains(f.number))
                numbers << f.number;
        }
    }
    QStringList arrows;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        arrows << it.key() + QStringLiteral(": ") + it->join(QLatin1Char(' '));
    arrows.sort();
    return arrows;
}

// After every kind of edit the arrows are those of the plan's flows: a card dragged within its
// zone (the flows stay, and the canvas keeps its arrows), dragged into another zone (the flows
// change), deleted, and each undone.
void TestGuiCanvasRoutes::arrowsFollowEveryEdit()
{
    openPlan(templatePlan(QStringLiteral("gateway")));
    const QStringList original = drawnArrows();
    QCOMPARE(original, expectedArrows());
    const auto centreOf = [this](const QString &id) { return card(id).center(); };
    const auto zoneRect = [this](const QString &id) {
        return m_fixture->document()->plan().zone(id)->geometry;
    };
    QUndoStack *undo = m_fixture->document()->undoStack();
    const QString laptops = QStringLiteral("laptops");

    // Within the Internet zone: a little lower. The flows stay the same list.
    const quint64 generation = m_fixture->document()->analysis().flowsGeneration();
    m_fixture->dragOnCanvas(centreOf(laptops), centreOf(laptops) + QPointF(0, 40));
    QCOMPARE(m_fixture->document()->plan().device(laptops)->zone, QStringLiteral("internet"));
    QCOMPARE(m_fixture->document()->analysis().flowsGeneration(), generation);
    QCOMPARE(drawnArrows(), expectedArrows());

    // Into the LAN: the laptops reach the server straight, no longer through the gateway.
    const QStringList before = drawnArrows();
    const QRectF lan = zoneRect(QStringLiteral("lan"));
    m_fixture->dragOnCanvas(centreOf(laptops), lan.bottomLeft() + QPointF(90, -60));
    QCOMPARE(m_fixture->document()->plan().device(laptops)->zone, QStringLiteral("lan"));
    QVERIFY(drawnArrows() != before);
    QCOMPARE(drawnArrows(), expectedArrows());

    // The gateway deleted with the keyboard.
    m_window->canvas()->selectIds({QStringLiteral("gateway")});
    m_window->view()->setFocus();
    pressOnFocus(Qt::Key_Delete);
    QVERIFY(!m_fixture->document()->plan().device(QStringLiteral("gateway")));
    QCOMPARE(drawnArrows(), expectedArrows());

    // Each step undone.
    while (undo->canUndo()) {
        undo->undo();
        QCOMPARE(drawnArrows(), expectedArrows());
    }
    QCOMPARE(drawnArrows(), original);
}

// The canvas keeps an arrow's flow numbers as bits (HopTally): a plan has at most one number per
// catalog rule, and each must have its bit, or an arrow would lose a number from its label.
void TestGuiCanvasRoutes::everyCatalogNumberHasABit()
{
    QVERIFY2(qsizetype(Catalog::flowRules().size()) <= HopTally::MaxNumbers,
             "the catalog has more rules than an arrow has bits for flow numbers");
}

QTEST_MAIN(TestGuiCanvasRoutes)
#include "tst_canvasroutes.moc"
