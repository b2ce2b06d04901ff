#pragma once

#include <QWidget>

class ChecklistModel;
class PlanDocument;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The checklist page: the firewall rules in a sortable table, filtered by boundary. Selecting a row
// asks the canvas to highlight the arrows of that rule.
class ChecklistTab : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistTab(PlanDocument *document, QWidget *parent = nullptr);

    ChecklistModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *boundaryFilter() const { return m_boundary; }

signals:
    // The selected rule's ends and flow numbers; empty `from` when no row is selected.
    void ruleSelected(const QString &from, const QString &to, const QStringList &flows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillBoundaries();
    void applyFilter();
    void onSelection();

    ChecklistModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_boundaryLabel;
    QComboBox *m_boundary;
    QLabel *m_count;
};
