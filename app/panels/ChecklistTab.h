#pragma once

#include <QWidget>

#include <functional>

class ChecklistModel;
class PlanDocument;
class ReachabilityProbe;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The checklist page: the firewall rules in a sortable table, filtered by boundary. Selecting a row
// asks the canvas to highlight the arrows of that rule. "Check Reachability" probes the rules from
// this machine (after the user agrees to contact the plan's addresses) and fills the table's
// Reachability column.
class ChecklistTab : public QWidget
{
    Q_OBJECT

public:
    // Asks the user to agree to `text`; tests replace it to answer without a dialog.
    using Confirm = std::function<bool(const QString &text)>;

    explicit ChecklistTab(PlanDocument *document, QWidget *parent = nullptr);

    ChecklistModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *boundaryFilter() const { return m_boundary; }
    ReachabilityProbe *probe() const { return m_probe; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *probeStatus() const { return m_probeStatus; }

    void setConfirm(Confirm confirm);
    // Probes the rows in the table once the user agrees; false when they do not.
    bool checkReachability();
    void cancelReachability();

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
    QString confirmationText(const QStringList &addresses) const;
    void onProbeResult(int index);
    void updateProbeUi();

    PlanDocument *m_document;
    ChecklistModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_boundaryLabel;
    QComboBox *m_boundary;
    QLabel *m_count;
    ReachabilityProbe *m_probe;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_probeStatus;
    Confirm m_confirm;
};
