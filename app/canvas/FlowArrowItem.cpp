#include "app/canvas/FlowArrowItem.h"

#include "app/canvas/CanvasStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <algorithm>

namespace {

// Where the line from the centre of `r` towards `target` leaves the rectangle.
QPointF exitPoint(const QRectF &r, const QPointF &target)
{
    const QPointF c = r.center();
    const QPointF d = target - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (r.width() / 2 + 4) / qAbs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (r.height() / 2 + 4) / qAbs(d.y());
    return c + d * qMin(qMin(sx, sy), 1.0);
}

// Whether the segment `line` passes through `rect`.
bool crosses(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    return std::any_of(std::begin(edges), std::end(edges), [&](const QLineF &edge) {
        return line.intersects(edge) == QLineF::BoundedIntersection;
    });
}

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

bool FlowArrowItem::setEnds(const QRectF &from, const QRectF &to, qreal offset)
{
    QLineF centres(from.center(), to.center());
    const QPointF shift =
        centres.normalVector().unitVector().translated(-centres.p1()).p2() * offset;
    const QPointF a = exitPoint(from.translated(shift), to.center() + shift);
    const QPointF b = exitPoint(to.translated(shift), from.center() + shift);
    if (QLineF(a, b) == m_line)
        return false; // most arrows stay put when one device moves
    prepareGeometryChange();
    m_line = QLineF(a, b);
    m_labelCentre = m_line.pointAt(0.5);
    return true;
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
    const QPointF normal = m_line.normalVector().unitVector().translated(-m_line.p1()).p2();
    const qreal step = m_labelSize.height() + 2;
    QList<QPointF> candidates;
    for (const qreal side : {0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 4.0, -4.0}) {
        for (const qreal t : along)
            candidates << m_line.pointAt(t) + normal * (side * step);
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

void FlowArrowItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setZValue(emphasis == Emphasis::Highlighted ? 21 : 20);
    update();
}

QRectF FlowArrowItem::labelRect() const
{
    return labelRectAt(m_labelCentre);
}

QRectF FlowArrowItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2())
        .normalized()
        .adjusted(-10, -10, 10, 10)
        .united(labelRect());
}

QPainterPath FlowArrowItem::shape() const
{
    QPainterPath path;
    path.addRect(labelRect());
    return path;
}

void FlowArrowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_line.length() < 1)
        return;
    QColor colour =
        m_emphasis == Emphasis::Highlighted ? CanvasStyle::arrowHighlight() : CanvasStyle::arrow();
    if (m_emphasis == Emphasis::Dimmed)
        colour.setAlpha(45);
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect.adjusted(-12, -12, 12, 12);
    const bool labelShown = detail >= CanvasStyle::MinimumTextDetail;
    const bool labelExposed = labelShown && exposed.intersects(labelRect());
    if (!labelExposed && !crosses(m_line, exposed))
        return; // a repaint elsewhere: the bounding box of a long diagonal is mostly empty
    // Zoomed out, thousands of hairlines: smoothing them costs more than it shows.
    painter->setRenderHint(QPainter::Antialiasing, detail >= CanvasStyle::MinimumTextDetail);
    painter->setPen(QPen(colour, m_emphasis == Emphasis::Highlighted ? 2.5 : 1.3));
    painter->drawLine(m_line);

    // Arrowhead at the responder.
    const qreal angle = qDegreesToRadians(m_line.angle());
    const QPointF tip = m_line.p2();
    const qreal len = 10;
    const QPointF left = tip + QPointF(-qCos(angle - 0.4) * len, qSin(angle - 0.4) * len);
    const QPointF right = tip + QPointF(-qCos(angle + 0.4) * len, qSin(angle + 0.4) * len);
    painter->setBrush(colour);
    painter->drawPolygon(QPolygonF({tip, left, right}));

    // Zoomed far out the numbers are unreadable dots: the line alone says more, and paints faster.
    if (!labelExposed)
        return;
    const QRectF label = labelRect();
    painter->setBrush(m_emphasis == Emphasis::Dimmed ? QColor(255, 255, 255, 120) : Qt::white);
    painter->drawRoundedRect(label, label.height() / 2, label.height() / 2);
    painter->setFont(labelFont());
    const QSizeF text = m_label.size();
    painter->drawStaticText(label.center() - QPointF(text.width() / 2, text.height() / 2), m_label);
}
