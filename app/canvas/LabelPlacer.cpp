#include "app/canvas/LabelPlacer.h"

#include "app/canvas/GridCells.h"

#include <QSet>

void LabelPlacer::take(const void *owner, const QRectF &rect, bool label)
{
    release(owner);
    m_rects.insert(owner, Taken{rect, label});
    GridCells::file(m_cells, rect, owner);
}

void LabelPlacer::release(const void *owner)
{
    const auto it = m_rects.constFind(owner);
    if (it == m_rects.constEnd())
        return;
    GridCells::unfile(m_cells, it->rect, owner);
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
    GridCells::forRect(rect, [&](quint64 key) {
        for (const void *owner : m_cells.value(key)) {
            const Taken taken = m_rects.value(owner);
            if (taken.label && taken.rect.intersects(rect))
                found.insert(owner);
        }
    });
    return QList<const void *>(found.cbegin(), found.cend());
}
