#pragma once

#include <QHash>
#include <QList>
#include <QRectF>

// Where the arrow labels may go: a grid of the rectangles already taken (cards and placed
// labels), each under its owner, so that a label is placed in the first free spot along its arrow
// without looking at every other item of a large plan.
class LabelPlacer
{
public:
    // Takes `rect` for `owner` (a card, or a label when `label`), replacing what the owner held.
    void take(const void *owner, const QRectF &rect, bool label);
    void release(const void *owner);
    void clear();
    bool isFree(const QRectF &rect) const;
    // Owners of the labels `rect` overlaps, each once, in no particular order.
    QList<const void *> labelsIn(const QRectF &rect) const;

private:
    struct Taken
    {
        QRectF rect;
        bool label = false;
    };
    // Each cell holds its rectangles as well as their owners: a label tried near the server's fan
    // is compared with dozens of others, without looking each one up.
    struct Filed
    {
        const void *owner = nullptr;
        Taken taken;
    };
    QHash<const void *, Taken> m_rects;
    QHash<quint64, QList<Filed>> m_cells; // keyed as GridCells
};
