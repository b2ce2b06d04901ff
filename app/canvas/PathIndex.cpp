#include "app/canvas/PathIndex.h"

#include "app/canvas/GridCells.h"

#include <QSet>

#include <algorithm>

namespace {

// Coarser than the card grid: a 10,000-entry plan files 20,000 arrows thousands of pixels long,
// and a finer grid made opening it take tens of seconds.
constexpr qreal PathCell = 4 * GridCells::Size;

} // namespace

template <typename Visit> void PathIndex::forCells(const QList<QPolygonF> &paths, Visit visit)
{
    // The samples of a line visit some cells twice: the cells are sets.
    for (const QPolygonF &path : paths) {
        for (qsizetype i = 1; i < path.size(); ++i)
            GridCells::forLine(
                QLineF(path[i - 1], path[i]), 0,
                [&](quint64 key) {
                    visit(key);
                    return true;
                },
                PathCell);
    }
}

void PathIndex::set(const void *owner, const QList<QPolygonF> &paths)
{
    remove(owner);
    m_paths.insert(owner, paths);
    forCells(paths, [&](quint64 key) { m_cells[key].insert(owner); });
}

void PathIndex::remove(const void *owner)
{
    const auto it = m_paths.constFind(owner);
    if (it == m_paths.constEnd())
        return;
    forCells(*it, [&](quint64 key) {
        const auto cell = m_cells.find(key);
        if (cell == m_cells.end())
            return;
        cell->remove(owner);
        if (cell->isEmpty())
            m_cells.erase(cell);
    });
    m_paths.erase(it);
}

void PathIndex::clear()
{
    m_paths.clear();
    m_cells.clear();
}

QList<const void *> PathIndex::crossing(const QRectF &area) const
{
    QSet<const void *> seen;
    QList<const void *> found;
    GridCells::forRect(
        area,
        [&](quint64 key) {
            const auto cell = m_cells.constFind(key);
            if (cell == m_cells.constEnd())
                return;
            for (const void *owner : *cell) {
                if (seen.contains(owner))
                    continue;
                seen.insert(owner);
                const QList<QPolygonF> paths = m_paths.value(owner);
                if (std::any_of(paths.cbegin(), paths.cend(),
                                [&](const QPolygonF &p) { return GridCells::crosses(p, area); }))
                    found << owner;
            }
        },
        PathCell);
    return found;
}
