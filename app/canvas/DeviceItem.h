#pragma once

#include "model/Plan.h"

#include <QGraphicsItem>

// A device on the canvas: icon, name, count and role. It mirrors the plan's device of the same id;
// dragging it only moves the item until the scene commits the move on release.
class DeviceItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };

    explicit DeviceItem(const Device &device);

    int type() const override { return Type; }
    QString id() const { return m_device.id; }
    const Device &device() const { return m_device; }
    void setDevice(const Device &device);
    // Marked by a selected finding or checklist row.
    void setMarked(bool marked);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString subtitle() const;

    Device m_device;
    bool m_marked = false;
};
