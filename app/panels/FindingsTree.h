#pragma once

#include <QTreeWidget>

// The findings list's rows: one line each, all of one height (uniform row heights, no word wrap).
// When only a row's text changes (a gateway's load, on every move of a large plan), the tree
// skips QTreeView's own handling, which lays the first row out again to measure the rows' height
// that such a change cannot alter; the row is still repainted. Any other change (an icon, a font)
// goes through QTreeView as usual.
class FindingsTree : public QTreeWidget
{
    Q_OBJECT

public:
    using QTreeWidget::QTreeWidget;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override;
};
