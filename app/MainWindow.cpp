#include "app/MainWindow.h"
#include "app/MainWindowActions.h"

#include "app/ArrangeMenu.h"
#include "app/EditActions.h"
#include "app/LanguageMenu.h"
#include "app/Settings.h"
#include "app/Translations.h"
#include "app/canvas/CanvasContextMenu.h"
#include "app/canvas/CanvasKeys.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasView.h"
#include "app/dialogs/AboutBox.h"
#include "app/dialogs/HelpWindow.h"
#include "app/dialogs/PortSettingsDialog.h"
#include "app/document/DocumentController.h"
#include "app/document/OutputController.h"
#include "app/document/PlanClipboard.h"
#include "app/document/PlanDocument.h"
#include "app/panels/ChecklistModel.h"
#include "app/panels/ChecklistTab.h"
#include "app/panels/DiagramView.h"
#include "app/panels/FindingsDock.h"
#include "app/panels/KscHelpLinks.h"
#include "app/panels/PaletteList.h"
#include "app/panels/PaletteWidget.h"
#include "app/panels/PanelContextMenus.h"
#include "app/panels/PlanCountsLabel.h"
#include "app/panels/PropertiesDock.h"
#include "app/panels/ZoomLabel.h"
#include "diagrams/DiagramService.h"
#include "exports/FirewallExport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

MainWindow::MainWindow(Settings *settings, const QString &recoveryFolder, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_document(new PlanDocument(this)),
      m_canvas(new CanvasScene(m_document, this)), m_view(new CanvasView(m_canvas)),
      m_tabs(new QTabWidget), m_palette(new PaletteWidget(this)),
      m_properties(new PropertiesDock(m_document, this)),
      m_findings(new FindingsDock(m_document, this)), m_checklist(new ChecklistTab(m_document)),
      m_diagrams(new DiagramService(this)), m_diagramView(new DiagramView(m_document, m_diagrams)),
      m_counts(new PlanCountsLabel(m_document)), m_zoom(new ZoomLabel(m_view)),
      m_files(new DocumentController(m_document, settings, recoveryFolder, this)),
      m_outputs(new OutputController(m_document, settings, m_diagrams, this)),
      m_edits(new EditActions(m_document, m_canvas, m_view, settings, this)),
      m_helpLinks(new KscHelpLinks(m_document, this)), m_actions(std::make_unique<Actions>())
{
    m_files->openDroppedFiles(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, QString());
    m_tabs->addTab(m_checklist, QString());
    m_tabs->addTab(m_diagramView, QString());
    setCentralWidget(m_tabs);
    m_outputs->drawLike(m_diagramView);
    createActions();
    createMenus();
    createDocks();
    connectViews();
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoom);
    m_canvas->setFlowsVisible(m_settings->showFlows());
    resize(1600, 1000);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    retranslateUi();
    m_files->setRecentMenu(m_actions->recent);
}

MainWindow::~MainWindow()
{
    // The stack clears itself when the document (a child) goes, after this body: nothing of the
    // window may hear about it then.
    m_document->undoStack()->disconnect();
}

