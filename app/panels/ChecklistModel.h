#pragma once

#include "model/Checklist.h"
#include "probe/ReachabilityProbe.h"

#include <QAbstractTableModel>

class BoundaryTitles;
class PlanDocument;

// The port checklist of the open plan as a table: one row per firewall rule, following the
// document's derived state.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Boundary,
        From,
        To,
        Protocol,
        Ports,
        Flows,
        Purpose,
        Reachability, // filled by a reachability probe, empty until then
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers sort as numbers, flows in catalog order
        BoundaryKeyRole,
        FromIdRole,
        ToIdRole,
        FlowNumbersRole,
    };

    explicit ChecklistModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ChecklistRow &row(int index) const { return m_rows[index]; }
    const QList<ChecklistRow> &rows() const { return m_rows; }
    // The results of a probe of rows(), their `row` being the table's; any change of the plan
    // clears them (they would describe rules that may be gone).
    void setProbeResults(const QList<ProbeResult> &results);
    void updateProbeResult(int index, const ProbeResult &result);
    void clearProbeResults();
    bool hasProbeResults() const { return !m_probeResults.isEmpty(); }
    // An inactive model (its page hidden) skips reloads until it is active again: on a large plan
    // the table is the costliest view to refresh, and nobody sees it while dragging on the canvas.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // The column headings follow a change of the window's language.
    void retranslate();
    // Boundary keys with their titles, in checklist order (for the filter).
    QList<std::pair<QString, QString>> boundaries() const;

private:
    // What a row shows, worked out once per reload.
    struct Cells
    {
        QStringList text; // by column
        QString boundaryKey;
    };

    void reload();
    Cells cellsOf(const ChecklistRow &row, const QHash<QString, QString> &endpoints,
                  const BoundaryTitles &boundaries) const;
    QVariant sortKey(int row, int column) const;
    QString displayText(int row, int column) const;
    QList<ProbeResult> probeResultsOf(int row) const;
    void emitReachabilityChanged(int firstRow, int lastRow);

    PlanDocument *m_document;
    QList<ChecklistRow> m_rows;
    QList<Cells> m_cells;
    QList<ProbeResult> m_probeResults;
    QList<QList<int>> m_probeByRow; // indexes into m_probeResults, by row
    bool m_active = true;
    bool m_stale = false;
};
