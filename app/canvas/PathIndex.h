#pragma once

#include "app/canvas/GridCells.h"

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QSet>

#include <algorithm>

// Where the arrows run: each arrow's path (and the straight line it would take without cards in
// the way) filed under the grid cells it passes, so that a moved card finds the arrows it now
// blocks or no longer blocks without looking at every arrow of a large plan.
class PathIndex
{
public:
    // Files `paths` (polylines) for `owner`, replacing what it had.
    void set(const void *owner, const QList<QPolygonF> &paths);
    void remove(const void *owner);
    void clear();
    // Visits the owners with a path through `area`, each once, in no particular order, until
    // `visit` returns false (a caller that gives up past a number of them need not find them all).
    template <typename Visit> void forEachCrossing(const QRectF &area, Visit visit) const;

private:
    // Coarser than the card grid: a 10,000-entry plan files 20,000 arrows thousands of pixels
    // long, and a finer grid made opening it take tens of seconds.
    static constexpr qreal PathCell = 4 * GridCells::Size;

    template <typename Visit> static void forCells(const QList<QPolygonF> &paths, Visit visit);

    QHash<const void *, QList<QPolygonF>> m_paths;
    // Sets: the cells by a busy server hold thousands of arrows, and one leaves in constant time.
    QHash<quint64, QSet<const void *>> m_cells;
};

template <typename Visit> void PathIndex::forEachCrossing(const QRectF &area, Visit visit) const
{
    QSet<const void *> seen;
    bool going = true;
    GridCells::forRect(
        area,
        [&](quint64 key) {
            const auto cell = m_cells.constFind(key);
            if (!going || cell == m_cells.constEnd())
                return;
            for (const void *owner : *cell) {
                if (seen.contains(owner))
                    continue;
                seen.insert(owner);
                const QList<QPolygonF> &paths = *m_paths.constFind(owner); // filed: it is there
                if (std::any_of(paths.cbegin(), paths.cend(),
                                [&](const QPolygonF &p) { return GridCells::crosses(p, area); }) &&
                    !(going = visit(owner)))
                    return;
            }
        },
        PathCell);
}