void MainWindow::createActions()
{
    Actions &a = *m_actions;
    auto make = [this](QKeySequence::StandardKey key, const QString &icon, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), QString(), this);
        if (key != QKeySequence::UnknownKey)
            action->setShortcuts(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    using K = QKeySequence;
    DocumentController *files = m_files;
    OutputController *outputs = m_outputs;
    EditActions *edits = m_edits;
    a.newPlan = make(K::New, QStringLiteral("document-new"), [files] { files->newDialog(); });
    a.open = make(K::Open, QStringLiteral("document-open"), [files] { files->openDialog(); });
    a.save = make(K::Save, QStringLiteral("document-save"), [files] { files->save(); });
    a.saveAs = make(K::UnknownKey, QStringLiteral("document-save-as"),
                    [files] { files->saveAs(QString()); });
    a.saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    a.print =
        make(K::Print, QStringLiteral("document-print"), [outputs] { outputs->printChecklist(); });
    a.compare = make(K::UnknownKey, QString(), [files] { files->compareDialog(); });
    a.quit = make(K::Quit, QStringLiteral("application-exit"), &QWidget::close);
    auto exportAs = [&](const QString &format) {
        return make(K::UnknownKey, QString(),
                    [outputs, format] { outputs->exportChecklistDialog(format); });
    };
    a.exportCsv = exportAs(QStringLiteral("csv"));
    a.exportHtml = exportAs(QStringLiteral("html"));
    a.exportMd = exportAs(QStringLiteral("md"));
    a.exportPdf = exportAs(QStringLiteral("pdf"));
    a.exportXlsx = exportAs(QStringLiteral("xlsx"));
    for (const QString &target : FirewallExport::targets()) {
        a.exportFirewall << make(K::UnknownKey, QString(),
                                 [outputs, target] { outputs->exportFirewallDialog(target); });
    }
    for (const QString &extension : diagramExtensions()) {
        a.exportDiagram << make(K::UnknownKey, QString(),
                                [outputs, extension] { outputs->exportDiagramDialog(extension); });
    }
    a.printDiagram = make(K::UnknownKey, QString(), [outputs] { outputs->printDiagram(); });
    QUndoStack *stack = m_document->undoStack();
    a.undo = make(K::Undo, QStringLiteral("edit-undo"), [stack] { stack->undo(); });
    a.redo = make(K::UnknownKey, QStringLiteral("edit-redo"), [stack] { stack->redo(); });
    // Both habits: Ctrl+Y (Windows programs) and Ctrl+Shift+Z (the rest).
    a.redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    a.cut = make(K::Cut, QStringLiteral("edit-cut"), [edits] { edits->cut(); });
    a.copy = make(K::Copy, QStringLiteral("edit-copy"), [edits] { edits->copy(); });
    a.paste = make(K::Paste, QStringLiteral("edit-paste"), [edits] { edits->paste(); });
    a.duplicate = make(K::UnknownKey, QStringLiteral("edit-copy"), [edits] { edits->duplicate(); });
    a.duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    a.remove =
        make(K::Delete, QStringLiteral("edit-delete"), [edits] { edits->deleteSelection(); });
    a.selectAll =
        make(K::SelectAll, QStringLiteral("edit-select-all"), [edits] { edits->selectAll(); });
    a.rename = make(K::UnknownKey, QString(),
                    [this] { m_edits->rename(m_canvas->selectedIds().value(0)); });
    a.rename->setShortcut(QKeySequence(Qt::Key_F2)); // from the palette too: keyboard-only use
    a.ports =
        make(K::Preferences, QStringLiteral("preferences-system"), &MainWindow::editPortSettings);
    a.showFlows = make(K::UnknownKey, QString(), [this](bool on) {
        m_canvas->setFlowsVisible(on);
        m_settings->setShowFlows(on);
    });
    a.showFlows->setCheckable(true);
    a.showFlows->setChecked(m_settings->showFlows());
    a.showFlows->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    a.arrangeAll = make(K::UnknownKey, QString(), [this] { m_edits->arrangeAll(); });
    a.snap = make(K::UnknownKey, QString(), [this](bool on) { m_edits->setSnapToGrid(on); });
    a.snap->setCheckable(true);
    a.snap->setChecked(m_edits->snapToGrid());
    a.zoomIn = make(K::ZoomIn, QStringLiteral("zoom-in"), [this] { m_view->zoomIn(); });
    a.zoomOut = make(K::ZoomOut, QStringLiteral("zoom-out"), [this] { m_view->zoomOut(); });
    a.zoomFit =
        make(K::UnknownKey, QStringLiteral("zoom-fit-best"), [this] { m_view->zoomToFit(); });
    a.zoomFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    a.zoomActual =
        make(K::UnknownKey, QStringLiteral("zoom-original"), [this] { m_view->zoomActualSize(); });
    a.zoomActual->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    a.about = make(K::UnknownKey, QStringLiteral("help-about"), [this] { AboutBox::show(this); });
    a.guide = make(K::HelpContents, QStringLiteral("help-contents"),
                   [this] { HelpWindow::of(this)->showGuide(m_document->texts().language()); });
    a.shortcuts = make(K::UnknownKey, QString(),
                       [this] { HelpWindow::of(this)->showShortcuts(findChildren<QAction *>()); });
    // The canvas owns the editing shortcuts only while it is the page shown.
    for (QAction *action : {a.cut, a.copy, a.paste, a.duplicate, a.remove, a.selectAll})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addActions({a.cut, a.copy, a.paste, a.duplicate, a.remove, a.selectAll});
    a.arrange = new ArrangeMenu(m_edits, this);
    new CanvasKeys(m_edits, m_view, this);
    auto *menus = new CanvasContextMenu(m_edits, m_view, this);
    menus->setExtraMenus({a.arrange});
    connect(menus, &CanvasContextMenu::flowsRequested, this, &MainWindow::showFlowsOf);
    connect(menus, &CanvasContextMenu::statusMessage, m_edits, &EditActions::statusMessage);
    new PanelContextMenus(this);
}

