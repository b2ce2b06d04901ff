#include "app/Translations.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/DeviceItem.h"
#include "app/canvas/FlowArrow.h"
#include "app/document/PlanDocument.h"
#include "model/io/Templates.h"

#include <QFontMetricsF>
#include <QTest>
#include <QUndoStack>

#include <memory>

// What the canvas shows a person reading it: flow labels free of cards and of each other, whole
// device names, mobile cards that differ in both languages.
class TestGuiCanvasLayout : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void labelsAreFree_data();
    void labelsAreFree();
    void labelsStayFreeAfterMoves();
    void longNamesAreShownWhole_data();
    void longNamesAreShownWhole();
    void mobileCardsDiffer_data();
    void mobileCardsDiffer();

private:
    CanvasScene *show(const Plan &plan);
    void verifyLabelsFree() const;

    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<CanvasScene> m_scene;
    std::unique_ptr<Translations> m_translations;
};

namespace {

// The reference plan grown by `groups` device groups on a grid in the LAN and on the Internet,
// as a large customer's plan is drawn.
Plan grownPlan(int groups)
{
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    const int columns = 10;
    const int rows = (groups / 2 + columns - 1) / columns;
    for (Zone &z : plan.zones)
        z.geometry.setHeight(600 + rows * 80);
    Zone &lan = *plan.zone(QStringLiteral("lan"));
    lan.geometry.setWidth(columns * 170 + 40);
    Zone &dmz = *plan.zone(QStringLiteral("dmz"));
    const qreal dmzShift = lan.geometry.right() + 40 - dmz.geometry.left();
    dmz.geometry.translate(dmzShift, 0);
    Zone &internet = *plan.zone(QStringLiteral("internet"));
    const qreal internetShift = dmz.geometry.right() + 40 - internet.geometry.left();
    internet.geometry.translate(internetShift, 0);
    internet.geometry.setWidth(columns * 170 + 40);
    for (Device &d : plan.devices) {
        if (d.zone == dmz.id)
            d.position.rx() += dmzShift;
        else if (d.zone == internet.id)
            d.position.rx() += internetShift;
    }
    for (int i = 0; i < groups; ++i) {
        const Zone &zone = i % 2 ? internet : lan;
        Device d =
            Device::make(QStringLiteral("group-%1").arg(i),
                         i % 4 == 3 ? Catalog::Role::AndroidDevice : Catalog::Role::ManagedComputer,
                         zone.id, 20);
        d.name = QStringLiteral("Group %1").arg(i);
        const int slot = i / 2;
        d.position = zone.geometry.topLeft() +
                     QPointF(20 + (slot % columns) * 170, 600 + (slot / columns) * 80);
        plan.devices << d;
    }
    return plan;
}

QList<QRectF> cards(const CanvasScene *scene, const Plan &plan)
{
    QList<QRectF> rects;
    for (const Device &d : plan.devices)
        rects << scene->deviceItem(d.id)->sceneCardRect();
    return rects;
}

} // namespace

void TestGuiCanvasLayout::cleanup()
{
    m_scene.reset();
    m_document.reset();
    if (m_translations)
        m_translations->apply(QStringLiteral("en"));
}

CanvasScene *TestGuiCanvasLayout::show(const Plan &plan)
{
    m_scene.reset();
    m_document = std::make_unique<PlanDocument>();
    m_document->reset(plan, QString());
    m_scene = std::make_unique<CanvasScene>(m_document.get());
    return m_scene.get();
}

void TestGuiCanvasLayout::verifyLabelsFree() const
{
    const QList<QRectF> cardRects = cards(m_scene.get(), m_document->plan());
    QList<const FlowArrow *> shown;
    for (const FlowArrow *arrow : m_scene->arrows()) {
        if (arrow->isVisible())
            shown << arrow;
    }
    QVERIFY(!shown.isEmpty());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QRectF label = shown[i]->labelRect();
        for (const QRectF &card : cardRects) {
            QVERIFY2(!label.intersects(card),
                     qPrintable(QStringLiteral("label of %1 -> %2 on a card")
                                    .arg(shown[i]->from(), shown[i]->to())));
        }
        for (qsizetype j = i + 1; j < shown.size(); ++j) {
            QVERIFY2(!label.intersects(shown[j]->labelRect()),
                     qPrintable(QStringLiteral("labels of %1 -> %2 and %3 -> %4 overlap")
                                    .arg(shown[i]->from(), shown[i]->to(), shown[j]->from(),
                                         shown[j]->to())));
        }
    }
}

void TestGuiCanvasLayout::labelsAreFree_data()
{
    QTest::addColumn<QString>("plan"); // a template, or "grown" for the generated plan
    for (const QString &name : Templates::names())
        QTest::newRow(qPrintable(name)) << name;
    QTest::newRow("grown to 100 groups") << QStringLiteral("grown");
}

