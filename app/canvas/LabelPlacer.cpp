#include "app/canvas/LabelPlacer.h"

#include <QSet>

#include <cmath>

namespace {

// About a card's height: a label or card touches a handful of cells.
constexpr qreal CellSize = 64;

quint64 cellKey(int x, int y)
{
    return (quint64(quint32(x)) << 32) | quint32(y);
}

} // namespace

template <typename Visit> void LabelPlacer::forCells(const QRectF &rect, Visit visit) const
{
    const int left = int(std::floor(rect.left() / CellSize));
    const int right = int(std::floor(rect.right() / CellSize));
    const int top = int(std::floor(rect.top() / CellSize));
    const int bottom = int(std::floor(rect.bottom() / CellSize));
    for (int x = left; x <= right; ++x) {
        for (int y = top; y <= bottom; ++y)
            visit(cellKey(x, y));
    }
}

void LabelPlacer::take(const void *owner, const QRectF &rect, bool label)
{
    release(owner);
    m_rects.insert(owner, Taken{rect, label});
    forCells(rect, [&](quint64 key) { m_cells[key].append(owner); });
}

void LabelPlacer::release(const void *owner)
{
    const auto it = m_rects.constFind(owner);
    if (it == m_rects.constEnd())
        return;
    forCells(it->rect, [&](quint64 key) {
        const auto cell = m_cells.find(key);
        if (cell == m_cells.end())
            return;
        cell->removeOne(owner);
        if (cell->isEmpty())
            m_cells.erase(cell);
    });
    m_rects.erase(it);
}

void LabelPlacer::clear()
{
    m_rects.clear();
    m_cells.clear();
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    bool free = true;
    forCells(rect, [&](quint64 key) {
        if (!free)
            return;
        for (const void *owner : m_cells.value(key)) {
            if (m_rects.value(owner).rect.intersects(rect)) {
                free = false;
                return;
            }
        }
    });
    return free;
}

QList<const void *> LabelPlacer::labelsIn(const QRectF &rect) const
{
    QSet<const void *> found;
    forCells(rect, [&](quint64 key) {
        for (const void *owner : m_cells.value(key)) {
            const Taken taken = m_rects.value(owner);
            if (taken.label && taken.rect.intersects(rect))
                found.insert(owner);
        }
    });
    return QList<const void *>(found.cbegin(), found.cend());
}