void MainWindow::createMenus()
{
    Actions &a = *m_actions;
    a.file = menuBar()->addMenu(QString());
    a.file->addActions({a.newPlan, a.open});
    a.recent = a.file->addMenu(QString());
    a.file->addAction(a.compare);
    a.file->addSeparator();
    a.file->addActions({a.save, a.saveAs});
    a.file->addSeparator();
    a.exportMenu = a.file->addMenu(QString());
    a.exportMenu->addActions({a.exportCsv, a.exportHtml, a.exportMd, a.exportPdf, a.exportXlsx});
    a.exportMenu->addSeparator();
    a.exportMenu->addActions(a.exportDiagram);
    a.exportMenu->addSeparator();
    a.exportMenu->addActions(a.exportFirewall);
    a.file->addActions({a.print, a.printDiagram});
    auto *output =
        new LanguageMenu(LanguageMenu::Follows::Window, m_settings->outputLanguage(), this);
    connect(output, &LanguageMenu::chosen, m_outputs, &OutputController::setOutputLanguage);
    a.outputLanguage = output;
    a.file->addMenu(output);
    a.file->addSeparator();
    a.file->addAction(a.quit);

    a.edit = menuBar()->addMenu(QString());
    a.edit->addActions({a.undo, a.redo});
    a.edit->addSeparator();
    a.edit->addActions({a.cut, a.copy, a.paste, a.duplicate, a.rename, a.remove});
    a.edit->addSeparator();
    a.edit->addAction(a.selectAll);
    a.edit->addSeparator();
    a.edit->addAction(a.ports);

    a.view = menuBar()->addMenu(QString());
    a.view->addActions({a.showFlows, a.snap, a.arrangeAll});
    a.view->addSeparator();
    a.view->addActions({a.zoomIn, a.zoomOut, a.zoomFit, a.zoomActual});
    a.view->addSeparator();
    auto *language = new LanguageMenu(LanguageMenu::Follows::System, m_settings->language(), this);
    connect(language, &LanguageMenu::chosen, this, &MainWindow::setLanguage);
    a.language = language;
    a.view->addMenu(language);
    a.language->setEnabled(false); // until setTranslations()
    a.view->addSeparator();

    menuBar()->addMenu(a.arrange);
    a.help = menuBar()->addMenu(QString());
    a.help->addActions({a.guide, a.shortcuts});
    a.help->addSeparator();
    a.help->addAction(a.about);

    a.toolBar = addToolBar(QString());
    a.toolBar->setObjectName(QStringLiteral("mainToolBar"));
    a.toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    a.toolBar->addActions({a.newPlan, a.open, a.save});
    a.toolBar->addSeparator();
    a.toolBar->addActions({a.undo, a.redo});
    a.toolBar->addSeparator();
    a.toolBar->addActions({a.showFlows, a.zoomFit});
    a.toolBar->addSeparator();
    a.toolBar->addAction(a.ports);
}

void MainWindow::createDocks()
{
    addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    addDockWidget(Qt::RightDockWidgetArea, m_properties);
    addDockWidget(Qt::BottomDockWidgetArea, m_findings);
    // Wide enough for the longest role name in Russian, which runs a third longer than English.
    resizeDocks({m_palette}, {300}, Qt::Horizontal);
    resizeDocks({m_properties}, {320}, Qt::Horizontal);
    resizeDocks({m_findings}, {130}, Qt::Vertical);
    m_actions->view->addActions({m_palette->toggleViewAction(), m_properties->toggleViewAction(),
                                 m_findings->toggleViewAction()});
}

