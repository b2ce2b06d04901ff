#include "app/EditActions.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasStyle.h"
#include "app/canvas/CanvasView.h"
#include "app/canvas/DeviceItem.h"
#include "app/canvas/FlowArrow.h"
#include "app/canvas/ZoneItem.h"
#include "app/panels/FindingsDock.h"
#include "app/panels/PaletteWidget.h"
#include "app/panels/PropertiesDock.h"
#include "tests/support/GuiTestSupport.h"

#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QListWidgetItem>
#include <QMimeData>
#include <QPushButton>
#include <QUndoStack>

// The canvas as a person uses it: palette drops, dragging devices between zones, fixes, the
// properties editor; each edit is one undo step and undo restores the exact document.
class TestGuiCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fixture.reset(); }

    void dropFromPaletteAddsDevice();
    void dropOutsideZonesIsRefused();
    void dragDeviceIntoDmzClearsFinding();
    void dragOutsideEveryZoneIsTakenBack();
    void dragGatewayTakesItsCoHostedDevice();
    void resizeZoneWithHandle();
    void dragZoneMovesItsDevices();
    void fixAddsGatewayInOneStep();
    void fixSwitchesToTlsPort();
    void countEditorRefusesInvalidValues();
    void hostChoiceJoinsTheHostsZone();
    void addressEditorTakesSubnets();
    void copyPasteCreatesNewIds();
    void deleteZoneTakesItsDevices();
    void reverseProxyArrowReachesTheServer();

private:
    void dropOnCanvas(QMimeData *mime, const QPointF &scenePos, bool expectAccepted);

    std::unique_ptr<GuiFixture> m_fixture;
    MainWindow *m_window = nullptr;
};

void TestGuiCanvas::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    m_window = m_fixture->openOnCanvas();
    QVERIFY(m_window);
}

void TestGuiCanvas::dropOnCanvas(QMimeData *mime, const QPointF &scenePos, bool expectAccepted)
{
    QWidget *viewport = m_window->view()->viewport();
    const QPoint at = m_fixture->viewportPoint(scenePos);
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QCOMPARE(move.isAccepted(), expectAccepted);
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QCOMPARE(drop.isAccepted(), expectAccepted);
}

void TestGuiCanvas::dropFromPaletteAddsDevice()
{
    m_fixture->loadPlanWithoutGateway();
    PlanDocument *doc = m_fixture->document();
    QVERIFY(hasFinding(doc, QStringLiteral("no-path-to-server")));
    const qsizetype flowsBefore = doc->flows().flows.size();
    const QByteArray before = m_fixture->bytes();

    PaletteWidget *palette = m_window->palette();
    std::unique_ptr<QMimeData> mime(
        palette->mimeDataFor(palette->item(QStringLiteral("connection-gateway"))));
    QVERIFY(mime);
    const QRectF dmz = doc->plan().zone(QStringLiteral("dmz"))->geometry;
    dropOnCanvas(mime.get(), dmz.center(), true);

    const Device *gateway = nullptr;
    for (const Device &d : doc->plan().devices) {
        if (d.role == Catalog::Role::ConnectionGateway)
            gateway = &d;
    }
    QVERIFY(gateway);
    QCOMPARE(gateway->zone, QStringLiteral("dmz"));
    QVERIFY(m_window->canvas()->deviceItem(gateway->id));
    QVERIFY(!hasFinding(doc, QStringLiteral("no-path-to-server")));
    QVERIFY(doc->flows().flows.size() > flowsBefore);
    const bool has4a = std::any_of(doc->flows().flows.begin(), doc->flows().flows.end(),
                                   [](const Flow &f) { return f.number == QStringLiteral("4a"); });
    QVERIFY(has4a);
    QCOMPARE(m_window->canvas()->selectedIds(), QStringList{gateway->id});

    doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), before);
    QVERIFY(hasFinding(doc, QStringLiteral("no-path-to-server")));
}

