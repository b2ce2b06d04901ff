#pragma once

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QSet>

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
    // Owners with a path through `area`, each once, in no particular order.
    QList<const void *> crossing(const QRectF &area) const;

private:
    template <typename Visit> static void forCells(const QList<QPolygonF> &paths, Visit visit);

    QHash<const void *, QList<QPolygonF>> m_paths;
    // Sets: the cells by a busy server hold thousands of arrows, and one leaves in constant time.
    QHash<quint64, QSet<const void *>> m_cells;
};