void MainWindow::connectViews()
{
    connect(m_files, &DocumentController::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_files, &DocumentController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_outputs, &OutputController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_diagrams, &DiagramService::rendered, m_files, &DocumentController::planDrawn);
    connect(m_diagrams, &DiagramService::failed, m_files, &DocumentController::planDrawn);
    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, m_actions->undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_actions->redo, &QAction::setEnabled);
    // Only the two texts: retranslating the whole window on every edit re-laid out the tabs and
    // repainted the window around the canvas.
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_actions->undo->setEnabled(false);
    m_actions->redo->setEnabled(false);

    connect(m_document, &PlanDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::titleChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::planReset, this, &MainWindow::updateTitle);
    connect(m_edits, &EditActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_palette->list(), &QListWidget::itemActivated, this, &MainWindow::addFromPalette);
    connect(m_document, &PlanDocument::planReset, m_view, &CanvasView::fitWhenShown);
    connect(m_canvas, &CanvasScene::selectedIdsChanged, this, [this](const QStringList &ids) {
        m_properties->showElements(ids);
        m_canvas->markDevices({});
        updateEditActions();
        emit selectionChanged(ids);
    });
    connect(m_canvas, &CanvasScene::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_findings, &FindingsDock::findingSelected, this,
            [this](const QStringList &devices, const QStringList &zones) {
                if (devices.isEmpty() && zones.isEmpty())
                    return;
                m_tabs->setCurrentWidget(m_view);
                const QStringList ids = devices.isEmpty() ? zones : devices;
                selectIds(ids);
                m_view->showIds(ids);
                m_canvas->markDevices(devices);
            });
    connect(m_checklist, &ChecklistTab::ruleSelected, this,
            [this](const QString &from, const QString &to, const QStringList &flows) {
                m_canvas->highlightRoute(from, to, flows);
                m_canvas->markDevices(from.isEmpty() ? QStringList() : QStringList{from, to});
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_checklist->model()->setActive(m_tabs->currentWidget() == m_checklist);
        updateEditActions();
    });
    m_checklist->model()->setActive(false);
    connect(m_properties, &PropertiesDock::flowHelpRequested, m_helpLinks, &KscHelpLinks::openFlow);
    m_findings->setUrlOpener([links = m_helpLinks](const QUrl &url) { links->open(url); });
    connect(m_properties, &PropertiesDock::portSettingsRequested, this,
            &MainWindow::editPortSettings);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this,
            &MainWindow::updateEditActions);
}

void MainWindow::retranslateUi()
{
    Actions &a = *m_actions;
    a.newPlan->setText(tr("&New…"));
    a.open->setText(tr("&Open…"));
    a.save->setText(tr("&Save"));
    a.saveAs->setText(tr("Save &As…"));
    a.print->setText(tr("&Print Checklist…"));
    a.compare->setText(tr("&Compare with Saved File…"));
    a.quit->setText(tr("&Quit"));
    a.exportCsv->setText(tr("Checklist as &CSV…"));
    a.exportHtml->setText(tr("Checklist as &HTML…"));
    a.exportMd->setText(tr("Checklist as &Markdown…"));
    updateUndoTexts();
    a.undo->setIconText(tr("Undo"));
    a.redo->setIconText(tr("Redo"));
    a.cut->setText(tr("Cu&t"));
    a.copy->setText(tr("&Copy"));
    a.paste->setText(tr("&Paste"));
    a.duplicate->setText(tr("D&uplicate"));
    a.remove->setText(tr("&Delete"));
    a.selectAll->setText(tr("Select &All"));
    a.rename->setText(tr("&Rename"));
    a.snap->setText(tr("Snap to &Grid"));
    a.ports->setText(tr("Port &Settings…"));
    a.ports->setIconText(tr("Ports"));
    a.showFlows->setText(tr("Show &Flows"));
    a.showFlows->setIconText(tr("Flows"));
    a.showFlows->setToolTip(tr("Show the derived flows as numbered arrows (%1)")
                                .arg(a.showFlows->shortcut().toString(QKeySequence::NativeText)));
    a.arrangeAll->setText(tr("A&rrange Zones and Devices"));
    a.zoomIn->setText(tr("Zoom &In"));
    a.zoomOut->setText(tr("Zoom &Out"));
    a.zoomFit->setText(tr("&Fit to Window"));
    a.zoomFit->setIconText(tr("Fit"));
    a.zoomActual->setText(tr("&Actual Size (100 %)"));
    a.about->setText(tr("&About Portolan"));
    a.guide->setText(tr("&User Guide"));
    a.shortcuts->setText(tr("&Keyboard Shortcuts"));
    a.language->setTitle(tr("&Language"));
    a.file->setTitle(tr("&File"));
    a.recent->setTitle(tr("Open &Recent"));
    a.exportMenu->setTitle(tr("&Export"));
    a.edit->setTitle(tr("&Edit"));
    a.view->setTitle(tr("&View"));
    a.help->setTitle(tr("&Help"));
    a.toolBar->setWindowTitle(tr("Main toolbar"));
    m_tabs->setTabText(m_tabs->indexOf(m_view), tr("Plan"));
    m_tabs->setTabText(m_tabs->indexOf(m_checklist), tr("Port checklist"));
    m_tabs->setTabText(m_tabs->indexOf(m_diagramView), tr("Diagram"));
    a.exportPdf->setText(tr("Checklist as PDF…"));
    a.exportXlsx->setText(tr("Checklist as &XLSX…"));
    const QStringList firewallTexts = {tr("Firewall Rules for &nftables…"),
                                       tr("Firewall Rules for &Windows…"),
                                       tr("Firewall Rules as CSV…")};
    for (int i = 0; i < a.exportFirewall.size(); ++i)
        a.exportFirewall[i]->setText(firewallTexts.value(i));
    const QStringList formats = diagramExtensions();
    for (int i = 0; i < a.exportDiagram.size(); ++i)
        a.exportDiagram[i]->setText(formats[i] == QStringLiteral("drawio")
                                        ? tr("Diagram as draw.io…")
                                        : tr("Diagram as %1…").arg(formats[i].toUpper()));
    a.printDiagram->setText(tr("Print &Diagram…"));
    a.outputLanguage->setTitle(tr("Output &Language"));
    updateTitle();
}

