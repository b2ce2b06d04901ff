#include "app/canvas/LabelPlacer.h"

#include "app/canvas/GridCells.h"

#include <QSet>

#include <algorithm>

void LabelPlacer::take(const void *owner, const QRectF &rect, bool label)
{
    release(owner);
    const Taken taken{rect, label};
    m_rects.insert(owner, taken);
    GridCells::forRect(rect, [&](quint64 key) { m_cells[key].append(Filed{owner, taken}); });
}

void LabelPlacer::release(const void *owner)
{
    const auto it = m_rects.constFind(owner);
    if (it == m_rects.constEnd())
        return;
    GridCells::forRect(it->rect, [&](quint64 key) {
        const auto cell = m_cells.find(key);
        if (cell == m_cells.end())
            return;
        cell->removeIf([owner](const Filed &filed) { return filed.owner == owner; });
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
    GridCells::forRect(rect, [&](quint64 key) {
        if (!free)
            return;
        const auto cell = m_cells.constFind(key);
        if (cell == m_cells.cend())
            return;
        free = std::none_of(cell->cbegin(), cell->cend(),
                            [&](const Filed &filed) { return filed.taken.rect.intersects(rect); });
    });
    return free;
}

QList<const void *> LabelPlacer::labelsIn(const QRectF &rect) const
{
    QSet<const void *> found;
    GridCells::forRect(rect, [&](quint64 key) {
        const auto cell = m_cells.constFind(key);
        if (cell == m_cells.cend())
            return;
        for (const Filed &filed : *cell) {
            if (filed.taken.label && filed.taken.rect.intersects(rect))
                found.insert(filed.owner);
        }
    });
    return QList<const void *>(found.cbegin(), found.cend());
}
