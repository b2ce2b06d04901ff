#pragma once

#include "app/canvas/HopTally.h"

#include <QPolygonF>
#include <QStaticText>
#include <QStringList>

class ArrowLayer;

// One arrow of derived flows between two devices, from the device that opens the connection to
// the one that answers, labelled with the flow numbers. Several flows between the same pair share
// one arrow. It is derived state, rebuilt from the document and never edited. Not a scene item:
// ArrowLayer paints all arrows in one pass (thousands of items each cost the view a transform, a
// style option and a bounding-rect test on every repaint); every change tells the layer which
// strips of the canvas to repaint.
class FlowArrow
{
public:
    enum class Emphasis
    {
        Dimmed,
        Normal,
        Highlighted // painted last, over the others
    };

    // `key`: the pair of device numbers (HopTally) the arrow joins.
    FlowArrow(quint64 key, const QString &from, const QString &to, ArrowLayer *layer);
    ~FlowArrow();
    FlowArrow(const FlowArrow &) = delete;
    FlowArrow &operator=(const FlowArrow &) = delete;

    quint64 key() const { return m_key; }
    const QString &from() const { return m_from; }
    const QString &to() const { return m_to; }
    QStringList numbers() const { return m_numbers; }
    // The numbers as bits and as the label's words; returns whether they changed (the label's
    // size follows them).
    bool setNumbers(const HopTally::Numbers &bits, const HopTally &tally);
    // The route in scene coordinates, from the edge of the `from` card to the edge of the `to`
    // card, bending around the cards between them (ArrowRouter). Returns whether it moved.
    bool setPath(const QPolygonF &path);
    const QPolygonF &path() const { return m_path; }
    qreal length() const { return m_length; }
    // The label's rectangle were it centred on `centre`; where it may go, best first (along the
    // path from its middle outwards, then beside it).
    QRectF labelRectAt(const QPointF &centre) const
    {
        return QRectF(centre - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2),
                      m_labelSize);
    }
    QList<QPointF> labelCandidates() const;
    void setLabelCentre(const QPointF &centre);
    // Inline: every repaint asks it of thousands of arrows.
    QRectF labelRect() const { return labelRectAt(m_labelCentre); }
    const QStaticText &labelText() const { return m_label; }
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);
    // The path's box with the arrowhead and pen, without the label.
    QRectF lineBounds() const { return m_bounds; }

private:
    // The point `fraction` of the way along the path, and the unit normal of its segment there.
    QPointF pointAt(qreal fraction, QPointF *normal) const;
    // Asks the layer to repaint where the arrow is drawn now: before and after a change.
    void touch() const;
    // The same for the label alone (its line stays as it is).
    void touchLabel() const;

    quint64 m_key;
    QString m_from;
    QString m_to;
    HopTally::Numbers m_bits;
    QStringList m_numbers;
    ArrowLayer *m_layer;

    QPolygonF m_path;
    qreal m_length = 0;
    QRectF m_bounds;
    QPointF m_labelCentre;
    QSizeF m_labelSize;  // measured when the numbers change, not on every paint
    QStaticText m_label; // laid out once: thousands of labels repaint on large plans
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_visible = true;
};
