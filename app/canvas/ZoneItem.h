#pragma once

#include "model/Plan.h"

#include <QGraphicsItem>

class ResizeHandle;

// A zone on the canvas: a labelled, resizable area. It mirrors the plan's zone of the same id and
// owns no data the plan does not have.
class ZoneItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };

    explicit ZoneItem(const Zone &zone);

    int type() const override { return Type; }
    QString id() const { return m_zone.id; }
    const Zone &zone() const { return m_zone; }
    void setZone(const Zone &zone);
    QRectF sceneGeometry() const { return QRectF(pos(), m_size); }
    // While a handle is dragged: the new geometry, shown before it is committed.
    void previewGeometry(const QRectF &sceneRect);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void placeHandles();

    Zone m_zone;
    QSizeF m_size;
    bool m_previewing = false; // a resize moves the corner, not the zone's devices
    QList<ResizeHandle *> m_handles;
};
