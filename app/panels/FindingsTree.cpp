#include "app/panels/FindingsTree.h"

#include <algorithm>

void FindingsTree::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles)
{
    const bool textOnly = !roles.isEmpty() && std::all_of(roles.begin(), roles.end(), [](int role) {
        return role == Qt::DisplayRole || role == Qt::EditRole || role >= Qt::UserRole;
    });
    // A text of several lines would make its row taller: such a change goes the usual way.
    bool oneLine = textOnly && topLeft.parent() == bottomRight.parent();
    for (int row = topLeft.row(); oneLine && row <= bottomRight.row(); ++row) {
        for (int column = topLeft.column(); oneLine && column <= bottomRight.column(); ++column) {
            oneLine = !model()
                           ->index(row, column, topLeft.parent())
                           .data()
                           .toString()
                           .contains(QLatin1Char('\n'));
        }
    }
    if (oneLine && uniformRowHeights() && !wordWrap())
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    else
        QTreeWidget::dataChanged(topLeft, bottomRight, roles);
}
