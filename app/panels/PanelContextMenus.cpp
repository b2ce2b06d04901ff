#include "app/panels/PanelContextMenus.h"

#include "app/MainWindow.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasView.h"
#include "app/panels/ChecklistModel.h"
#include "app/panels/ChecklistTab.h"
#include "app/panels/FindingsDock.h"
#include "app/panels/KscHelpLinks.h"
#include "model/edit/FixActions.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeWidget>

PanelContextMenus::PanelContextMenus(MainWindow *window) : QObject(window), m_window(window)
{
    QTreeWidget *tree = window->findings()->tree();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this,
            [this, tree](const QPoint &pos) { popup(findingMenu(pos), tree->viewport(), pos); });
    QTableView *table = window->checklist()->view();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        popup(checklistMenu(pos), table->viewport(), pos);
    });
}

void PanelContextMenus::popup(QMenu *menu, QWidget *viewport, const QPoint &pos)
{
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(viewport->mapToGlobal(pos));
}

QMenu *PanelContextMenus::findingMenu(const QPoint &pos)
{
    FindingsDock *findings = m_window->findings();
    QTreeWidgetItem *item = findings->tree()->itemAt(pos);
    if (!item)
        return nullptr;
    findings->tree()->setCurrentItem(item);
    const std::optional<Finding> finding = findings->currentFinding();
    if (!finding)
        return nullptr;
    auto *menu = new QMenu(findings);
    m_last = menu;
    QAction *fix = menu->addAction(tr("&Fix"), findings, &FindingsDock::applyFix);
    fix->setEnabled(FixActions::canFix(finding->fixAction) && findings->fixButton()->isEnabled());
    const QStringList ids = finding->devices.isEmpty() ? finding->zones : finding->devices;
    QAction *show = menu->addAction(tr("Show on the &Plan"), this, [this, ids] {
        m_window->tabs()->setCurrentWidget(m_window->view());
        m_window->selectIds(ids);
        m_window->view()->showIds(ids);
    });
    show->setEnabled(!ids.isEmpty());
    menu->addAction(tr("&Copy Text"), this, [finding] {
        QApplication::clipboard()->setText(
            finding->fix.isEmpty() ? finding->message
                                   : finding->message + QLatin1Char('\n') + finding->fix);
    });
    menu->addSeparator();
    menu->addAction(QIcon::fromTheme(QStringLiteral("help-browser")), tr("Open KSC &Documentation"),
                    findings->helpButton(), &QPushButton::click);
    return menu;
}

QMenu *PanelContextMenus::checklistMenu(const QPoint &pos)
{
    ChecklistTab *checklist = m_window->checklist();
    const QModelIndex index = checklist->view()->indexAt(pos);
    if (!index.isValid())
        return nullptr;
    checklist->view()->selectRow(index.row());
    const QAbstractItemModel *model = checklist->proxy();
    const int row = index.row();
    auto *menu = new QMenu(checklist);
    m_last = menu;
    menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Row"), this,
                    [model, row] {
                        QStringList cells;
                        for (int c = 0; c < model->columnCount(); ++c)
                            cells << model->index(row, c).data().toString();
                        QApplication::clipboard()->setText(cells.join(QLatin1Char('\t')));
                    });
    const QString from = index.siblingAtColumn(0).data(ChecklistModel::FromIdRole).toString();
    const QString to = index.siblingAtColumn(0).data(ChecklistModel::ToIdRole).toString();
    menu->addAction(tr("Show the &Flows on the Plan"), this, [this, from, to] {
        // The selected row already lights up its arrows; the plan page shows them.
        m_window->tabs()->setCurrentWidget(m_window->view());
        m_window->view()->showIds({from, to});
    });
    const QString boundary =
        index.siblingAtColumn(0).data(ChecklistModel::BoundaryKeyRole).toString();
    QComboBox *filter = checklist->boundaryFilter();
    const int choice = filter->findData(boundary);
    QAction *narrow = menu->addAction(tr("Show Only This &Boundary"), filter,
                                      [filter, choice] { filter->setCurrentIndex(choice); });
    narrow->setEnabled(choice >= 0 && filter->currentIndex() != choice);
    m_window->helpLinks()->addFlowActions(
        menu, index.siblingAtColumn(0).data(ChecklistModel::FlowNumbersRole).toStringList());
    return menu;
}
