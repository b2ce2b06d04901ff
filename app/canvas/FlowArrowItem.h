#pragma once

#include <QGraphicsItem>
#include <QPen>
#include <QPolygonF>
#include <QStaticText>
#include <QStringList>

// One arrow of derived flows between two devices, drawn from the device that opens the connection
// to the one that answers, labelled with the flow numbers. Several flows between the same pair
// share one arrow. It is derived state: rebuilt from the document, never edited.
class FlowArrowItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };
    enum class Emphasis
    {
        Normal,
        Highlighted,
        Dimmed
    };

    FlowArrowItem(const QString &from, const QString &to);

    int type() const override { return Type; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }
    QStringList numbers() const { return m_numbers; }
    // Returns whether they changed (the label's size follows them).
    bool setNumbers(const QStringList &numbers);
    // The route in scene coordinates, from the edge of the `from` card to the edge of the `to`
    // card, bending around the cards between them (ArrowRouter). Returns whether it moved.
    bool setPath(const QPolygonF &path);
    QPolygonF path() const { return m_path; }
    // The label's rectangle were it centred on `centre`; where it may go, best first (along the
    // path from its middle outwards, then beside it).
    QRectF labelRectAt(const QPointF &centre) const;
    QList<QPointF> labelCandidates() const;
    void setLabelCentre(const QPointF &centre);
    QRectF labelRect() const;
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // The point `fraction` of the way along the path, and the unit normal of its segment there.
    QPointF pointAt(qreal fraction, QPointF *normal) const;
    void updateBounds();
    void updatePen();

    QString m_from;
    QString m_to;
    QStringList m_numbers;

    QPolygonF m_path;
    qreal m_length = 0;
    QRectF m_bounds; // the path's box with the arrowhead and pen, without the label
    QPointF m_labelCentre;
    QSizeF m_labelSize;  // measured when the numbers change, not on every paint
    QStaticText m_label; // laid out once: thousands of labels repaint on large plans
    Emphasis m_emphasis = Emphasis::Normal;
    QPen m_pen; // follows the emphasis
};