void MainWindow::updateUndoTexts()
{
    const QUndoStack *stack = m_document->undoStack();
    m_actions->undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                              : tr("&Undo"));
    m_actions->redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                              : tr("&Redo"));
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString file = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    const QString title = m_document->plan().title.trimmed();
    // The plan's own title says what it is; the file name says where it is.
    setWindowTitle(title.isEmpty() || title == file ? tr("%1[*] — Portolan").arg(file)
                                                    : tr("%1 (%2)[*] — Portolan").arg(title, file));
    setWindowFilePath(path);
}

void MainWindow::updateEditActions()
{
    const bool onCanvas = m_tabs->currentWidget() == m_view;
    const bool selection = onCanvas && !m_canvas->selectedIds().isEmpty();
    Actions &a = *m_actions;
    for (QAction *action : {a.cut, a.copy, a.duplicate, a.remove})
        action->setEnabled(selection);
    a.paste->setEnabled(
        onCanvas && QApplication::clipboard()->mimeData() &&
        QApplication::clipboard()->mimeData()->hasFormat(QLatin1String(PlanClipboard::MimeType)));
    a.selectAll->setEnabled(onCanvas);
    a.rename->setEnabled(onCanvas && m_canvas->selectedIds().size() == 1);
    a.arrange->updateFor(onCanvas ? int(m_canvas->selectedIds().size()) : 0);
}

void MainWindow::setPrompt(const Prompt &prompt)
{
    m_files->setPrompt(prompt);
    m_outputs->setPrompt(prompt);
    m_edits->setPrompt(prompt);
}

void MainWindow::setTranslations(Translations *translations)
{
    m_translations = translations;
    m_actions->language->setEnabled(translations);
    if (translations)
        m_document->setTexts(Texts::forLanguage(translations->current()));
}

void MainWindow::setLanguage(const QString &language)
{
    m_settings->setLanguage(language);
    if (!m_translations)
        return;
    // Widgets retranslate on the LanguageChange event; findings and the checklist are made again
    // in the new language.
    m_document->setTexts(Texts::forLanguage(m_translations->apply(language)));
}

void MainWindow::selectIds(const QStringList &ids)
{
    m_canvas->selectIds(ids);
}

void MainWindow::editPortSettings()
{
    PortSettingsDialog dialog(m_document->plan().settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PlanEdit edit;
    edit.changeSettings(m_document->plan(), dialog.settings());
    if (*edit.settingsAfter != *edit.settingsBefore)
        m_document->edit(edit, tr("Change the port settings"));
}

void MainWindow::addFromPalette(QListWidgetItem *item)
{
    // Double-click or Enter on the palette: the keyboard's way to add what others drag.
    if (const auto entry = m_palette->list()->entry(item)) {
        m_tabs->setCurrentWidget(m_view);
        m_edits->addFromPalette(*entry);
    }
}

void MainWindow::showFlowsOf(const QString &deviceId)
{
    if (!m_actions->showFlows->isChecked())
        m_actions->showFlows->trigger();
    m_tabs->setCurrentWidget(m_view);
    m_canvas->selectIds({deviceId}); // its arrows stand out, the others fade
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->close()) {
        event->ignore();
        return;
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // the canvas's cards lay themselves out again in the new language
    QMainWindow::changeEvent(event);
}
