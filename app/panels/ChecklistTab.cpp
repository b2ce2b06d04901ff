#include "app/panels/ChecklistTab.h"

#include "app/document/PlanDocument.h"
#include "app/panels/ChecklistModel.h"
#include "model/PlanAddress.h"
#include "probe/ReachabilityProbe.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The distinct addresses a probe of `rows` connects to: the TCP rules' destinations that have an
// address in the plan which the probe accepts (ReachabilityProbe skips the others unconnected).
QStringList addressesToContact(const Plan &plan, const QList<ChecklistRow> &rows)
{
    QStringList addresses;
    for (const ChecklistRow &row : rows) {
        const Device *to = plan.device(row.to);
        const QString address = to ? to->address.trimmed() : QString();
        const PlanAddress::Kind kind = PlanAddress::kind(address);
        if (row.transport == Catalog::Transport::Tcp && kind != PlanAddress::Kind::None &&
            kind != PlanAddress::Kind::Invalid && kind != PlanAddress::Kind::Subnets &&
            !addresses.contains(address))
            addresses << address;
    }
    return addresses;
}

} // namespace

ChecklistTab::ChecklistTab(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ChecklistModel(document, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView), m_boundaryLabel(new QLabel),
      m_boundary(new QComboBox), m_count(new QLabel), m_probe(new ReachabilityProbe(this)),
      m_check(new QPushButton), m_cancel(new QPushButton), m_progress(new QProgressBar),
      m_probeStatus(new QLabel)
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
    header->resizeSection(ChecklistModel::Purpose, 360);
    m_boundary->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_confirm = [this](const QString &text) {
        return QMessageBox::question(this, tr("Check Reachability"), text) == QMessageBox::Yes;
    };

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_boundaryLabel);
    bar->addWidget(m_boundary);
    bar->addStretch();
    bar->addWidget(m_count);
    bar->addWidget(m_check);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_probeStatus);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecklistTab::fillBoundaries);
    connect(m_boundary, &QComboBox::currentIndexChanged, this, &ChecklistTab::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChecklistTab::onSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChecklistTab::onSelection);
    connect(m_check, &QPushButton::clicked, this, &ChecklistTab::checkReachability);
    connect(m_cancel, &QPushButton::clicked, this, &ChecklistTab::cancelReachability);
    connect(m_probe, &ReachabilityProbe::resultReady, this, &ChecklistTab::onProbeResult);
    connect(m_probe, &ReachabilityProbe::finished, this, &ChecklistTab::updateProbeUi);
    // The results describe the rules as they were: any change of the plan makes them stale.
    connect(document, &PlanDocument::derivedChanged, this, &ChecklistTab::cancelReachability);
    connect(document, &PlanDocument::planReset, this, &ChecklistTab::cancelReachability);
    retranslateUi();
}

void ChecklistTab::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

bool ChecklistTab::checkReachability()
{
    const QList<ChecklistRow> &rows = m_model->rows();
    const QStringList addresses = addressesToContact(m_document->plan(), rows);
    // With no address to contact nothing leaves this machine: no need to ask.
    if (!addresses.isEmpty() && !m_confirm(confirmationText(addresses)))
        return false;
    m_probe->start(m_document->plan(), rows);
    m_model->setProbeResults(m_probe->results());
    m_progress->setRange(0, int(m_probe->results().size()));
    m_progress->setValue(0);
    updateProbeUi();
    return true;
}

QString ChecklistTab::confirmationText(const QStringList &addresses) const
{
    constexpr int Listed = 10;
    QString list = QStringList(addresses.mid(0, Listed)).join(QStringLiteral(", "));
    if (addresses.size() > Listed)
        list += QStringLiteral(", …");
    return tr("Portolan will connect from this machine to the ports of the firewall rules at "
              "these addresses written in the plan.\n\nAddresses to contact: %1 (%2)\n\nNo "
              "other address is contacted; each connection gives up after %3 s. Check now?")
        .arg(addresses.size())
        .arg(list)
        .arg(m_probe->timeout() / 1000.0);
}

void ChecklistTab::cancelReachability()
{
    m_probe->cancel();
    m_model->clearProbeResults();
    updateProbeUi();
}

void ChecklistTab::onProbeResult(int index)
{
    m_model->updateProbeResult(index, m_probe->results().at(index));
    m_progress->setValue(m_progress->value() + 1);
}

void ChecklistTab::updateProbeUi()
{
    const bool running = m_probe->isRunning();
    m_check->setEnabled(!running);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    QString status;
    if (!running && m_model->hasProbeResults()) {
        // Counted over the ports a connection was tried on: UDP rules and rules without an
        // address say nothing about the firewall.
        using S = ProbeResult::Status;
        int tried = 0;
        int reachable = 0;
        for (const ProbeResult &r : m_probe->results()) {
            tried += r.status == S::NotVerifiable || r.status == S::NoAddress ||
                             r.status == S::InvalidAddress || r.status == S::Subnet
                         ? 0
                         : 1;
            reachable += r.status == S::Reachable ? 1 : 0;
        }
        status = tr("Reachable: %1 of %2 ports tried").arg(reachable).arg(tried);
    }
    m_probeStatus->setText(status);
}

void ChecklistTab::retranslateUi()
{
    m_boundaryLabel->setText(tr("Boundary:"));
    m_check->setText(tr("Check Reachability"));
    m_check->setToolTip(tr("Try to connect from this machine to each TCP rule's destination "
                           "address in the plan"));
    m_cancel->setText(tr("Cancel"));
    updateProbeUi();
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
