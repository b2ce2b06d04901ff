#pragma once

#include "app/canvas/GridCells.h"

#include <QHash>
#include <QList>
#include <QRectF>

// Where the arrows' labels stand, filed under the grid cells they touch: a repaint finds the few
// labels in the strips it redraws without looking at the label of every arrow (a large plan has
// thousands). Kept by the arrow layer from what the arrows tell it.
class LabelGrid
{
public:
    // Files (or files again) `owner`'s label at `rect`.
    void file(const void *owner, const QRectF &rect);
    void remove(const void *owner);
    // The owners whose filed label touches one of `areas`, each once, in no particular order.
    // False, finding nothing, when the areas span more cells than `most` (a scan of every label
    // costs less then).
    bool find(const QList<QRectF> &areas, qsizetype most, QList<const void *> *owners) const;

private:
    GridCells::FiledRects m_labels;
};
