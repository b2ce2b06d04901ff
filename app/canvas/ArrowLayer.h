#pragma once

#include "app/canvas/ArrowCache.h"
#include "app/canvas/FlowArrow.h"
#include "app/canvas/LabelGrid.h"
#include "app/canvas/LabelStamps.h"

#include <QFont>
#include <QGraphicsObject>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QStaticText>

// Paints every flow arrow of the canvas in one item, lines batched by emphasis, arrowheads and
// then labels over them. As separate items, the thousands of arrows of a large plan each cost the
// view a transform, a style option and a bounding-box test on every repaint, and each converging
// arrow painted its own arrowhead where a small repaint touched the fan. A changed arrow asks for
// the strips along its segments to be repainted, not its bounding box.
class ArrowLayer : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr qreal ZValue = 20; // over the cards, so the numbers stay readable

    ArrowLayer();

    static QFont labelFont();
    // A label's text laid out, and the size of its rounded box, once per text: the same few
    // texts label thousands of arrows, and an edit makes new arrows.
    struct Label
    {
        QStaticText text;
        QSizeF size;
    };
    const Label &label(const QString &text);

    // Called by FlowArrow.
    void add(FlowArrow *arrow);
    void remove(FlowArrow *arrow);
    // The strips along `arrow`'s segments and its label, repainted on the next round of events;
    // called before and after its line changes (path, emphasis, visibility) and before it goes.
    void repaint(const FlowArrow &arrow);
    void repaintLabel(const FlowArrow &arrow);

    // Whether the view's last paint used a picture of the arrows that stayed (ArrowCache); the
    // next paint draws every arrow after dropPicture() (tests compare the two).
    bool hasPicture() const { return m_cache.hasPicture(); }
    void dropPicture() { m_cache.drop(); }
    // Whether the view finds labels in its grid (LabelGrid) and stamps them (LabelStamps), or
    // looks at every arrow and draws each label in place, as printing does (tests compare the
    // two).
    void setPlainLabels(bool plain) { m_plainLabels = plain; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override; // empty: arrows never take a click from a card
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // Which arrows drawLines draws: all of them, or those the cached picture holds, or the others.
    enum class Lines
    {
        All,
        InPicture,
        Live
    };
    bool draws(const FlowArrow *arrow, FlowArrow::Emphasis emphasis, Lines which) const;
    // The lines (and arrowheads) of `which` arrows that cross `areas`.
    void drawLines(QPainter *painter, const QList<QRectF> &areas, bool heads, Lines which) const;
    // The labels in `areas`, the highlighted ones last, on top; stamped on a `view`.
    void drawLabels(QPainter *painter, const QList<QRectF> &areas, const QWidget *view);
    static void drawLabel(QPainter *painter, const QRectF &label, const QStaticText &text,
                          FlowArrow::Emphasis emphasis);
    void repaintArea(const QRectF &area);
    void flush();

    // Arrows and where each sits in the list: a removal swaps the last one into its place, so
    // that removing the thousands of arrows of a large plan stays linear.
    QList<FlowArrow *> m_arrows;
    QHash<const FlowArrow *, qsizetype> m_index;
    QList<QRectF> m_dirty;
    ArrowCache m_cache;
    QHash<QString, Label> m_labels;
    LabelStamps m_stamps;
    LabelGrid m_labelGrid;
    bool m_plainLabels = false;
    bool m_flushPending = false;
};
