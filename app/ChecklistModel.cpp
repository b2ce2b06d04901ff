#include "ChecklistModel.h"

#include "ChecklistWriter.h"
#include "PlanDocument.h"

#include <QHash>

ChecklistModel::ChecklistModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &PlanDocument::derivedChanged, this, &ChecklistModel::reload);
    reload();
}

void ChecklistModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        reload();
}

void ChecklistModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ChecklistModel::reload()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    // Names and addresses show in the cells, so a rename changes the table even when the rules
    // stay: the whole table is reset, its cells worked out once here.
    const Plan &plan = m_document->plan();
    QHash<QString, QString> endpoints;
    for (const Device &d : plan.devices)
        endpoints.insert(d.id, ChecklistWriter::endpoint(plan, d.id));
    beginResetModel();
    m_rows = m_document->checklist();
    m_cells.clear();
    m_cells.reserve(m_rows.size());
    for (const ChecklistRow &row : std::as_const(m_rows))
        m_cells << cellsOf(row, endpoints);
    endResetModel();
}

ChecklistModel::Cells ChecklistModel::cellsOf(const ChecklistRow &row,
                                              const QHash<QString, QString> &endpoints) const
{
    const Plan &plan = m_document->plan();
    return {{Checklist::boundaryTitle(plan, row, m_document->texts()),
             endpoints.value(row.from, row.from), endpoints.value(row.to, row.to),
             Checklist::transportText(row.transport), Checklist::portsText(row.ports),
             row.flows.join(QStringLiteral(", ")), row.purpose},
            Checklist::boundaryKey(plan, row)};
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::sortKey(int row, int column) const
{
    const ChecklistRow &r = m_rows[row];
    switch (column) {
    case Boundary:
        return m_cells[row].boundaryKey;
    case Ports:
        return r.ports.value(0);
    case Flows:
        return r.flows.isEmpty() ? 0 : Catalog::flowOrder(r.flows.first());
    default:
        return m_cells[row].text.value(column).toLower();
    }
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return m_cells[row].text.value(index.column());
    case Qt::ToolTipRole:
        return index.column() == Purpose ? QVariant(m_rows[row].purpose) : QVariant();
    case SortRole:
        return sortKey(row, index.column());
    case BoundaryKeyRole:
        return m_cells[row].boundaryKey;
    case FromIdRole:
        return m_rows[row].from;
    case ToIdRole:
        return m_rows[row].to;
    case FlowNumbersRole:
        return m_rows[row].flows;
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    if (section == Boundary)
        return tr("Boundary");
    return ChecklistWriter::headings(m_document->texts()).value(section - 1);
}

QList<std::pair<QString, QString>> ChecklistModel::boundaries() const
{
    QList<std::pair<QString, QString>> result;
    QString last;
    for (const Cells &cells : m_cells) {
        if (cells.boundaryKey == last)
            continue;
        last = cells.boundaryKey;
        result.append({cells.boundaryKey, cells.text.value(Boundary)});
    }
    return result;
}
