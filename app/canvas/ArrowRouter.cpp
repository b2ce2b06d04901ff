#include "app/canvas/ArrowRouter.h"

#include "app/canvas/GridCells.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace {

// A straight line through more cards than this is left straight: a dense grid of groups has no
// short way round, and searching for one on every arrow would make large plans slow.
constexpr int MostBlocking = 4;
// Cards within this distance of the straight line are the ones a path may bend around.
constexpr qreal Reach = 110;
// At most this many of them; the search turns round the corners of all of them only when there
// are at most MostSearched (its cost grows with their square).
constexpr int MostObstacles = 24;
constexpr int MostSearched = 12;
// Paths may touch the cards' rectangles grown by this much, no closer (corner points lie at
// Clearance, so a path between two corners does not graze the card it turns around).
constexpr qreal Margin = ArrowRouter::Clearance - 2;

qreal distance(const QPointF &a, const QPointF &b)
{
    return QLineF(a, b).length();
}

// Where the line from the centre of `r` towards `target` leaves the rectangle (4 beyond it).
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

} // namespace

QPolygonF ArrowRouter::arrow(const QRectF &from, const QRectF &to, qreal offset,
                             const void *fromOwner, const void *toOwner, QLineF *centres) const
{
    const QLineF line(from.center(), to.center());
    const QPointF shift = line.normalVector().unitVector().translated(-line.p1()).p2() * offset;
    const QRectF a = from.translated(shift);
    const QRectF b = to.translated(shift);
    if (centres)
        *centres = QLineF(a.center(), b.center());
    QPolygonF path = route(a.center(), b.center(), fromOwner, toOwner);
    // Corners inside an end card (cards close together) would fold the arrow back on itself.
    while (path.size() > 2 && a.contains(path[1]))
        path.removeAt(1);
    while (path.size() > 2 && b.contains(path[path.size() - 2]))
        path.removeAt(path.size() - 2);
    path.first() = exitPoint(a, path[1]);
    path.last() = exitPoint(b, path[path.size() - 2]);
    return path;
}

void ArrowRouter::setCard(const void *owner, const QRectF &rect)
{
    m_cards.set(owner, rect);
}

void ArrowRouter::removeCard(const void *owner)
{
    m_cards.remove(owner);
}

void ArrowRouter::clear()
{
    m_cards.clear();
}

QList<const void *> ArrowRouter::cardsNear(const QLineF &line, qreal reach, const void *fromOwner,
                                           const void *toOwner, qsizetype most) const
{
    QSet<const void *> seen;
    QList<const void *> found;
    GridCells::forLine(line, reach, [&](quint64 key) {
        const auto cell = m_cards.cells.constFind(key);
        if (cell == m_cards.cells.constEnd())
            return true;
        for (const void *owner : *cell) {
            if (owner == fromOwner || owner == toOwner || seen.contains(owner))
                continue;
            seen.insert(owner);
            const QRectF r = m_cards.rects.value(owner).adjusted(-reach, -reach, reach, reach);
            if (GridCells::crosses(line, r))
                found << owner;
        }
        return found.size() <= most;
    });
    return found;
}

QPolygonF ArrowRouter::route(const QPointF &start, const QPointF &goal, const void *fromOwner,
                             const void *toOwner) const
{
    const QPolygonF straight({start, goal});
    const QLineF line(start, goal);
    const QList<const void *> blocking = cardsNear(line, Margin, fromOwner, toOwner, MostBlocking);
    if (blocking.isEmpty() || blocking.size() > MostBlocking)
        return straight;
    const QList<const void *> near = cardsNear(line, Reach, fromOwner, toOwner, MostObstacles);
    if (near.size() > MostObstacles)
        return straight;
    const auto rects = [this](const QList<const void *> &owners) {
        QList<QRectF> list;
        list.reserve(owners.size());
        for (const void *owner : owners)
            list << m_cards.rects.value(owner);
        // The same cards in another order give the same path.
        std::sort(list.begin(), list.end(), [](const QRectF &a, const QRectF &b) {
            return std::pair(a.top(), a.left()) < std::pair(b.top(), b.left());
        });
        return list;
    };
    const QList<QRectF> walls = rects(near);
    // Round the blocking cards' corners first (a handful of points to search), then, when their
    // neighbours close that way, round the corners of every card near the line.
    QPolygonF path = shortestPath(start, goal, rects(blocking), walls);
    if (path.isEmpty() && near.size() <= MostSearched)
        path = shortestPath(start, goal, walls, walls);
    return path.isEmpty() ? straight : path;
}

QPolygonF ArrowRouter::shortestPath(const QPointF &start, const QPointF &goal,
                                    const QList<QRectF> &turns, const QList<QRectF> &cards)
{
    QList<QRectF> walls;
    walls.reserve(cards.size());
    for (const QRectF &r : cards)
        walls << r.adjusted(-Margin, -Margin, Margin, Margin);
    const auto inWall = [&](const QPointF &p) {
        return std::any_of(walls.cbegin(), walls.cend(),
                           [&](const QRectF &w) { return w.contains(p); });
    };
    // Nodes: the two ends, then the corners of the grown cards that lie in no card.
    QList<QPointF> nodes{start, goal};
    for (const QRectF &r : turns) {
        const QRectF grown = r.adjusted(-Clearance, -Clearance, Clearance, Clearance);
        for (const QPointF &c :
             {grown.topLeft(), grown.topRight(), grown.bottomLeft(), grown.bottomRight()}) {
            if (!inWall(c))
                nodes << c;
        }
    }
    const auto visible = [&](const QPointF &a, const QPointF &b) {
        const QLineF l(a, b);
        return std::none_of(walls.cbegin(), walls.cend(),
                            [&](const QRectF &w) { return GridCells::crosses(l, w); });
    };
    // A* over the visibility graph, edges tested only when they would shorten a path.
    const qsizetype n = nodes.size();
    const qreal infinity = std::numeric_limits<qreal>::infinity();
    QList<qreal> cost(n, infinity);
    QList<int> previous(n, -1);
    QList<bool> done(n, false);
    cost[0] = 0;
    while (true) {
        int u = -1;
        qreal best = infinity;
        for (int i = 0; i < n; ++i) {
            const qreal f = cost[i] + distance(nodes[i], goal);
            if (!done[i] && f < best) {
                best = f;
                u = i;
            }
        }
        if (u < 0)
            return {};
        if (u == 1)
            break;
        done[u] = true;
        for (int v = 1; v < n; ++v) {
            const qreal through = cost[u] + distance(nodes[u], nodes[v]);
            if (!done[v] && through < cost[v] && visible(nodes[u], nodes[v])) {
                cost[v] = through;
                previous[v] = u;
            }
        }
    }
    QPolygonF path;
    for (int i = 1; i >= 0; i = previous[i])
        path.prepend(nodes[i]);
    return path;
}
