#include "app/canvas/ZoneItem.h"

#include "app/Icons.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasStyle.h"
#include "app/canvas/ResizeHandle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

ZoneItem::ZoneItem(const Zone &zone)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(0);
    for (const Qt::Corner corner :
         {Qt::TopLeftCorner, Qt::TopRightCorner, Qt::BottomLeftCorner, Qt::BottomRightCorner})
        m_handles << new ResizeHandle(this, corner);
    setZone(zone);
    itemChange(ItemSelectedHasChanged, false);
}

void ZoneItem::setZone(const Zone &zone)
{
    prepareGeometryChange();
    m_zone = zone;
    m_size = zone.geometry.size();
    setPos(zone.geometry.topLeft());
    placeHandles();
    update();
}

void ZoneItem::previewGeometry(const QRectF &sceneRect)
{
    prepareGeometryChange();
    m_size = sceneRect.size();
    m_previewing = true;
    setPos(sceneRect.topLeft());
    m_previewing = false;
    placeHandles();
}

void ZoneItem::placeHandles()
{
    for (ResizeHandle *h : std::as_const(m_handles))
        h->place(QRectF(QPointF(), m_size));
}

QRectF ZoneItem::boundingRect() const
{
    return QRectF(QPointF(), m_size).adjusted(-2, -2, 2, 2);
}

void ZoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r(QPointF(), m_size);
    const QColor accent = CanvasStyle::zoneAccent(m_zone.kind);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(CanvasStyle::zoneFill(m_zone.kind));
    const bool selected = option->state & QStyle::State_Selected;
    QPen border(selected ? CanvasStyle::selection() : accent, selected ? 3 : 1.5);
    if (m_zone.kind == Catalog::ZoneKind::Internet)
        border.setStyle(Qt::DashLine); // nobody's network: drawn open
    painter->setPen(border);
    painter->drawRoundedRect(r, 6, 6);

    const QRectF header(r.left(), r.top(), r.width(), CanvasStyle::ZoneHeader);
    painter->setPen(Qt::NoPen);
    QColor band = accent;
    band.setAlpha(40);
    painter->setBrush(band);
    painter->drawRoundedRect(header.adjusted(1, 1, -1, 0), 5, 5);
    Icons::zone(m_zone.kind).paint(painter, QRect(8, 5, 20, 20));
    // From the application's font, not the painter's: the view does not save painter state
    // between items (DontSavePainterState), so a font grown from the last one would keep growing.
    QFont font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() + 1);
    painter->setFont(font);
    painter->setPen(accent.darker(130));
    const QString kind =
        QCoreApplication::translate("Zone", Catalog::zoneKindInfo(m_zone.kind).name);
    const QString label = m_zone.name.isEmpty() || m_zone.name == kind
                              ? kind
                              : QStringLiteral("%1  ·  %2").arg(m_zone.name, kind);
    const QRectF textRect = header.adjusted(34, 0, -8, 0);
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft,
        painter->fontMetrics().elidedText(label, Qt::ElideRight, int(textRect.width())));
}

QVariant ZoneItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged) {
        for (ResizeHandle *h : std::as_const(m_handles))
            h->setVisible(value.toBool());
    } else if (change == ItemPositionChange && scene() && !m_previewing) {
        // Devices of a dragged zone travel with it; the scene knows which and commits all on
        // release.
        if (auto *canvas = qobject_cast<CanvasScene *>(scene())) {
            const QPointF to = canvas->snapped(value.toPointF());
            canvas->zoneDragged(this, to - pos());
            return to;
        }
    }
    return QGraphicsItem::itemChange(change, value);
}
