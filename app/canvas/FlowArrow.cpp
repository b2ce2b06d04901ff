#include "app/canvas/FlowArrow.h"

#include "app/canvas/ArrowLayer.h"

#include <iterator>

FlowArrow::FlowArrow(quint64 key, const QString &from, const QString &to, ArrowLayer *layer)
    : m_key(key), m_from(from), m_to(to), m_layer(layer)
{
    m_layer->add(this);
}

FlowArrow::~FlowArrow()
{
    touch();
    m_layer->remove(this);
}

void FlowArrow::touch() const
{
    if (m_visible && m_length >= 1)
        m_layer->repaint(*this);
}

void FlowArrow::touchLabel() const
{
    if (m_visible && m_length >= 1)
        m_layer->repaintLabel(*this);
}

bool FlowArrow::setNumbers(const HopTally::Numbers &bits, const HopTally &tally)
{
    if (bits == m_bits && !m_numbers.isEmpty())
        return false;
    touchLabel(); // its width follows the numbers; the line stays
    m_bits = bits;
    m_numbers = tally.names(bits);
    const ArrowLayer::Label &label = m_layer->label(m_numbers.join(QLatin1Char(' ')));
    m_label = label.text;
    m_labelSize = label.size;
    touchLabel();
    return true;
}

bool FlowArrow::setPath(const QPolygonF &path)
{
    if (path == m_path)
        return false; // most arrows stay put when one device moves
    touch();
    m_path = path;
    m_length = 0;
    for (qsizetype i = 1; i < m_path.size(); ++i)
        m_length += QLineF(m_path[i - 1], m_path[i]).length();
    m_bounds = m_path.boundingRect().adjusted(-10, -10, 10, 10);
    m_labelCentre = pointAt(0.5, nullptr);
    touch();
    return true;
}

QPointF FlowArrow::pointAt(qreal fraction, QPointF *normal) const
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

QList<QPointF> FlowArrow::labelCandidates() const
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

void FlowArrow::setLabelCentre(const QPointF &centre)
{
    if (centre == m_labelCentre)
        return;
    touchLabel();
    m_labelCentre = centre;
    touchLabel();
}

void FlowArrow::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    touch();
}

void FlowArrow::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    touch();
    m_visible = visible;
    touch();
}
