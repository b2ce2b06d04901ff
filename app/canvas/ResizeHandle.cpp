#include "app/canvas/ResizeHandle.h"

#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasStyle.h"
#include "app/canvas/ZoneItem.h"

#include <QBrush>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

namespace {
constexpr qreal kSize = 10;
}

ResizeHandle::ResizeHandle(ZoneItem *zone, Qt::Corner corner)
    : QGraphicsRectItem(-kSize / 2, -kSize / 2, kSize, kSize, zone), m_zone(zone), m_corner(corner)
{
    setBrush(Qt::white);
    setPen(QPen(CanvasStyle::selection(), 1.5));
    const bool diagonal = corner == Qt::TopLeftCorner || corner == Qt::BottomRightCorner;
    setCursor(diagonal ? Qt::SizeFDiagCursor : Qt::SizeBDiagCursor);
    setZValue(1);
}

void ResizeHandle::place(const QRectF &zoneRect)
{
    switch (m_corner) {
    case Qt::TopLeftCorner:
        setPos(zoneRect.topLeft());
        break;
    case Qt::TopRightCorner:
        setPos(zoneRect.topRight());
        break;
    case Qt::BottomLeftCorner:
        setPos(zoneRect.bottomLeft());
        break;
    case Qt::BottomRightCorner:
        setPos(zoneRect.bottomRight());
        break;
    }
}

QRectF ResizeHandle::resized(const QPointF &scenePos) const
{
    QRectF r = m_start;
    const QSizeF min = CanvasStyle::MinimumZoneSize;
    const bool left = m_corner == Qt::TopLeftCorner || m_corner == Qt::BottomLeftCorner;
    const bool top = m_corner == Qt::TopLeftCorner || m_corner == Qt::TopRightCorner;
    if (left)
        r.setLeft(qMin(scenePos.x(), r.right() - min.width()));
    else
        r.setRight(qMax(scenePos.x(), r.left() + min.width()));
    if (top)
        r.setTop(qMin(scenePos.y(), r.bottom() - min.height()));
    else
        r.setBottom(qMax(scenePos.y(), r.top() + min.height()));
    return QRectF(r.topLeft().toPoint(), r.size().toSize());
}

void ResizeHandle::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_start = m_zone->sceneGeometry();
    event->accept();
}

void ResizeHandle::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    m_zone->previewGeometry(resized(event->scenePos()));
}

void ResizeHandle::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const QRectF r = resized(event->scenePos());
    if (auto *canvas = qobject_cast<CanvasScene *>(scene()))
        canvas->commitZoneGeometry(m_zone->id(), r);
}