void TestGuiCanvas::dropOutsideZonesIsRefused()
{
    PlanDocument *doc = m_fixture->document();
    const QByteArray before = m_fixture->bytes();
    PaletteWidget *palette = m_window->palette();
    std::unique_ptr<QMimeData> mime(
        palette->mimeDataFor(palette->item(QStringLiteral("managed-computer"))));
    dropOnCanvas(mime.get(), QPointF(-600, -600), false);
    QCOMPARE(m_fixture->bytes(), before);
    QCOMPARE(doc->undoStack()->count(), 0);

    // A zone, though, may go anywhere.
    std::unique_ptr<QMimeData> zone(palette->mimeDataFor(palette->item(QStringLiteral("dmz"))));
    dropOnCanvas(zone.get(), QPointF(-600, -600), true);
    QCOMPARE(doc->plan().zones.size(), qsizetype(4));
    QCOMPARE(doc->plan().zones.last().kind, Catalog::ZoneKind::Dmz);
}

void TestGuiCanvas::dragDeviceIntoDmzClearsFinding()
{
    PlanDocument *doc = m_fixture->document();
    // Put the gateway into the LAN first (the finding appears), through the document.
    Device inLan = *doc->plan().device(QStringLiteral("gateway"));
    inLan.zone = QStringLiteral("lan");
    inLan.position = QPointF(360, 150);
    PlanEdit edit;
    edit.changeDevice(doc->plan(), inLan);
    doc->edit(edit, QStringLiteral("setup"));
    QVERIFY(hasFinding(doc, QStringLiteral("gateway-outside-dmz")));
    const QByteArray before = m_fixture->bytes();
    const int steps = doc->undoStack()->count();

    const QPointF grab = inLan.position + QPointF(20, 20);
    const QRectF dmz = doc->plan().zone(QStringLiteral("dmz"))->geometry;
    const QPointF target(dmz.center().x(), dmz.top() + 120);
    m_fixture->dragOnCanvas(grab, target);

    const Device *moved = doc->plan().device(QStringLiteral("gateway"));
    QCOMPARE(moved->zone, QStringLiteral("dmz"));
    QVERIFY(dmz.contains(moved->position));
    QVERIFY(!hasFinding(doc, QStringLiteral("gateway-outside-dmz")));
    QCOMPARE(doc->undoStack()->count(), steps + 1); // one step for the whole drag

    doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), before);
    QCOMPARE(m_window->canvas()->deviceItem(QStringLiteral("gateway"))->pos(), inLan.position);
    QVERIFY(hasFinding(doc, QStringLiteral("gateway-outside-dmz")));
}

void TestGuiCanvas::dragOutsideEveryZoneIsTakenBack()
{
    PlanDocument *doc = m_fixture->document();
    const QByteArray before = m_fixture->bytes();
    const Device *ksc = doc->plan().device(QStringLiteral("ksc"));
    const QPointF start = ksc->position;
    m_fixture->dragOnCanvas(start + QPointF(20, 20), QPointF(-400, 900));
    QCOMPARE(m_fixture->bytes(), before);
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(m_window->canvas()->deviceItem(QStringLiteral("ksc"))->pos(), start);
}

