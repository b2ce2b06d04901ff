#include "app/canvas/DeviceItem.h"

#include "app/Icons.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasStyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

DeviceItem::DeviceItem(const Device &device)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(10);
    // Cards are text and an SVG icon: painting them from a pixmap keeps repaints of large plans
    // within a frame (the cache is redrawn when the card changes or the zoom does).
    setCacheMode(DeviceCoordinateCache);
    setDevice(device);
}

void DeviceItem::setDevice(const Device &device)
{
    m_device = device;
    setPos(device.position);
    setToolTip(device.address.isEmpty()
                   ? device.name
                   : QStringLiteral("%1\n%2").arg(device.name, device.address));
    update();
}

void DeviceItem::setMarked(bool marked)
{
    if (marked == m_marked)
        return;
    m_marked = marked;
    update();
}

QRectF DeviceItem::boundingRect() const
{
    return QRectF(QPointF(), CanvasStyle::DeviceSize).adjusted(-3, -3, 3, 3);
}

QString DeviceItem::subtitle() const
{
    const QString role = QCoreApplication::translate("Role", Catalog::roleInfo(m_device.role).name);
    if (m_device.count <= 1)
        return m_device.name == role ? m_device.address : role;
    return QStringLiteral("× %1  ·  %2").arg(QLocale().toString(m_device.count), role);
}

void DeviceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r(QPointF(), CanvasStyle::DeviceSize);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(selected ? CanvasStyle::selection() : QColor(0x90, 0xa4, 0xae), selected ? 2.5 : 1);
    if (m_marked && !selected)
        pen = QPen(CanvasStyle::arrowHighlight(), 2.5);
    painter->setPen(pen);
    painter->setBrush(Qt::white);
    if (m_device.count > 1) {
        // A group of devices: a second card behind the first.
        painter->drawRoundedRect(r.translated(3, 3), 6, 6);
    }
    painter->drawRoundedRect(r, 6, 6);
    Icons::role(m_device.role).paint(painter, QRect(6, 12, 30, 30));
    if (option->levelOfDetailFromTransform(painter->worldTransform()) <
        CanvasStyle::MinimumTextDetail)
        return; // unreadable at this zoom: the icon says what it is

    const QRectF text = r.adjusted(41, 6, -5, -6);
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x26, 0x32, 0x38));
    const QString name = m_device.displayName();
    painter->drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(name, Qt::ElideRight, int(text.width())));
    font.setBold(false);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    painter->setPen(QColor(0x54, 0x6e, 0x7a));
    painter->drawText(
        QRectF(text.left(), text.center().y(), text.width(), text.height() / 2),
        Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(subtitle(), Qt::ElideRight, int(text.width())));
}

QVariant DeviceItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && scene()) {
        if (auto *canvas = qobject_cast<CanvasScene *>(scene()))
            return canvas->snapped(value.toPointF());
    }
    if (change == ItemPositionHasChanged && scene()) {
        if (auto *canvas = qobject_cast<CanvasScene *>(scene()))
            canvas->deviceMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}
