#include "app/canvas/FlowArrowItem.h"

#include "app/canvas/CanvasStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

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
}

void FlowArrowItem::setNumbers(const QStringList &numbers)
{
    if (numbers == m_numbers)
        return;
    prepareGeometryChange(); // the label's width follows the numbers
    m_numbers = numbers;
    m_label.setText(numbers.join(QStringLiteral(" ")));
    m_label.prepare(QTransform(), labelFont());
    const QFontMetricsF fm(labelFont());
    m_labelSize =
        QSizeF(fm.horizontalAdvance(numbers.join(QStringLiteral(" "))) + 10, fm.height() + 4);
}

void FlowArrowItem::setEnds(const QRectF &from, const QRectF &to, qreal offset)
{
    QLineF centres(from.center(), to.center());
    const QPointF shift =
        centres.normalVector().unitVector().translated(-centres.p1()).p2() * offset;
    const QPointF a = exitPoint(from.translated(shift), to.center() + shift);
    const QPointF b = exitPoint(to.translated(shift), from.center() + shift);
    if (QLineF(a, b) == m_line)
        return; // most arrows stay put when one device moves; re-indexing them is the cost
    prepareGeometryChange();
    m_line = QLineF(a, b);
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
    const QPointF mid = m_line.pointAt(0.5);
    return QRectF(mid - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize);
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
    if (detail < CanvasStyle::MinimumTextDetail)
        return;
    const QRectF label = labelRect();
    painter->setBrush(m_emphasis == Emphasis::Dimmed ? QColor(255, 255, 255, 120) : Qt::white);
    painter->drawRoundedRect(label, label.height() / 2, label.height() / 2);
    painter->setFont(labelFont());
    const QSizeF text = m_label.size();
    painter->drawStaticText(label.center() - QPointF(text.width() / 2, text.height() / 2), m_label);
}