void TestGuiCanvasLayout::labelsAreFree()
{
    QFETCH(QString, plan);
    show(plan == QStringLiteral("grown") ? grownPlan(100) : *Templates::load(plan));
    verifyLabelsFree();
}

void TestGuiCanvasLayout::labelsStayFreeAfterMoves()
{
    show(grownPlan(40));
    // Devices moved onto the busiest spots: next to the server and across to the Internet.
    const QList<std::pair<QString, QPointF>> moves = {
        {QStringLiteral("office"), QPointF(200, 330)},
        {QStringLiteral("group-0"), QPointF(380, 240)},
        {QStringLiteral("group-2"), QPointF(40, 480)},
    };
    for (const auto &[id, position] : moves) {
        Device moved = *m_document->plan().device(id);
        moved.position = position;
        PlanEdit edit;
        edit.changeDevice(m_document->plan(), moved);
        m_document->edit(edit, QStringLiteral("Move"));
        verifyLabelsFree();
        m_document->undoStack()->undo();
        verifyLabelsFree();
        m_document->undoStack()->redo();
        verifyLabelsFree();
    }
}

void TestGuiCanvasLayout::longNamesAreShownWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    QTest::newRow("en, words") << "en"
                               << "Branch office distribution point (north-east region)";
    QTest::newRow("en, one word") << "en"
                                  << "KSC-DISTRIBUTION-POINT-NORTH-EAST-01";
    QTest::newRow("ru, role name") << "ru"
                                   << "Мобильное устройство Android";
    QTest::newRow("ru, words") << "ru"
                               << "Точка распространения филиала «Северо-Восток», второй этаж";
    // A role's own name, as the palette gives it: each word a little wider than a plain card's
    // line; the card widens rather than cut one ("Administratio / n Server").
    QTest::newRow("en, Administration Server") << "en"
                                               << "Administration Server";
    QTest::newRow("en, Administrator's device") << "en"
                                                << "Administrator's device";
    QTest::newRow("ru, Сервер администрирования") << "ru"
                                                  << "Сервер администрирования";
}

void TestGuiCanvasLayout::longNamesAreShownWhole()
{
    QFETCH(QString, language);
    QFETCH(QString, name);
    if (!m_translations)
        m_translations = std::make_unique<Translations>();
    QCOMPARE(m_translations->apply(language), language);
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    plan.device(QStringLiteral("office"))->name = name;
    show(plan);
    const DeviceItem *card = m_scene->deviceItem(QStringLiteral("office"));
    const QStringList lines = card->nameLines();
    QVERIFY(lines.size() <= 2);
    const QFontMetricsF fm(DeviceItem::nameFont());
    for (const QString &line : lines)
        QVERIFY2(fm.horizontalAdvance(line) <= card->textWidth(), qPrintable(line));
    // Nothing left out: the lines put together are the name (a line break stands for a space,
    // or for nothing inside one long word).
    QString joined = lines.join(QLatin1Char(' '));
    if (!name.contains(QLatin1Char(' ')))
        joined = lines.join(QString());
    QCOMPARE(joined, name);
    QVERIFY(card->toolTip().contains(name));
    QVERIFY(card->sceneCardRect().height() >= fm.lineSpacing() * lines.size());
}

void TestGuiCanvasLayout::mobileCardsDiffer_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("ru") << "ru";
}

void TestGuiCanvasLayout::mobileCardsDiffer()
{
    QFETCH(QString, language);
    if (!m_translations)
        m_translations = std::make_unique<Translations>();
    QCOMPARE(m_translations->apply(language), language);
    // The template in the window's language: names are the roles' own.
    show(*Templates::load(QStringLiteral("gateway"), Texts::forLanguage(language)));
    const DeviceItem *android = m_scene->deviceItem(QStringLiteral("android"));
    const DeviceItem *ios = m_scene->deviceItem(QStringLiteral("ios"));
    QVERIFY(android->shownSubtitle() != ios->shownSubtitle());
    QVERIFY2(android->shownSubtitle().contains(QStringLiteral("Android")),
             qPrintable(android->shownSubtitle()));
    QVERIFY2(ios->shownSubtitle().contains(QStringLiteral("iOS")),
             qPrintable(ios->shownSubtitle()));
    QVERIFY(android->nameLines() != ios->nameLines());
    // Switched while open: the cards take the other language's words, still whole.
    const QString other =
        language == QStringLiteral("en") ? QStringLiteral("ru") : QStringLiteral("en");
    m_translations->apply(other);
    QVERIFY(android->shownSubtitle() != ios->shownSubtitle());
    QVERIFY2(android->shownSubtitle().contains(QStringLiteral("Android")),
             qPrintable(android->shownSubtitle()));
    QCOMPARE(android->shownSubtitle().contains(QStringLiteral("Мобильное")),
             other == QStringLiteral("ru"));
}

QTEST_MAIN(TestGuiCanvasLayout)
#include "tst_canvaslayout.moc"
