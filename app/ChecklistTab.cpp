#include "ChecklistTab.h"

#include "ChecklistModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ChecklistTab::ChecklistTab(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_model(new ChecklistModel(document, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView), m_boundaryLabel(new QLabel),
      m_boundary(new QComboBox), m_count(new QLabel)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ChecklistModel::SortRole);
    m_proxy->setFilterRole(ChecklistModel::BoundaryKeyRole);
    m_proxy->setFilterKeyColumn(ChecklistModel::Boundary);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChecklistModel::Boundary, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sizing columns from a sample of rows keeps resets of large checklists fast.
    header->setResizeContentsPrecision(200);
    // The purpose, the longest text, takes what is left (and elides; its tooltip is complete).
    header->setSectionResizeMode(ChecklistModel::Purpose, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_boundary->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_boundaryLabel);
    bar->addWidget(m_boundary);
    bar->addStretch();
    bar->addWidget(m_count);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecklistTab::fillBoundaries);
    connect(m_boundary, &QComboBox::currentIndexChanged, this, &ChecklistTab::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChecklistTab::onSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChecklistTab::onSelection);
    retranslateUi();
}

void ChecklistTab::retranslateUi()
{
    m_boundaryLabel->setText(tr("Boundary:"));
    m_model->retranslate();
    fillBoundaries();
}

void ChecklistTab::fillBoundaries()
{
    const QString current = m_boundary->currentData().toString();
    const QSignalBlocker blocker(m_boundary);
    m_boundary->clear();
    m_boundary->addItem(tr("All boundaries"), QString());
    for (const auto &[key, title] : m_model->boundaries())
        m_boundary->addItem(title, key);
    const int keep = m_boundary->findData(current);
    m_boundary->setCurrentIndex(keep < 0 ? 0 : keep);
    applyFilter();
}

void ChecklistTab::applyFilter()
{
    const QString key = m_boundary->currentData().toString();
    m_proxy->setFilterRegularExpression(
        key.isEmpty() ? QRegularExpression()
                      : QRegularExpression(
                            QRegularExpression::anchoredPattern(QRegularExpression::escape(key))));
    m_count->setText(
        tr("Firewall rules shown: %1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void ChecklistTab::onSelection()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        emit ruleSelected(QString(), QString(), {});
        return;
    }
    const QModelIndex i = rows.first();
    emit ruleSelected(i.data(ChecklistModel::FromIdRole).toString(),
                      i.data(ChecklistModel::ToIdRole).toString(),
                      i.data(ChecklistModel::FlowNumbersRole).toStringList());
}

void ChecklistTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
