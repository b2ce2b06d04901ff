#pragma once

#include <QObject>
#include <QPointer>

class MainWindow;
class QMenu;
class QPoint;

// Right-click menus of the findings and the checklist: a finding offers its fix and shows its
// devices; a checklist row is copied, shown on the plan, or narrows the table to its boundary.
class PanelContextMenus : public QObject
{
    Q_OBJECT

public:
    explicit PanelContextMenus(MainWindow *window);

    // The menus for the row under `pos` (in the view's viewport); null when there is none. The
    // caller owns the menu.
    QMenu *findingMenu(const QPoint &pos);
    QMenu *checklistMenu(const QPoint &pos);
    QMenu *lastMenu() const { return m_last; }

private:
    void popup(QMenu *menu, QWidget *viewport, const QPoint &pos);

    MainWindow *m_window;
    QPointer<QMenu> m_last;
};
