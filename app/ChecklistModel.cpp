#include "ChecklistModel.h"

#include "ChecklistWriter.h"
#include "PlanDocument.h"

#include <QEvent>

ChecklistModel::ChecklistModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &PlanDocument::derivedChanged, this, &ChecklistModel::reload);
    m_rows = document->checklist();
}

void ChecklistModel::reload()
{
    // Names and addresses show in the cells, so a rename changes the table even when the rules
    // stay; a reset is cheap at checklist sizes.
    beginResetModel();
    m_rows = m_document->checklist();
    endResetModel();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::display(const ChecklistRow &row, int column) const
{
    const Plan &plan = m_document->plan();
    switch (column) {
    case Boundary:
        return Checklist::boundaryTitle(plan, row, m_document->texts());
    case From:
        return ChecklistWriter::endpoint(plan, row.from);
    case To:
        return ChecklistWriter::endpoint(plan, row.to);
    case Protocol:
        return Checklist::transportText(row.transport);
    case Ports:
        return Checklist::portsText(row.ports);
    case Flows:
        return row.flows.join(QStringLiteral(", "));
    case Purpose:
        return row.purpose;
    default:
        return {};
    }
}

QVariant ChecklistModel::sortKey(const ChecklistRow &row, int column) const
{
    switch (column) {
    case Boundary:
        return Checklist::boundaryKey(m_document->plan(), row);
    case Ports:
        return row.ports.value(0);
    case Flows:
        return row.flows.isEmpty() ? 0 : Catalog::flowOrder(row.flows.first());
    default:
        return display(row, column).toString().toLower();
    }
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == Purpose ? QVariant(r.purpose) : QVariant();
    case SortRole:
        return sortKey(r, index.column());
    case BoundaryKeyRole:
        return Checklist::boundaryKey(m_document->plan(), r);
    case FromIdRole:
        return r.from;
    case ToIdRole:
        return r.to;
    case FlowNumbersRole:
        return r.flows;
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
    for (const ChecklistRow &r : m_rows) {
        const QString key = Checklist::boundaryKey(m_document->plan(), r);
        if (key == last)
            continue;
        last = key;
        result.append({key, Checklist::boundaryTitle(m_document->plan(), r, m_document->texts())});
    }
    return result;
}
