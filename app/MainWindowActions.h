#pragma once

#include "app/ArrangeMenu.h"
#include "app/MainWindow.h"

#include <QAction>
#include <QList>
#include <QMenu>
#include <QToolBar>

// The window's actions and menus, made in MainWindow::createActions/createMenus and renamed in
// retranslateUi: kept apart so the window's code reads as what it does with them.
struct MainWindow::Actions
{
    QAction *newPlan, *open, *save, *saveAs, *print, *printDiagram, *quit;
    QAction *exportCsv, *exportHtml, *exportMd, *exportPdf, *exportXlsx;
    QList<QAction *> exportFirewall; // one per FirewallExport target
    QList<QAction *> exportDiagram;  // one per DiagramFormat
    QAction *undo, *redo, *cut, *copy, *paste, *duplicate, *remove, *selectAll, *rename, *ports;
    QAction *showFlows, *snap, *arrangeAll, *zoomIn, *zoomOut, *zoomFit, *zoomActual;
    QAction *about, *compare, *guide, *shortcuts;
    QMenu *file, *recent, *exportMenu, *outputLanguage, *edit, *view, *language, *help;
    ArrangeMenu *arrange;
    QToolBar *toolBar;
};