void TestGuiCanvas::dragGatewayTakesItsCoHostedDevice()
{
    PlanDocument *doc = m_fixture->document();
    const QString gatewayId = QStringLiteral("gateway");
    const QString mdmId = QStringLiteral("mdm");
    // The template runs the iOS MDM Server on the gateway's machine.
    QCOMPARE(doc->plan().device(mdmId)->host, gatewayId);
    QCOMPARE(doc->plan().device(mdmId)->zone, QStringLiteral("dmz"));
    const QByteArray before = m_fixture->bytes();
    const QPointF gateway = doc->plan().device(gatewayId)->position;
    const QPointF mdm = doc->plan().device(mdmId)->position;

    // Drag the gateway by the mouse into a free part of the LAN.
    const QPointF grab = gateway + QPointF(20, 20);
    const QPointF target(380, 170);
    m_fixture->dragOnCanvas(grab, target);

    const Device *movedGateway = doc->plan().device(gatewayId);
    const Device *movedMdm = doc->plan().device(mdmId);
    QCOMPARE(movedGateway->zone, QStringLiteral("lan"));
    QCOMPARE(movedMdm->zone, QStringLiteral("lan"));
    QCOMPARE(movedGateway->position, target - QPointF(20, 20));
    // The MDM server keeps its place relative to the gateway, and the canvas shows it there.
    QCOMPARE(movedMdm->position - movedGateway->position, mdm - gateway);
    QCOMPARE(m_window->canvas()->deviceItem(mdmId)->pos(), movedMdm->position);
    QVERIFY(doc->plan()
                .zone(QStringLiteral("lan"))
                ->geometry.contains(QRectF(movedMdm->position, CanvasStyle::DeviceSize)));
    QVERIFY(!hasFinding(doc, QStringLiteral("host-in-other-zone")));
    QCOMPARE(doc->undoStack()->count(), 1);

    doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), before);
    QCOMPARE(m_window->canvas()->deviceItem(gatewayId)->pos(), gateway);
    QCOMPARE(m_window->canvas()->deviceItem(mdmId)->pos(), mdm);
}

void TestGuiCanvas::resizeZoneWithHandle()
{
    PlanDocument *doc = m_fixture->document();
    const QByteArray before = m_fixture->bytes();
    const QRectF dmz = doc->plan().zone(QStringLiteral("dmz"))->geometry;
    m_window->selectIds({QStringLiteral("dmz")});
    m_fixture->dragOnCanvas(dmz.bottomRight(), dmz.bottomRight() + QPointF(30, 40));
    QCOMPARE(doc->plan().zone(QStringLiteral("dmz"))->geometry,
             QRectF(dmz.topLeft(), dmz.size() + QSizeF(30, 40)));
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), before);
    QCOMPARE(m_window->canvas()->zoneItem(QStringLiteral("dmz"))->sceneGeometry(), dmz);
}

void TestGuiCanvas::dragZoneMovesItsDevices()
{
    PlanDocument *doc = m_fixture->document();
    const QPointF gateway = doc->plan().device(QStringLiteral("gateway"))->position;
    const QRectF dmz = doc->plan().zone(QStringLiteral("dmz"))->geometry;
    // Grab the zone by its header, where no device lies.
    const QPointF grab = dmz.topLeft() + QPointF(100, 12);
    m_fixture->dragOnCanvas(grab, grab + QPointF(0, 80));
    QCOMPARE(doc->plan().zone(QStringLiteral("dmz"))->geometry, dmz.translated(0, 80));
    QCOMPARE(doc->plan().device(QStringLiteral("gateway"))->position, gateway + QPointF(0, 80));
    QCOMPARE(doc->plan().device(QStringLiteral("gateway"))->zone, QStringLiteral("dmz"));
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestGuiCanvas::fixAddsGatewayInOneStep()
{
    m_fixture->loadPlanWithoutGateway();
    PlanDocument *doc = m_fixture->document();
    const QByteArray before = m_fixture->bytes();
    FindingsDock *findings = m_window->findings();
    QVERIFY(findings->selectCode(QStringLiteral("no-path-to-server")));
    QVERIFY(findings->fixButton()->isEnabled());
    QTest::mouseClick(findings->fixButton(), Qt::LeftButton);

    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(!hasFinding(doc, QStringLiteral("no-path-to-server")));
    const Device *gateway = doc->plan().device(QStringLiteral("connection-gateway"));
    QVERIFY(gateway);
    QCOMPARE(doc->plan().zoneKindOf(*gateway), std::optional(Catalog::ZoneKind::Dmz));

    // The missing MDM server: its fix puts it on the new gateway's host.
    QVERIFY(findings->selectCode(QStringLiteral("ios-without-mdm")));
    findings->applyFix();
    QVERIFY(!hasFinding(doc, QStringLiteral("ios-without-mdm")));
    QCOMPARE(doc->plan().devices.last().host, gateway->id);

    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), before);
}

