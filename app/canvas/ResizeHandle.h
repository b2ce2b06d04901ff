#pragma once

#include <QGraphicsRectItem>

class ZoneItem;

// A corner handle of a selected zone. Dragging it previews the new size; releasing it commits one
// resize to the plan.
class ResizeHandle : public QGraphicsRectItem
{
public:
    ResizeHandle(ZoneItem *zone, Qt::Corner corner);

    void place(const QRectF &zoneRect);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QRectF resized(const QPointF &scenePos) const;

    ZoneItem *m_zone;
    Qt::Corner m_corner;
    QRectF m_start;
};
