#include "app/canvas/LabelGrid.h"

#include <QSet>

#include <algorithm>

void LabelGrid::file(const void *owner, const QRectF &rect)
{
    m_labels.set(owner, rect);
}

void LabelGrid::remove(const void *owner)
{
    m_labels.remove(owner);
}

bool LabelGrid::find(const QList<QRectF> &areas, qsizetype most, QList<const void *> *owners) const
{
    qsizetype cells = 0;
    for (const QRectF &a : areas) {
        cells += GridCells::cellCount(a);
        if (cells > most)
            return false;
    }
    QSet<const void *> found;
    for (const QRectF &a : areas) {
        GridCells::forRect(a, [&](quint64 key) {
            const auto cell = m_labels.cells.constFind(key);
            if (cell == m_labels.cells.cend())
                return;
            for (const void *owner : *cell) {
                if (m_labels.rects.value(owner).intersects(a))
                    found.insert(owner);
            }
        });
    }
    *owners = QList<const void *>(found.cbegin(), found.cend());
    return true;
}