void TestGuiCanvas::fixSwitchesToTlsPort()
{
    PlanDocument *doc = m_fixture->document();
    PlanEdit edit;
    PlanSettings legacy = doc->plan().settings;
    legacy.legacyAgentPort = true;
    edit.changeSettings(doc->plan(), legacy);
    doc->edit(edit, QStringLiteral("setup"));
    QVERIFY(m_window->findings()->selectCode(QStringLiteral("legacy-agent-port")));
    m_window->findings()->applyFix();
    QVERIFY(!doc->plan().settings.legacyAgentPort);
    QVERIFY(!hasFinding(doc, QStringLiteral("legacy-agent-port")));
    QCOMPARE(doc->undoStack()->count(), 2);
}

void TestGuiCanvas::countEditorRefusesInvalidValues()
{
    PlanDocument *doc = m_fixture->document();
    m_window->selectIds({QStringLiteral("office")});
    PropertiesDock *properties = m_window->properties();
    QCOMPARE(properties->element(), QStringLiteral("office"));
    QLineEdit *count = properties->countEdit();
    QCOMPARE(count->text(), QStringLiteral("500"));

    count->setFocus();
    count->selectAll();
    QTest::keyClick(count, Qt::Key_Backspace);
    QTest::keyClicks(count, QStringLiteral("0"));
    QCOMPARE(doc->plan().device(QStringLiteral("office"))->count, 500);
    QVERIFY(!properties->errorText().isEmpty());
    QCOMPARE(doc->undoStack()->count(), 0);

    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("2500"));
    QCOMPARE(doc->plan().device(QStringLiteral("office"))->count, 2500);
    QVERIFY(properties->errorText().isEmpty());
    QCOMPARE(doc->undoStack()->count(), 1); // the typing merged into one step

    // Typed key by key: "not" is still a host name, "not " no longer is.
    properties->addressEdit()->setFocus();
    QTest::keyClicks(properties->addressEdit(), QStringLiteral("not an address!"));
    QCOMPARE(doc->plan().device(QStringLiteral("office"))->address, QStringLiteral("not"));
    QVERIFY(!properties->errorText().isEmpty());
}

void TestGuiCanvas::hostChoiceJoinsTheHostsZone()
{
    PlanDocument *doc = m_fixture->document();
    const QByteArray before = m_fixture->bytes();
    const QString web = QStringLiteral("webconsole");
    m_window->selectIds({web});
    QComboBox *host = m_window->properties()->hostBox();
    const int gateway = host->findData(QStringLiteral("gateway"));
    QVERIFY(gateway > 0);
    // Chosen with the keyboard, as a person does.
    host->setFocus();
    while (host->currentIndex() < gateway)
        QTest::keyClick(host, Qt::Key_Down);

    const Device *d = doc->plan().device(web);
    QCOMPARE(d->host, QStringLiteral("gateway"));
    QCOMPARE(d->zone, QStringLiteral("dmz"));
    QVERIFY(doc->plan().zone(QStringLiteral("dmz"))->geometry.contains(d->position));
    QCOMPARE(m_window->canvas()->deviceItem(web)->pos(), d->position);
    QVERIFY(!hasFinding(doc, QStringLiteral("host-in-other-zone")));
    // Every step of the keyboard walk was one edit; undoing them all restores the plan.
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), before);
}

