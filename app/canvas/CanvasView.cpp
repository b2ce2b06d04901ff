#include "app/canvas/CanvasView.h"

#include "app/canvas/CanvasScene.h"
#include "app/canvas/DeviceItem.h"
#include "app/canvas/ZoneItem.h"
#include "app/document/PlanDocument.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

namespace {
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kStep = 1.2;
constexpr qreal kMargin = 40;
} // namespace

CanvasView::CanvasView(CanvasScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_canvas(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setAcceptDrops(true);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    // Every item sets the pen, brush, font and hints it paints with, and every bounding box holds
    // its antialiased edge: the view need not save the painter around each of thousands of items,
    // nor grow each dirty area. The background fills whatever is exposed, so Qt need not first.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFrameShape(QFrame::NoFrame);
    scene->setSceneRect(QRectF(-2000, -2000, 8000, 6000));
    // The hint is drawn over the whole view: it comes and goes with the first zone.
    PlanDocument *document = scene->document();
    for (auto signal : {&PlanDocument::zoneAdded, &PlanDocument::zoneRemoved})
        connect(document, signal, viewport(), qOverload<>(&QWidget::update));
    connect(document, &PlanDocument::planReset, viewport(), qOverload<>(&QWidget::update));
}

QString CanvasView::emptyHint() const
{
    if (!m_canvas->document()->plan().zones.isEmpty())
        return QString();
    return tr("Drag a zone from the palette onto the canvas, then drag devices into it.\n"
              "Or select a palette entry and press Enter; right-click for more.");
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    const QString hint = emptyHint();
    if (hint.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(QColor(0x70, 0x78, 0x80));
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    painter->setFont(font);
    painter->drawText(viewport()->rect().adjusted(40, 40, -40, -40),
                      Qt::AlignCenter | Qt::TextWordWrap, hint);
    painter->restore();
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::setZoom(qreal factor)
{
    const qreal bounded = qBound(kMinZoom, factor, kMaxZoom);
    setTransform(QTransform::fromScale(bounded, bounded));
    emit zoomChanged(qRound(bounded * 100));
}

void CanvasView::zoomIn()
{
    setZoom(zoom() * kStep);
}

void CanvasView::zoomOut()
{
    setZoom(zoom() / kStep);
}

void CanvasView::zoomActualSize()
{
    setZoom(1.0);
}

void CanvasView::fitWhenShown()
{
    m_fitPending = true;
    if (isVisible())
        fitLater();
}

void CanvasView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        fitLater();
}

void CanvasView::fitLater()
{
    // After the layout has given the view its size.
    QTimer::singleShot(0, this, [this] {
        if (!m_fitPending)
            return;
        m_fitPending = false;
        zoomToFit();
    });
}

void CanvasView::zoomToFit()
{
    const QRectF content = m_canvas->itemsBoundingRect();
    if (content.isEmpty()) {
        zoomActualSize();
        return;
    }
    const QRectF target = content.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    // An arranged estate may reach past the scene's initial bounds.
    scene()->setSceneRect(sceneRect().united(target));
    const QSizeF area = viewport()->size();
    // Never past 100 %: a plan of one card would otherwise fill the window with it.
    setZoom(qMin(1.0, qMin(area.width() / target.width(), area.height() / target.height())));
    centerOn(target.center());
}

void CanvasView::showIds(const QStringList &ids)
{
    QRectF r;
    for (const QString &id : ids) {
        if (const DeviceItem *d = m_canvas->deviceItem(id))
            r = r.united(d->sceneBoundingRect());
        else if (const ZoneItem *z = m_canvas->zoneItem(id))
            r = r.united(z->sceneBoundingRect());
    }
    if (!r.isEmpty())
        ensureVisible(r, 40, 40);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta > 0)
        zoomIn();
    else if (delta < 0)
        zoomOut();
    event->accept();
}

bool CanvasView::startPan(QMouseEvent *event)
{
    const bool pan =
        event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (!pan)
        return false;
    m_panning = true;
    m_panStart = event->position().toPoint();
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
    return true;
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (!startPan(event))
        QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint delta = event->position().toPoint() - m_panStart;
    m_panStart = event->position().toPoint();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    event->accept();
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    m_panning = false;
    viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
    event->accept();
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // A light dot grid: the canvas reads as a drawing surface, not an empty window.
    painter->fillRect(rect, QColor(0xfa, 0xfa, 0xfa));
    const qreal step = 20;
    if (zoom() < 0.5)
        return;
    painter->setPen(QPen(QColor(0xd0, 0xd7, 0xdc), 0));
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QList<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step)
            dots << QPointF(x, y);
    }
    painter->drawPoints(dots.constData(), int(dots.size()));
}
