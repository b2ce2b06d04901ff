#pragma once

#include "Checklist.h"

#include <QAbstractTableModel>

class PlanDocument;

// The port checklist of the open plan as a table: one row per firewall rule, following the
// document's derived state.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Boundary, From, To, Protocol, Ports, Flows, Purpose, ColumnCount };
    enum Role {
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
    // Boundary keys with their titles, in checklist order (for the filter).
    QList<std::pair<QString, QString>> boundaries() const;

private:
    void reload();
    QVariant display(const ChecklistRow &row, int column) const;
    QVariant sortKey(const ChecklistRow &row, int column) const;

    PlanDocument *m_document;
    QList<ChecklistRow> m_rows;
};
