#include "diagrams/FigureGeometry.h"

#include "diagrams/Figure.h"
#include "diagrams/GraphBuilder.h"

#include <graphviz/gvc.h>

#include <algorithm>

namespace {

constexpr qreal kPointsPerInch = 72; // node sizes are in inches, positions in points

// Graphviz's y axis points up; every consumer of the geometry (draw.io, Qt) points it down.
class Flip
{
public:
    explicit Flip(const boxf &bounds) : m_left(bounds.LL.x), m_top(bounds.UR.y) {}
    QPointF point(const pointf &p) const { return {p.x - m_left, m_top - p.y}; }
    QRectF box(const boxf &b) const
    {
        return QRectF(point({b.LL.x, b.UR.y}), point({b.UR.x, b.LL.y})).normalized();
    }

private:
    qreal m_left;
    qreal m_top;
};

QList<QPointF> route(Agedge_t *edge, const Flip &flip)
{
    QList<QPointF> points;
    const splines *spline = ED_spl(edge);
    if (!spline || spline->size < 1)
        return points;
    const bezier &curve = spline->list[0];
    // A cubic B-spline: every third point lies on the curve, the others steer it.
    for (int i = 0; i < curve.size; i += 3)
        points << flip.point(curve.list[i]);
    if (curve.size > 0 && (curve.size - 1) % 3 != 0)
        points << flip.point(curve.list[curve.size - 1]);
    // With an arrowhead the curve stops short of the node; the tip is the end point.
    if (curve.sflag)
        points.prepend(flip.point(curve.sp));
    if (curve.eflag)
        points << flip.point(curve.ep);
    return points;
}

} // namespace

FigureGeometry FigureGeometry::read(const GraphBuilder &builder, const Figure &figure)
{
    FigureGeometry geometry;
    const Flip flip(GD_bb(builder.graph()));
    geometry.bounds = flip.box(GD_bb(builder.graph()));
    if (const textlabel_t *label = GD_label(builder.graph()); label && label->set) {
        const QPointF centre = flip.point(label->pos);
        const QSizeF size(label->dimen.x, label->dimen.y);
        geometry.label = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
    }
    for (Agnode_t *node : builder.nodes()) {
        const QPointF centre = flip.point(ND_coord(node));
        const QSizeF size(ND_width(node) * kPointsPerInch, ND_height(node) * kPointsPerInch);
        geometry.nodes << QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
    }
    for (auto it = builder.clusters().cbegin(); it != builder.clusters().cend(); ++it)
        geometry.zones.insert(it.key(), flip.box(GD_bb(it.value())));
    for (int i = 0; i < builder.edges().size() && i < figure.arrows.size(); ++i) {
        Agedge_t *edge = builder.edges()[i];
        QList<QPointF> points = route(edge, flip);
        // GraphBuilder lays an arrow pointing back towards the LAN out forwards: its Graphviz
        // tail is then the figure arrow's head.
        if (agtail(edge) != builder.nodes().value(figure.arrows[i].from))
            std::reverse(points.begin(), points.end());
        geometry.arrows << points;
    }
    return geometry;
}
