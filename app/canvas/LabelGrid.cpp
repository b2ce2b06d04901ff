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
