#pragma once

#include <QGraphicsItem>
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
    // Both ends as scene rectangles; `offset` shifts the line sideways (two arrows between one
    // pair). Returns whether the line moved.
    bool setEnds(const QRectF &from, const QRectF &to, qreal offset);
    QLineF line() const { return m_line; }
    // The label's rectangle were it centred on `centre`; where it may go, best first (along the
    // line from its middle outwards, then beside the line).
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
    QString m_from;
    QString m_to;
    QStringList m_numbers;
    QLineF m_line;
    QPointF m_labelCentre;
    QSizeF m_labelSize;  // measured when the numbers change, not on every paint
    QStaticText m_label; // laid out once: thousands of labels repaint on large plans
    Emphasis m_emphasis = Emphasis::Normal;
};
