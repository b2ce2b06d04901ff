#pragma once

#include <QHash>
#include <QLineF>
#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <cmath>

// The cells of the canvas's look-up grids (cards, labels, arrow paths) and the geometry tests
// they share. A cell is about a card's height, so a card or label touches a handful of cells.
namespace GridCells {

inline constexpr qreal Size = 64;

inline quint64 key(int x, int y)
{
    return (quint64(quint32(x)) << 32) | quint32(y);
}

// Visits the key of every cell (of `size`) `rect` touches.
template <typename Visit> void forRect(const QRectF &rect, Visit visit, qreal size = Size)
{
    const int left = int(std::floor(rect.left() / size));
    const int right = int(std::floor(rect.right() / size));
    const int top = int(std::floor(rect.top() / size));
    const int bottom = int(std::floor(rect.bottom() / size));
    for (int x = left; x <= right; ++x) {
        for (int y = top; y <= bottom; ++y)
            visit(key(x, y));
    }
}

// How many cells (of `size`) `rect` touches: what forRect() would visit.
inline qsizetype cellCount(const QRectF &rect, qreal size = Size)
{
    const auto span = [size](qreal from, qreal to) {
        return qsizetype(std::floor(to / size)) - qsizetype(std::floor(from / size)) + 1;
    };
    return span(rect.left(), rect.right()) * span(rect.top(), rect.bottom());
}

// Owners filed under the cells their rectangles touch (cards, labels).
using Cells = QHash<quint64, QList<const void *>>;

inline void file(Cells &cells, const QRectF &rect, const void *owner)
{
    forRect(rect, [&](quint64 key) { cells[key].append(owner); });
}

// Takes `owner` out of the cells `rect` touches; a cell left empty goes.
inline void unfile(Cells &cells, const QRectF &rect, const void *owner)
{
    forRect(rect, [&](quint64 key) {
        const auto cell = cells.find(key);
        if (cell == cells.end())
            return;
        cell->removeOne(owner);
        if (cell->isEmpty())
            cells.erase(cell);
    });
}

// A rectangle per owner (a card, a label), each filed under the cells it touches.
struct FiledRects
{
    QHash<const void *, QRectF> rects;
    Cells cells;

    // Files `owner` at `rect`, taking it from where it was filed before (if elsewhere).
    void set(const void *owner, const QRectF &rect)
    {
        const auto it = rects.constFind(owner);
        if (it != rects.cend()) {
            if (*it == rect)
                return;
            unfile(cells, *it, owner);
        }
        rects.insert(owner, rect);
        file(cells, rect, owner);
    }
    void remove(const void *owner)
    {
        const auto it = rects.constFind(owner);
        if (it == rects.cend())
            return;
        unfile(cells, *it, owner);
        rects.erase(it);
    }
    void clear()
    {
        rects.clear();
        cells.clear();
    }
};

// Visits the keys of the cells within `margin` of `line` (some more than once), from p1 on, until
// `visit` returns false: samples half a cell apart, each with the square around it, cover the band
// whole without walking the line's bounding box (which for a long diagonal holds thousands of
// cells).
template <typename Visit>
void forLine(const QLineF &line, qreal margin, Visit visit, qreal size = Size)
{
    const qreal step = size / 2;
    const int samples = int(std::ceil(line.length() / step));
    const qreal half = step / 2 + margin;
    for (int i = 0; i <= samples; ++i) {
        const QPointF p = samples ? line.pointAt(qreal(i) / samples) : line.p1();
        const int left = int(std::floor((p.x() - half) / size));
        const int right = int(std::floor((p.x() + half) / size));
        const int top = int(std::floor((p.y() - half) / size));
        const int bottom = int(std::floor((p.y() + half) / size));
        for (int x = left; x <= right; ++x) {
            for (int y = top; y <= bottom; ++y) {
                if (!visit(key(x, y)))
                    return;
            }
        }
    }
}

// Whether the segment `line` passes through `rect` (touching it counts).
inline bool crosses(const QLineF &line, const QRectF &rect)
{
    const QRectF box = QRectF(line.p1(), line.p2()).normalized();
    if (box.right() < rect.left() || box.left() > rect.right() || box.bottom() < rect.top() ||
        box.top() > rect.bottom())
        return false;
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    // The segment crosses the rectangle when the rectangle's corners are not all on one side.
    const QPointF d = line.p2() - line.p1();
    const auto side = [&](const QPointF &c) {
        return d.x() * (c.y() - line.p1().y()) - d.y() * (c.x() - line.p1().x());
    };
    const qreal a = side(rect.topLeft());
    const qreal b = side(rect.topRight());
    const qreal c = side(rect.bottomLeft());
    const qreal e = side(rect.bottomRight());
    return !((a > 0 && b > 0 && c > 0 && e > 0) || (a < 0 && b < 0 && c < 0 && e < 0));
}

// Whether any segment of `path` passes through `rect`.
inline bool crosses(const QPolygonF &path, const QRectF &rect)
{
    for (qsizetype i = 1; i < path.size(); ++i) {
        if (crosses(QLineF(path[i - 1], path[i]), rect))
            return true;
    }
    return false;
}

} // namespace GridCells
