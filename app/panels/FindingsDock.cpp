#include "app/panels/FindingsDock.h"

#include "app/document/PlanDocument.h"
#include "app/panels/FindingsTree.h"
#include "model/DocTopics.h"
#include "model/edit/FixActions.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int IndexRole = Qt::UserRole + 1;
constexpr int SeverityRole = Qt::UserRole + 2; // the one its icon shows

// Sets a row's value only when it changes: each change lays the row out and repaints it, and a
// move on a large plan changes one finding's text, not the others'. Returns whether it changed.
bool write(QTreeWidgetItem *item, int column, int role, const QVariant &value)
{
    if (item->data(column, role) == value)
        return false;
    item->setData(column, role, value);
    return true;
}

QIcon severityIcon(Finding::Severity severity)
{
    const QStyle::StandardPixmap pixmap =
        severity == Finding::Severity::Error     ? QStyle::SP_MessageBoxCritical
        : severity == Finding::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                 : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(pixmap);
}
} // namespace

FindingsDock::FindingsDock(PlanDocument *document, QWidget *parent)
    : QDockWidget(parent), m_document(document), m_tree(new FindingsTree), m_fixText(new QLabel),
      m_fix(new QPushButton), m_help(new QPushButton),
      m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("findingsDock"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_fixText->setWordWrap(true);
    m_fix->setEnabled(false);
    m_help->setEnabled(false);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree);
    auto *row = new QHBoxLayout;
    row->addWidget(m_fixText, 1);
    row->addWidget(m_help);
    row->addWidget(m_fix);
    layout->addLayout(row);
    setWidget(content);

    // Tooltips are made when asked, from the finding a row shows: a tooltip kept in each row
    // would lay the row out again whenever a finding's text changes (on every move of a large
    // plan).
    m_tree->viewport()->installEventFilter(this);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &FindingsDock::onSelection);
    connect(m_fix, &QPushButton::clicked, this, &FindingsDock::applyFix);
    connect(m_help, &QPushButton::clicked, this, [this] {
        if (const QUrl url = documentationUrl(); url.isValid())
            m_openUrl(url);
    });
    // Most edits of a large plan (a move within a zone) change no finding: the list, its
    // selection and its scroll position stay as they are, and nothing is laid out again.
    connect(document, &PlanDocument::derivedChanged, this, [this] {
        if (m_document->findings() != m_shown)
            rebuild();
    });
    retranslateUi();
}

void FindingsDock::retranslateUi()
{
    setWindowTitle(tr("Findings"));
    m_tree->setHeaderLabels({tr("Finding"), tr("Flows")});
    m_fix->setText(tr("Fix"));
    m_fix->setToolTip(tr("Apply the suggested repair (one undo step)"));
    m_help->setText(tr("KSC Help"));
    m_help->setToolTip(tr("Open the Kaspersky Security Center help page on this finding"));
    rebuild();
}

QString FindingsDock::key(const Finding &finding)
{
    return finding.code + QLatin1Char('|') + finding.devices.join(QLatin1Char(','));
}

void FindingsDock::rebuild()
{
    // The selection is looked up in the findings the tree shows, not the document's new ones: an
    // index into the new list would name another finding (or a resolved one would stay selected).
    const auto current = currentFinding();
    m_shown = m_document->findings();
    const QList<Finding> &findings = m_shown;
    const QSignalBlocker blocker(m_tree);
    // The rows are written over rather than cleared and made again: a move on a large plan
    // changes a finding's text (a gateway's load) on every step, and a cleared list lays out and
    // repaints its header too.
    const int rows = std::max(1, int(findings.size()));
    while (m_tree->topLevelItemCount() > rows)
        delete m_tree->takeTopLevelItem(m_tree->topLevelItemCount() - 1);
    while (m_tree->topLevelItemCount() < rows)
        new QTreeWidgetItem(m_tree);
    m_tree->clearSelection();
    QTreeWidgetItem *keep = nullptr;
    for (int i = 0; i < findings.size(); ++i) {
        const Finding &f = findings[i];
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        write(item, 0, Qt::DisplayRole, f.message);
        write(item, 1, Qt::DisplayRole, f.flows.join(QStringLiteral(", ")));
        if (write(item, 0, SeverityRole, int(f.severity)))
            item->setIcon(0, severityIcon(f.severity));
        write(item, 0, IndexRole, i);
        if (current && key(*current) == key(f))
            keep = item;
    }
    if (keep)
        keep->setSelected(true);
    if (findings.isEmpty()) {
        QTreeWidgetItem *item = m_tree->topLevelItem(0);
        write(item, 0, Qt::DisplayRole, tr("No findings: the plan follows the documented rules."));
        write(item, 1, Qt::DisplayRole, QString());
        if (write(item, 0, SeverityRole, QVariant()))
            item->setIcon(0, QIcon());
        write(item, 0, IndexRole, QVariant());
    }
    updateFix(); // the selection stays on the canvas: an edit must not move it
    if (current && !keep)
        emit findingSelected({}, {}); // the finding is gone: so is its highlight
}

QString FindingsDock::toolTip(const QTreeWidgetItem *item) const
{
    const QVariant index = item ? item->data(0, IndexRole) : QVariant();
    if (!index.isValid())
        return {};
    const Finding f = m_shown.value(index.toInt());
    return f.fix.isEmpty() ? f.message : f.message + QLatin1Char('\n') + f.fix;
}

bool FindingsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTreeWidgetItem *item = m_tree->itemAt(help->pos());
        const QString text = toolTip(item);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_tree->viewport(),
                               m_tree->visualItemRect(item));
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

std::optional<Finding> FindingsDock::currentFinding() const
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const QVariant index = selected.first()->data(0, IndexRole);
    if (!index.isValid())
        return std::nullopt;
    return m_shown.value(index.toInt());
}

bool FindingsDock::selectCode(const QString &code)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const QVariant index = item->data(0, IndexRole);
        if (index.isValid() && m_shown.value(index.toInt()).code == code) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void FindingsDock::updateFix()
{
    const auto f = currentFinding();
    m_fix->setEnabled(f && FixActions::canFix(f->fixAction));
    m_help->setEnabled(f.has_value());
    m_fixText->setText(f ? f->fix : QString());
}

void FindingsDock::onSelection()
{
    updateFix();
    const auto f = currentFinding();
    emit findingSelected(f ? f->devices : QStringList(), f ? f->zones : QStringList());
}

void FindingsDock::applyFix()
{
    const auto f = currentFinding();
    if (!f)
        return;
    QString text;
    if (const auto edit = FixActions::edit(m_document->plan(), *f, &text))
        m_document->edit(*edit, text);
}

QUrl FindingsDock::documentationUrl() const
{
    const auto f = currentFinding();
    if (!f)
        return {};
    return DocTopics::url(DocTopics::forFinding(f->code), m_document->texts().language());
}

void FindingsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}
