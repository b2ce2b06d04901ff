#pragma once

#include "app/canvas/GridCells.h"

#include <QHash>
#include <QLineF>
#include <QList>
#include <QPolygonF>
#include <QRectF>

// Draws an arrow around the cards between its ends: when the straight line from one card to the
// other crosses a third card, the path bends around the blocking cards' corners (the shortest
// path over the corners of the cards near the line, a visibility graph searched with A*). Only
// cards near the line are looked at, and a line through many cards (a dense grid of groups) stays
// straight: a route must cost well under a millisecond on a 1,000-entry plan. Which arrows exist
// is model/Route's rule; this only decides where they run.
class ArrowRouter
{
public:
    // Cards are kept by owner (the scene's card item), in a grid of cells.
    void setCard(const void *owner, const QRectF &rect);
    void removeCard(const void *owner);
    void clear();
    QRectF card(const void *owner) const { return m_cards.rects.value(owner); }

    // The arrow from card `from` to card `to` (scene rectangles of the cards filed under
    // `fromOwner` and `toOwner`), from edge to edge; `offset` shifts it sideways (two arrows
    // between one pair). `centres`, when given, receives the straight line it would take between
    // the two (shifted) centres without cards in the way.
    QPolygonF arrow(const QRectF &from, const QRectF &to, qreal offset, const void *fromOwner,
                    const void *toOwner, QLineF *centres = nullptr) const;
    // The path from `start` to `goal` (points inside the end cards `fromOwner` and `toOwner`, which
    // are never obstacles): at least two points, the corners it bends at in between.
    QPolygonF route(const QPointF &start, const QPointF &goal, const void *fromOwner,
                    const void *toOwner) const;

    // How far a path keeps from the cards it passes, in scene units.
    static constexpr qreal Clearance = 8;

private:
    // Owners of the cards within `reach` of `line`, each once, without the two ends; the search
    // stops once it has found more than `most` (a dense grid need not be walked to its end).
    QList<const void *> cardsNear(const QLineF &line, qreal reach, const void *fromOwner,
                                  const void *toOwner, qsizetype most) const;
    // The shortest path turning at the corners of `turns` that passes none of `cards`; empty
    // when there is none.
    static QPolygonF shortestPath(const QPointF &start, const QPointF &goal,
                                  const QList<QRectF> &turns, const QList<QRectF> &cards);

    GridCells::FiledRects m_cards;
};
