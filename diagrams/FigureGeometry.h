#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class GraphBuilder;
struct Figure;

// Where Graphviz put a figure's parts, read back after the layout: points, y axis pointing down,
// the figure's top-left corner at (0, 0). Lists follow the figure's order.
struct FigureGeometry
{
    QRectF bounds;                // the whole figure, title or legend included
    QRectF label;                 // the figure's own label (title or legend); null without one
    QList<QRectF> nodes;          // each figure node's box
    QHash<QString, QRectF> zones; // each zone box drawn, by zone id
    // Each arrow's route from its figure node `from` to `to`: the on-curve points of the
    // spline, ends included (an arrow dot draws reversed is turned back).
    QList<QList<QPointF>> arrows;

    // The geometry of a graph laid out by gvLayout and not yet freed; needs the Graphviz lock.
    static FigureGeometry read(const GraphBuilder &builder, const Figure &figure);
};