void TestGuiCanvas::addressEditorTakesSubnets()
{
    // The editor accepts what the plan file accepts: a group's subnets, never 999.1.1.1.
    PlanDocument *doc = m_fixture->document();
    m_window->selectIds({QStringLiteral("office")});
    PropertiesDock *properties = m_window->properties();
    QLineEdit *address = properties->addressEdit();
    address->setFocus();
    address->selectAll();
    QTest::keyClick(address, Qt::Key_Backspace);
    QTest::keyClicks(address, QStringLiteral("10.1.0.0/16, fd00:1::/48"));
    QCOMPARE(doc->plan().device(QStringLiteral("office"))->address,
             QStringLiteral("10.1.0.0/16, fd00:1::/48"));
    QVERIFY(properties->errorText().isEmpty());

    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("999.1.1.1"));
    QCOMPARE(doc->plan().device(QStringLiteral("office"))->address,
             QStringLiteral("10.1.0.0/16, fd00:1::/48"));
    QVERIFY(!properties->errorText().isEmpty());
}

void TestGuiCanvas::copyPasteCreatesNewIds()
{
    PlanDocument *doc = m_fixture->document();
    const qsizetype devices = doc->plan().devices.size();
    m_window->selectIds({QStringLiteral("ksc"), QStringLiteral("db")});
    m_window->edits()->copy();
    m_window->edits()->paste();
    QCOMPARE(doc->plan().devices.size(), devices + 2);
    const QStringList pasted = m_window->canvas()->selectedIds();
    QCOMPARE(pasted.size(), 2);
    for (const QString &id : pasted) {
        QVERIFY(id != QStringLiteral("ksc") && id != QStringLiteral("db"));
        QCOMPARE(doc->plan().device(id)->zone, QStringLiteral("lan"));
    }
    m_window->edits()->duplicate();
    QCOMPARE(doc->plan().devices.size(), devices + 4);
    QCOMPARE(doc->undoStack()->count(), 2);
}

void TestGuiCanvas::deleteZoneTakesItsDevices()
{
    PlanDocument *doc = m_fixture->document();
    const QByteArray before = m_fixture->bytes();
    m_window->selectIds({QStringLiteral("dmz")});
    m_fixture->answer = QMessageBox::Yes; // the zone takes two devices along: asked first
    m_window->edits()->deleteSelection();
    QCOMPARE(m_fixture->asked.size(), 1);
    QVERIFY(!doc->plan().zone(QStringLiteral("dmz")));
    QVERIFY(!doc->plan().device(QStringLiteral("gateway")));
    QVERIFY(!doc->plan().device(QStringLiteral("mdm")));
    QVERIFY(!m_window->canvas()->zoneItem(QStringLiteral("dmz")));
    doc->undoStack()->undo();
    QCOMPARE(m_fixture->bytes(), before);
    QVERIFY(m_window->canvas()->zoneItem(QStringLiteral("dmz")));
    QVERIFY(m_window->canvas()->deviceItem(QStringLiteral("mdm")));
}

// The canvas draws the route the checklist opens (Route::hops): on from the reverse proxy to the
// Administration Server, with the numbers of the checklist's rule between them.
void TestGuiCanvas::reverseProxyArrowReachesTheServer()
{
    const QString path = m_fixture->dir.filePath(QStringLiteral("reverse-proxy.json"));
    QVERIFY(PlanFile::save(*Templates::load(QStringLiteral("reverse-proxy")), path, nullptr));
    QVERIFY(m_window->files()->loadFile(path));
    QStringList opened;
    for (const ChecklistRow &row : m_fixture->document()->checklist()) {
        if (row.from == QStringLiteral("proxy") && row.to == QStringLiteral("ksc"))
            opened << row.flows;
    }
    QVERIFY(!opened.isEmpty());
    const FlowArrow *arrow = nullptr;
    for (const FlowArrow *candidate : m_window->canvas()->arrows()) {
        if (candidate->from() == QStringLiteral("proxy") &&
            candidate->to() == QStringLiteral("ksc"))
            arrow = candidate;
    }
    QVERIFY(arrow);
    QVERIFY(arrow->isVisible());
    QStringList shown = arrow->numbers();
    shown.sort();
    opened.sort();
    opened.removeDuplicates();
    QCOMPARE(shown, opened);
}

QTEST_MAIN(TestGuiCanvas)
#include "tst_canvas.moc"
