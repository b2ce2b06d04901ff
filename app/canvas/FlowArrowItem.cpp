#include "app/canvas/FlowArrowItem.h"

#include "app/canvas/CanvasStyle.h"
#include "app/canvas/GridCells.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <algorithm>
#include <iterator>

namespace {

QFont labelFont()
{
    QFont font;
    font.setBold(true);
    font.setPointSizeF(9);
    return font;
}

} // namespace

FlowArrowItem::FlowArrowItem(const QString &from, const QString &to) : m_from(from), m_to(to)
{
    setZValue(20); // over the devices so the numbers stay readable
    setAcceptedMouseButtons(Qt::NoButton);
    // paint() is told which part is exposed: a small repaint skips the lines it does not cross.
    setFlag(ItemUsesExtendedStyleOption);
    updatePen();
}

bool FlowArrowItem::setNumbers(const QStringList &numbers)
{
    if (numbers == m_numbers)
        return false;
    prepareGeometryChange(); // the label's width follows the numbers
    m_numbers = numbers;
    m_label.setText(numbers.join(QStringLiteral(" ")));
    m_label.prepare(QTransform(), labelFont());
    const QFontMetricsF fm(labelFont());
    m_labelSize =
        QSizeF(fm.horizontalAdvance(numbers.join(QStringLiteral(" "))) + 10, fm.height() + 4);
    return true;
}

bool FlowArrowItem::setPath(const QPolygonF &path)
{
    if (path == m_path)
        return false; // most arrows stay put when one device moves
    prepareGeometryChange();
    m_path = path;
    m_length = 0;
    for (qsizetype i = 1; i < m_path.size(); ++i)
        m_length += QLineF(m_path[i - 1], m_path[i]).length();
    updateBounds();
    m_labelCentre = pointAt(0.5, nullptr);
    return true;
}

void FlowArrowItem::updateBounds()
{
    m_bounds = m_path.boundingRect().adjusted(-10, -10, 10, 10);
}

QPointF FlowArrowItem::pointAt(qreal fraction, QPointF *normal) const
{
    if (m_path.size() < 2)
        return m_path.value(0);
    qreal left = fraction * m_length;
    for (qsizetype i = 1; i < m_path.size(); ++i) {
        const QLineF segment(m_path[i - 1], m_path[i]);
        if (left <= segment.length() || i == m_path.size() - 1) {
            if (normal)
                *normal = segment.normalVector().unitVector().translated(-segment.p1()).p2();
            return segment.length() > 0 ? segment.pointAt(qMin(1.0, left / segment.length()))
                                        : segment.p1();
        }
        left -= segment.length();
    }
    return m_path.last();
}

QRectF FlowArrowItem::labelRectAt(const QPointF &centre) const
{
    return QRectF(centre - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize);
}

QList<QPointF> FlowArrowItem::labelCandidates() const
{
    // The middle first, then outwards in both directions; the ends sit by the cards, so the
    // placer turns those down when a card is there. Then the same spots beside the line, for
    // bundles of parallel arrows.
    static const qreal along[] = {0.5,  0.4,  0.6, 0.3, 0.7,  0.45, 0.55, 0.35, 0.65,
                                  0.25, 0.75, 0.2, 0.8, 0.15, 0.85, 0.1,  0.9};
    const qreal step = m_labelSize.height() + 2;
    QPointF normals[std::size(along)];
    QPointF points[std::size(along)];
    for (size_t i = 0; i < std::size(along); ++i)
        points[i] = pointAt(along[i], &normals[i]);
    QList<QPointF> candidates;
    for (const qreal side : {0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 4.0, -4.0}) {
        for (size_t i = 0; i < std::size(along); ++i)
            candidates << points[i] + normals[i] * (side * step);
    }
    return candidates;
}

void FlowArrowItem::setLabelCentre(const QPointF &centre)
{
    if (centre == m_labelCentre)
        return;
    prepareGeometryChange();
    m_labelCentre = centre;
}

void FlowArrowItem::updatePen()
{
    QColor colour =
        m_emphasis == Emphasis::Highlighted ? CanvasStyle::arrowHighlight() : CanvasStyle::arrow();
    if (m_emphasis == Emphasis::Dimmed)
        colour.setAlpha(45);
    m_pen = QPen(colour, m_emphasis == Emphasis::Highlighted ? 2.5 : 1.3);
}

void FlowArrowItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    updatePen();
    setZValue(emphasis == Emphasis::Highlighted ? 21 : 20);
    update();
}

QRectF FlowArrowItem::labelRect() const
{
    return labelRectAt(m_labelCentre);
}

QRectF FlowArrowItem::boundingRect() const
{
    return m_bounds.united(labelRect());
}

QPainterPath FlowArrowItem::shape() const
{
    QPainterPath path;
    path.addRect(labelRect());
    return path;
}

void FlowArrowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_length < 1)
        return;
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect.adjusted(-12, -12, 12, 12);
    const bool labelExposed =
        detail >= CanvasStyle::MinimumTextDetail && exposed.intersects(labelRect());
    // Only the segments a repaint touches: the box of a long route is mostly empty.
    bool drawn = false;
    for (qsizetype i = 1; i < m_path.size(); ++i) {
        const QLineF segment(m_path[i - 1], m_path[i]);
        if (!GridCells::crosses(segment, exposed))
            continue;
        if (!drawn) {
            // Zoomed out, thousands of hairlines: smoothing them costs more than it shows.
            painter->setRenderHint(QPainter::Antialiasing,
                                   detail >= CanvasStyle::MinimumTextDetail);
            painter->setPen(m_pen);
            drawn = true;
        }
        painter->drawLine(segment);
    }
    const QLineF last(m_path[m_path.size() - 2], m_path.last());
    if (drawn && exposed.contains(last.p2())) {
        // Arrowhead at the responder.
        const qreal angle = qDegreesToRadians(last.angle());
        const QPointF tip = last.p2();
        const qreal len = 10;
        const QPointF left = tip + QPointF(-qCos(angle - 0.4) * len, qSin(angle - 0.4) * len);
        const QPointF right = tip + QPointF(-qCos(angle + 0.4) * len, qSin(angle + 0.4) * len);
        painter->setBrush(m_pen.color());
        painter->drawPolygon(QPolygonF({tip, left, right}));
    }
    // Zoomed far out the numbers are unreadable dots: the line alone says more, and paints faster.
    if (!labelExposed)
        return;
    if (!drawn) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(m_pen);
    }
    const QRectF label = labelRect();
    painter->setBrush(m_emphasis == Emphasis::Dimmed ? QColor(255, 255, 255, 120) : Qt::white);
    painter->drawRoundedRect(label, label.height() / 2, label.height() / 2);
    painter->setFont(labelFont());
    const QSizeF text = m_label.size();
    painter->drawStaticText(label.center() - QPointF(text.width() / 2, text.height() / 2), m_label);
}
