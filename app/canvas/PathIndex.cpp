#include "app/canvas/PathIndex.h"

#include "app/canvas/GridCells.h"

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
