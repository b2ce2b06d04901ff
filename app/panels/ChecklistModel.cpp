#include "app/panels/ChecklistModel.h"

#include "app/document/PlanDocument.h"
#include "exports/ChecklistWriter.h"
#include "model/BoundaryTitles.h"
#include "probe/ReachabilitySummary.h"

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
    // The reachability texts are worked out when shown, in the window's language.
    emitReachabilityChanged(0, rowCount() - 1);
}

void ChecklistModel::setProbeResults(const QList<ProbeResult> &results)
{
    m_probeResults = results;
    m_probeByRow = QList<QList<int>>(m_rows.size());
    for (int i = 0; i < results.size(); ++i) {
        if (results[i].row >= 0 && results[i].row < m_probeByRow.size())
            m_probeByRow[results[i].row] << i;
    }
    emitReachabilityChanged(0, rowCount() - 1);
}

void ChecklistModel::updateProbeResult(int index, const ProbeResult &result)
{
    if (index < 0 || index >= m_probeResults.size())
        return;
    m_probeResults[index] = result;
    emitReachabilityChanged(result.row, result.row);
}

void ChecklistModel::clearProbeResults()
{
    if (m_probeResults.isEmpty())
        return;
    m_probeResults.clear();
    m_probeByRow.clear();
    emitReachabilityChanged(0, rowCount() - 1);
}

void ChecklistModel::emitReachabilityChanged(int firstRow, int lastRow)
{
    if (firstRow < 0 || lastRow < firstRow || lastRow >= rowCount())
        return;
    emit dataChanged(index(firstRow, Reachability), index(lastRow, Reachability));
}

QList<ProbeResult> ChecklistModel::probeResultsOf(int row) const
{
    QList<ProbeResult> results;
    for (int i : m_probeByRow.value(row))
        results << m_probeResults[i];
    return results;
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
    m_probeResults.clear();
    m_probeByRow.clear();
    m_cells.reserve(m_rows.size());
    const BoundaryTitles boundaries(plan, m_document->texts());
    for (const ChecklistRow &row : std::as_const(m_rows))
        m_cells << cellsOf(row, endpoints, boundaries);
    endResetModel();
}

ChecklistModel::Cells ChecklistModel::cellsOf(const ChecklistRow &row,
                                              const QHash<QString, QString> &endpoints,
                                              const BoundaryTitles &boundaries) const
{
    const Plan &plan = m_document->plan();
    return {{boundaries.title(row), endpoints.value(row.from, row.from),
             endpoints.value(row.to, row.to), Checklist::transportText(row.transport),
             Checklist::portsText(row.ports), row.flows.join(QStringLiteral(", ")), row.purpose},
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
        return displayText(row, column).toLower();
    }
}

QString ChecklistModel::displayText(int row, int column) const
{
    if (column == Reachability)
        return ReachabilitySummary::text(probeResultsOf(row));
    return m_cells[row].text.value(column);
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Reachability)
            return ReachabilitySummary::toolTip(probeResultsOf(row));
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
    if (section == Reachability)
        return tr("Reachability");
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
