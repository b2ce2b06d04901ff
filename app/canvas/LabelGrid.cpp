#include "app/canvas/LabelGrid.h"

#include <QSet>

#include <algorithm>

void LabelGrid::file(const void *owner, const QRectF &rect)
{
    const auto it = m_rects.constFind(owner);
    if (it != m_rects.cend()) {
        if (*it == rect)
            return;
        GridCells::unfile(m_cells, *it, owner);
    }
    m_rects.insert(owner, rect);
    GridCells::file(m_cells, rect, owner);
}

void LabelGrid::remove(const void *owner)
{
    const auto it = m_rects.constFind(owner);
    if (it == m_rects.cend())
        return;
    GridCells::unfile(m_cells, *it, owner);
    m_rects.erase(it);
}

bool LabelGrid::find(const QList<QRectF> &areas, qsizetype most, QList<const void *> *owners) const
{
    qsizetype cells = 0;
    for (const QRectF &a : areas) {
        const qreal size = GridCells::Size;
        cells +=
            (qsizetype(std::floor(a.right() / size)) - qsizetype(std::floor(a.left() / size)) + 1) *
            (qsizetype(std::floor(a.bottom() / size)) - qsizetype(std::floor(a.top() / size)) + 1);
        if (cells > most)
            return false;
    }
    QSet<const void *> found;
    for (const QRectF &a : areas) {
        GridCells::forRect(a, [&](quint64 key) {
            const auto cell = m_cells.constFind(key);
            if (cell == m_cells.cend())
                return;
            for (const void *owner : *cell) {
                if (m_rects.value(owner).intersects(a))
                    found.insert(owner);
            }
        });
    }
    *owners = QList<const void *>(found.cbegin(), found.cend());
    return true;
}
