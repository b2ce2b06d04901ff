#include "app/MainWindow.h"

#include "app/Settings.h"
#include "app/Translations.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasStyle.h"
#include "app/canvas/CanvasView.h"
#include "app/canvas/ItemFactory.h"
#include "app/dialogs/NewPlanDialog.h"
#include "app/dialogs/PlanDiffDialog.h"
#include "app/dialogs/PortSettingsDialog.h"
#include "app/document/PlanClipboard.h"
#include "app/document/PlanDocument.h"
#include "app/panels/ChecklistModel.h"
#include "app/panels/ChecklistTab.h"
#include "app/panels/DiagramView.h"
#include "app/panels/FindingsDock.h"
#include "app/panels/PaletteWidget.h"
#include "app/panels/PropertiesDock.h"
#include "diagrams/ChecklistDocument.h"
#include "diagrams/DiagramService.h"
#include "exports/ChecklistWriter.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace {
constexpr int AutosaveSoonMs = 3000;
constexpr int AutosaveLatestMs = 30000;
const QString kReferenceTemplate = QStringLiteral("gateway");
const QPointF kPasteOffset(24, 24);
} // namespace

struct MainWindow::Actions
{
    QAction *newPlan, *open, *save, *saveAs, *print, *printDiagram, *quit;
    QAction *exportCsv, *exportHtml, *exportMd, *exportPdf;
    QList<QAction *> exportDiagram; // one per DiagramFormat
    QAction *outputWindow, *outputEn, *outputRu;
    QAction *undo, *redo, *cut, *copy, *paste, *duplicate, *remove, *selectAll, *ports;
    QAction *showFlows, *zoomIn, *zoomOut, *zoomFit, *zoomActual;
    QAction *about;
    QAction *compare;
    QAction *languageSystem, *languageEn, *languageRu;
    QMenu *file, *recent, *exportMenu, *outputLanguage, *edit, *view, *language, *help;
    QToolBar *toolBar;
};

MainWindow::MainWindow(Settings *settings, const QString &recoveryFolder, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_document(new PlanDocument(this)),
      m_canvas(new CanvasScene(m_document, this)), m_view(new CanvasView(m_canvas)),
      m_tabs(new QTabWidget), m_palette(new PaletteWidget(this)),
      m_properties(new PropertiesDock(m_document, this)),
      m_findings(new FindingsDock(m_document, this)), m_checklist(new ChecklistTab(m_document)),
      m_diagrams(new DiagramService(this)), m_diagramView(new DiagramView(m_document, m_diagrams)),
      m_counts(new QLabel), m_zoom(new QLabel), m_recovery(recoveryFolder),
      m_autosaveSoon(new QTimer(this)), m_autosaveLatest(new QTimer(this)),
      m_actions(std::make_unique<Actions>())
{
    m_prompt = [this](QMessageBox::Icon icon, const QString &title, const QString &text,
                      QMessageBox::StandardButtons buttons) {
        QMessageBox box(icon, title, text, buttons, this);
        return QMessageBox::StandardButton(box.exec());
    };
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, QString());
    m_tabs->addTab(m_checklist, QString());
    m_tabs->addTab(m_diagramView, QString());
    setCentralWidget(m_tabs);
    m_diagramView->setOptions(diagramOptionsFromSettings());
    connect(m_diagramView, &DiagramView::optionsChanged, this, [this] {
        const DiagramOptions o = m_diagramView->options();
        m_settings->setDiagramOption(QStringLiteral("bundle"), o.bundle);
        m_settings->setDiagramOption(QStringLiteral("legend"), o.legend);
        m_settings->setDiagramOption(QStringLiteral("clouds"), o.clouds);
    });
    createActions();
    createMenus();
    createDocks();
    connectViews();
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoom);
    m_canvas->setFlowsVisible(m_settings->showFlows());
    m_autosaveSoon->setSingleShot(true);
    m_autosaveSoon->setInterval(AutosaveSoonMs);
    m_autosaveLatest->setSingleShot(true);
    m_autosaveLatest->setInterval(AutosaveLatestMs);
    connect(m_autosaveSoon, &QTimer::timeout, this, &MainWindow::autosave);
    connect(m_autosaveLatest, &QTimer::timeout, this, &MainWindow::autosave);
    resize(1600, 1000);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    retranslateUi();
    updateRecentMenu();
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
    a.newPlan = make(K::New, QStringLiteral("document-new"), &MainWindow::newDialog);
    a.open = make(K::Open, QStringLiteral("document-open"), &MainWindow::openDialog);
    a.save = make(K::Save, QStringLiteral("document-save"), [this] { save(); });
    a.saveAs = make(K::SaveAs, QStringLiteral("document-save-as"), [this] { saveAs(QString()); });
    a.print = make(K::Print, QStringLiteral("document-print"), &MainWindow::printChecklist);
    a.compare = make(K::UnknownKey, QString(), &MainWindow::compareDialog);
    a.quit = make(K::Quit, QStringLiteral("application-exit"), &QWidget::close);
    a.exportCsv = make(K::UnknownKey, QString(), [this] { exportDialog(QStringLiteral("csv")); });
    a.exportHtml = make(K::UnknownKey, QString(), [this] { exportDialog(QStringLiteral("html")); });
    a.exportMd = make(K::UnknownKey, QString(), [this] { exportDialog(QStringLiteral("md")); });
    a.exportPdf = make(K::UnknownKey, QString(), [this] { exportDialog(QStringLiteral("pdf")); });
    for (const QString &extension : diagramExtensions()) {
        a.exportDiagram << make(K::UnknownKey, QString(),
                                [this, extension] { exportDiagramDialog(extension); });
    }
    a.printDiagram = make(K::UnknownKey, QString(), &MainWindow::printDiagram);
    QUndoStack *stack = m_document->undoStack();
    a.undo = make(K::Undo, QStringLiteral("edit-undo"), [stack] { stack->undo(); });
    a.redo = make(K::Redo, QStringLiteral("edit-redo"), [stack] { stack->redo(); });
    a.cut = make(K::Cut, QStringLiteral("edit-cut"), &MainWindow::cut);
    a.copy = make(K::Copy, QStringLiteral("edit-copy"), &MainWindow::copy);
    a.paste = make(K::Paste, QStringLiteral("edit-paste"), &MainWindow::paste);
    a.duplicate = make(K::UnknownKey, QStringLiteral("edit-copy"), &MainWindow::duplicate);
    a.duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    a.remove = make(K::Delete, QStringLiteral("edit-delete"), &MainWindow::deleteSelection);
    a.selectAll = make(K::SelectAll, QStringLiteral("edit-select-all"), &MainWindow::selectAll);
    a.ports =
        make(K::Preferences, QStringLiteral("preferences-system"), &MainWindow::editPortSettings);
    a.showFlows = make(K::UnknownKey, QString(), [this](bool on) {
        m_canvas->setFlowsVisible(on);
        m_settings->setShowFlows(on);
    });
    a.showFlows->setCheckable(true);
    a.showFlows->setChecked(m_settings->showFlows());
    a.showFlows->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    a.zoomIn = make(K::ZoomIn, QStringLiteral("zoom-in"), [this] { m_view->zoomIn(); });
    a.zoomOut = make(K::ZoomOut, QStringLiteral("zoom-out"), [this] { m_view->zoomOut(); });
    a.zoomFit =
        make(K::UnknownKey, QStringLiteral("zoom-fit-best"), [this] { m_view->zoomToFit(); });
    a.zoomFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    a.zoomActual =
        make(K::UnknownKey, QStringLiteral("zoom-original"), [this] { m_view->zoomActualSize(); });
    a.zoomActual->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    a.about = make(K::UnknownKey, QStringLiteral("help-about"), [this] {
        QMessageBox::about(this, tr("About Portolan"),
                           tr("<p><b>Portolan %1</b></p><p>Plans Kaspersky Security Center "
                              "deployments: place zones and devices, and Portolan derives every "
                              "documented network flow, checks the placement and writes the "
                              "firewall port checklist.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    // The canvas owns the editing shortcuts only while it is the page shown.
    for (QAction *action : {a.cut, a.copy, a.paste, a.duplicate, a.remove, a.selectAll})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addActions({a.cut, a.copy, a.paste, a.duplicate, a.remove, a.selectAll});
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
    a.exportMenu->addActions({a.exportCsv, a.exportHtml, a.exportMd, a.exportPdf});
    a.exportMenu->addSeparator();
    a.exportMenu->addActions(a.exportDiagram);
    a.file->addActions({a.print, a.printDiagram});
    a.outputLanguage = a.file->addMenu(QString());
    addLanguageChoices(a.outputLanguage, {&a.outputWindow, &a.outputEn, &a.outputRu},
                       m_settings->outputLanguage(),
                       [this](const QString &code) { m_settings->setOutputLanguage(code); });
    a.file->addSeparator();
    a.file->addAction(a.quit);

    a.edit = menuBar()->addMenu(QString());
    a.edit->addActions({a.undo, a.redo});
    a.edit->addSeparator();
    a.edit->addActions({a.cut, a.copy, a.paste, a.duplicate, a.remove});
    a.edit->addSeparator();
    a.edit->addAction(a.selectAll);
    a.edit->addSeparator();
    a.edit->addAction(a.ports);

    a.view = menuBar()->addMenu(QString());
    a.view->addAction(a.showFlows);
    a.view->addSeparator();
    a.view->addActions({a.zoomIn, a.zoomOut, a.zoomFit, a.zoomActual});
    a.view->addSeparator();
    a.language = a.view->addMenu(QString());
    addLanguageChoices(a.language, {&a.languageSystem, &a.languageEn, &a.languageRu},
                       m_settings->language(), [this](const QString &code) { setLanguage(code); });
    a.language->setEnabled(false); // until setTranslations()
    a.view->addSeparator();

    a.help = menuBar()->addMenu(QString());
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

void MainWindow::addLanguageChoices(QMenu *menu, const std::array<QAction **, 3> &actions,
                                    const QString &current,
                                    const std::function<void(const QString &)> &choose)
{
    // The first choice (empty code) follows something else: the system, or the window.
    const QString codes[] = {QString(), QStringLiteral("en"), QStringLiteral("ru")};
    auto *group = new QActionGroup(this);
    for (size_t i = 0; i < actions.size(); ++i) {
        QAction *action = menu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(current == codes[i]);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [choose, code = codes[i]] { choose(code); });
        *actions[i] = action;
    }
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
    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        setWindowModified(!clean);
        if (clean) {
            // Saved (or back to the saved state): nothing left to recover.
            m_autosaveSoon->stop();
            m_autosaveLatest->stop();
            m_recovery.remove();
        }
    });
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::scheduleAutosave);
    connect(stack, &QUndoStack::canUndoChanged, m_actions->undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_actions->redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUi);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUi);
    m_actions->undo->setEnabled(false);
    m_actions->redo->setEnabled(false);

    connect(m_document, &PlanDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::derivedChanged, this, &MainWindow::updateStatus);
    connect(m_document, &PlanDocument::planReset, this, [this] {
        m_fitPending = true;
        if (isVisible())
            QTimer::singleShot(0, this, [this] {
                m_view->zoomToFit();
                m_fitPending = false;
            });
    });
    connect(m_canvas, &CanvasScene::selectedIdsChanged, this, [this](const QStringList &ids) {
        m_properties->showElement(ids.value(0));
        m_canvas->markDevices({});
        updateEditActions();
        emit selectionChanged(ids);
    });
    connect(m_canvas, &CanvasScene::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_view, &CanvasView::zoomChanged, this,
            [this](int percent) { m_zoom->setText(tr("Zoom %1 %").arg(percent)); });
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
    const QUndoStack *stack = m_document->undoStack();
    a.undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    a.redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    a.undo->setIconText(tr("Undo"));
    a.redo->setIconText(tr("Redo"));
    a.cut->setText(tr("Cu&t"));
    a.copy->setText(tr("&Copy"));
    a.paste->setText(tr("&Paste"));
    a.duplicate->setText(tr("D&uplicate"));
    a.remove->setText(tr("&Delete"));
    a.selectAll->setText(tr("Select &All"));
    a.ports->setText(tr("Port &Settings…"));
    a.ports->setIconText(tr("Ports"));
    a.showFlows->setText(tr("Show &Flows"));
    a.showFlows->setIconText(tr("Flows"));
    a.showFlows->setToolTip(tr("Show the derived flows as numbered arrows (%1)")
                                .arg(a.showFlows->shortcut().toString(QKeySequence::NativeText)));
    a.zoomIn->setText(tr("Zoom &In"));
    a.zoomOut->setText(tr("Zoom &Out"));
    a.zoomFit->setText(tr("&Fit to Window"));
    a.zoomFit->setIconText(tr("Fit"));
    a.zoomActual->setText(tr("&Actual Size (100 %)"));
    a.about->setText(tr("&About Portolan"));
    a.language->setTitle(tr("&Language"));
    a.languageSystem->setText(tr("As the System"));
    a.languageEn->setText(QStringLiteral("English")); // each language in its own name
    a.languageRu->setText(QStringLiteral("Русский"));
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
    const QStringList formats = diagramExtensions();
    for (int i = 0; i < a.exportDiagram.size(); ++i)
        a.exportDiagram[i]->setText(tr("Diagram as %1…").arg(formats[i].toUpper()));
    a.printDiagram->setText(tr("Print &Diagram…"));
    a.outputLanguage->setTitle(tr("Output &Language"));
    a.outputWindow->setText(tr("As the Window"));
    a.outputEn->setText(QStringLiteral("English")); // not translated: language names stay native
    a.outputRu->setText(QStringLiteral("Русский")); // not translated: language names stay native
    m_zoom->setText(tr("Zoom %1 %").arg(qRound(m_view->zoom() * 100)));
    updateTitle();
    updateStatus();
    updateRecentMenu();
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Portolan").arg(name));
    setWindowFilePath(path);
}

void MainWindow::updateStatus()
{
    int errors = 0;
    for (const Finding &f : m_document->findings())
        errors += f.severity == Finding::Severity::Error ? 1 : 0;
    m_counts->setText(tr("Device entries: %1 · Flows: %2 · Errors: %3")
                          .arg(m_document->plan().devices.size())
                          .arg(m_document->flows().flows.size())
                          .arg(errors));
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
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_actions->recent;
    menu->clear();
    const QStringList files = m_settings->recentFiles();
    for (const QString &path : files) {
        QAction *action = menu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::addCentralTab(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void MainWindow::setPrompt(Prompt prompt)
{
    m_prompt = std::move(prompt);
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

void MainWindow::start(const QString &file)
{
    if (offerRecovery())
        return;
    if (!file.isEmpty() && loadFile(file))
        return;
    // A run that died while opening a file (a crash loop on a hostile plan) leaves its mark: that
    // file is not reopened, and the user is told why.
    const QString interrupted = m_settings->openingFile();
    if (!interrupted.isEmpty()) {
        m_settings->setOpeningFile(QString());
        m_prompt(QMessageBox::Warning, tr("Plan not reopened"),
                 tr("Portolan stopped while opening %1 last time, so it was not opened again. "
                    "Open it from the File menu when you want to try again.")
                     .arg(QDir::toNativeSeparators(interrupted)),
                 QMessageBox::Ok);
    }
    const QStringList recent = m_settings->recentFiles();
    if (file.isEmpty() && !recent.isEmpty() && recent.first() != interrupted &&
        QFileInfo::exists(recent.first()) && loadFile(recent.first()))
        return;
    // First start (or nothing to reopen): the reference scheme shows the whole product at once.
    loadTemplate(kReferenceTemplate);
}

bool MainWindow::offerRecovery()
{
    if (!m_recovery.exists())
        return false;
    QString origin;
    QString error;
    const std::optional<Plan> plan = m_recovery.read(&origin, &error);
    if (!plan) {
        m_recovery.remove();
        return false;
    }
    const QString name = origin.isEmpty() ? tr("an untitled plan") : QFileInfo(origin).fileName();
    const auto answer =
        m_prompt(QMessageBox::Question, tr("Recover unsaved work"),
                 tr("Portolan ended without saving your changes to %1. Recover them?").arg(name),
                 QMessageBox::Yes | QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        m_recovery.remove();
        return false;
    }
    showPlan(*plan, origin);
    // The recovered work is not saved anywhere yet.
    m_document->undoStack()->resetClean();
    setWindowModified(true);
    return true;
}

void MainWindow::showPlan(const Plan &plan, const QString &path)
{
    m_document->reset(plan, path);
    setWindowModified(false);
    updateTitle();
}

void MainWindow::loadTemplate(const QString &name)
{
    if (const std::optional<Plan> plan = Templates::load(name, m_document->texts()))
        showPlan(*plan, QString());
}

bool MainWindow::loadFile(const QString &path)
{
    // Marked until the plan is shown and its diagram drawn (or refused): see start().
    m_settings->setOpeningFile(QFileInfo(path).absoluteFilePath());
    auto shown = [this] { m_settings->setOpeningFile(QString()); };
    connect(m_diagrams, &DiagramService::rendered, this, shown, Qt::SingleShotConnection);
    connect(m_diagrams, &DiagramService::failed, this, shown, Qt::SingleShotConnection);
    PlanError error;
    const std::optional<Plan> plan = PlanFile::load(path, &error);
    if (!plan) {
        m_settings->setOpeningFile(QString());
        // The same words as the command line, and the open plan stays as it was.
        m_prompt(QMessageBox::Warning, tr("Cannot open the plan"), error.toString(),
                 QMessageBox::Ok);
        return false;
    }
    showPlan(*plan, QFileInfo(path).absoluteFilePath());
    m_settings->addRecentFile(path);
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    updateRecentMenu();
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    return maybeSave() && loadFile(path);
}

bool MainWindow::newPlan(const QString &templateName)
{
    if (!maybeSave())
        return false;
    if (templateName.isEmpty()) {
        Plan empty;
        empty.title = tr("Untitled plan");
        showPlan(empty, QString());
    } else {
        loadTemplate(templateName);
    }
    return true;
}

bool MainWindow::save()
{
    return saveAs(m_document->filePath());
}

bool MainWindow::saveAs(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save plan"), m_settings->lastFolder(),
                                            fileFilter());
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".json");
    }
    QString error;
    if (!PlanFile::save(m_document->plan(), path, &error)) {
        m_prompt(QMessageBox::Warning, tr("Cannot save the plan"), error, QMessageBox::Ok);
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->undoStack()->setClean();
    m_recovery.remove();
    m_settings->addRecentFile(path);
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    updateRecentMenu();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = m_prompt(QMessageBox::Warning, tr("Unsaved changes"),
                                 tr("The plan has changes that are not saved. Save them first?"),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_recovery.remove(); // dropped on purpose: nothing to offer next time
        return true;
    }
    return false;
}

void MainWindow::scheduleAutosave()
{
    if (!m_document->isModified())
        return;
    m_autosaveSoon->start();
    if (!m_autosaveLatest->isActive())
        m_autosaveLatest->start();
}

void MainWindow::autosave()
{
    m_autosaveSoon->stop();
    m_autosaveLatest->stop();
    if (!m_document->isModified())
        return;
    QString error;
    if (!m_recovery.write(m_document->plan(), m_document->filePath(), &error))
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 5000);
}

QString MainWindow::fileFilter() const
{
    return tr("Portolan plans (*.json);;All files (*)");
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open plan"), m_settings->lastFolder(), fileFilter());
    if (!path.isEmpty())
        loadFile(path);
}

void MainWindow::compareDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with Saved File"),
                                                      m_settings->lastFolder(), fileFilter());
    if (!path.isEmpty())
        compareWithFile(path);
}

PlanDiffDialog *MainWindow::compareWithFile(const QString &path)
{
    PlanError error;
    const std::optional<Plan> saved = PlanFile::load(path, &error);
    if (!saved) {
        m_prompt(QMessageBox::Warning, tr("Cannot open the plan"), error.toString(),
                 QMessageBox::Ok);
        return nullptr;
    }
    // Not modal: the plan can be edited with the comparison in view.
    auto *dialog = new PlanDiffDialog(*saved, m_document->plan(), m_document->texts(), path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::newDialog()
{
    NewPlanDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        newPlan(dialog.templateName());
}

Texts MainWindow::outputTexts() const
{
    // Exports and prints may speak another language than the window (File ▸ Output Language).
    const QString language = m_settings->outputLanguage();
    return language.isEmpty() ? m_document->texts() : Texts::forLanguage(language);
}

DiagramOptions MainWindow::diagramOptionsFromSettings() const
{
    DiagramOptions o;
    o.bundle = m_settings->diagramOption(QStringLiteral("bundle"), false).toBool();
    o.legend = m_settings->diagramOption(QStringLiteral("legend"), false).toBool();
    o.clouds = m_settings->diagramOption(QStringLiteral("clouds"), true).toBool();
    return o;
}

bool MainWindow::exportChecklist(const QString &format, const QString &path)
{
    const Texts texts = outputTexts();
    // The checklist is rebuilt in the output language: its purposes and group titles are text.
    const QList<ChecklistRow> rows =
        Checklist::build(m_document->plan(), m_document->flows(), texts);
    QByteArray bytes;
    if (format == QStringLiteral("pdf")) {
        ChecklistDocument document(m_document->plan(), rows, texts);
        document.setDiagramSvg(diagramForOutput(nullptr));
        bytes = document.pdf();
    } else {
        bytes = ChecklistWriter::write(m_document->plan(), rows, format, texts);
    }
    QString error;
    if (!writeFileAtomically(path, bytes, &error)) {
        m_prompt(QMessageBox::Warning, tr("Cannot export the checklist"), error, QMessageBox::Ok);
        return false;
    }
    m_settings->setLastExportFolder(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::exportDialog(const QString &format)
{
    const QString base =
        m_document->filePath().isEmpty()
            ? QStringLiteral("checklist")
            : QFileInfo(m_document->filePath()).completeBaseName() + QStringLiteral("-checklist");
    const QString suggested =
        QDir(m_settings->lastExportFolder()).filePath(base + QLatin1Char('.') + format);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export checklist"), suggested,
                                     tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (!path.isEmpty())
        exportChecklist(format, path);
}

void MainWindow::printChecklist()
{
    const Texts texts = outputTexts();
    ChecklistDocument document(m_document->plan(),
                               Checklist::build(m_document->plan(), m_document->flows(), texts),
                               texts);
    document.setDiagramSvg(diagramForOutput(nullptr));
    preview([&document](QPrinter *printer) { document.print(printer); });
}

QByteArray MainWindow::diagramForOutput(QString *error) const
{
    DiagramOptions options = m_diagramView->options();
    options.texts = outputTexts();
    return m_diagrams->svgNow(m_document->plan(), options, error).value_or(QByteArray());
}

void MainWindow::printDiagram()
{
    QString error;
    const QByteArray svg = diagramForOutput(&error);
    if (svg.isEmpty()) {
        m_prompt(QMessageBox::Warning, tr("Cannot print the diagram"), error, QMessageBox::Ok);
        return;
    }
    preview([&svg](QPrinter *printer) {
        QSvgRenderer renderer(svg);
        QPainter painter(printer);
        // The figure fills the page, keeping its proportions.
        QSizeF size = renderer.defaultSize();
        size.scale(printer->pageRect(QPrinter::DevicePixel).size(), Qt::KeepAspectRatio);
        renderer.render(&painter, QRectF(QPointF(0, 0), size));
    });
}

void MainWindow::preview(const std::function<void(QPrinter *)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&paint](QPrinter *p) { paint(p); });
    dialog.exec();
}

void MainWindow::exportDiagramDialog(const QString &extension)
{
    const QString base = m_document->filePath().isEmpty()
                             ? QStringLiteral("diagram")
                             : QFileInfo(m_document->filePath()).completeBaseName();
    const QString suggested =
        QDir(m_settings->lastExportFolder()).filePath(base + QLatin1Char('.') + extension);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export diagram"), suggested,
                                     tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (!path.isEmpty())
        exportDiagram(path);
}

void MainWindow::exportDiagram(const QString &path)
{
    const std::optional<DiagramFormat> format = diagramFormatFromPath(path);
    if (!format)
        return;
    DiagramOptions options = m_diagramView->options();
    options.texts = outputTexts();
    options.dpi = 192; // sharp enough for a document, small enough to mail
    statusBar()->showMessage(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)));
    m_diagrams->exportTo(
        m_document->plan(), options, *format, path, [this, path](const QString &error) {
            if (!error.isEmpty()) {
                m_prompt(QMessageBox::Warning, tr("Cannot export the diagram"), error,
                         QMessageBox::Ok);
                return;
            }
            m_settings->setLastExportFolder(QFileInfo(path).absolutePath());
            statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
            emit diagramExported(path);
        });
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

void MainWindow::copy()
{
    const Plan fragment = PlanClipboard::fragment(m_document->plan(), m_canvas->selectedIds());
    if (fragment.zones.isEmpty() && fragment.devices.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(PlanClipboard::encode(fragment).release());
}

void MainWindow::cut()
{
    copy();
    deleteSelection();
}

void MainWindow::paste()
{
    if (const auto fragment = PlanClipboard::decode(QApplication::clipboard()->mimeData()))
        pasteFragment(*fragment, kPasteOffset, tr("Paste"));
}

void MainWindow::duplicate()
{
    pasteFragment(PlanClipboard::fragment(m_document->plan(), m_canvas->selectedIds()),
                  kPasteOffset, tr("Duplicate"));
}

void MainWindow::pasteFragment(const Plan &fragment, const QPointF &offset, const QString &text)
{
    const Plan &plan = m_document->plan();
    PlanEdit edit;
    QStringList ids;
    ItemFactory::copyInto(plan, edit, fragment.zones, fragment.devices, offset, &ids);
    // A device whose zone did not come along lands in the zone under it.
    for (auto &c : edit.devices) {
        if (c.after && !edit.zone(plan, c.after->zone)) {
            const QRectF r(c.after->position, CanvasStyle::DeviceSize);
            c.after->zone = m_canvas->zoneAt(r.center());
        }
    }
    if (edit.isEmpty())
        return;
    m_document->edit(edit, text);
    m_canvas->selectIds(ids);
}

void MainWindow::deleteSelection()
{
    const Plan &plan = m_document->plan();
    const Plan doomed = PlanClipboard::fragment(plan, m_canvas->selectedIds());
    PlanEdit edit;
    QStringList deviceIds;
    for (const Device &d : doomed.devices) {
        edit.removeDevice(plan, d.id);
        deviceIds << d.id;
    }
    for (const Zone &z : doomed.zones)
        edit.removeZone(plan, z.id);
    // Devices that shared a deleted machine get their own.
    for (const Device &d : plan.devices) {
        if (!deviceIds.contains(d.id) && deviceIds.contains(d.host)) {
            Device after = d;
            after.host.clear();
            edit.changeDevice(plan, after);
        }
    }
    if (!edit.isEmpty())
        m_document->edit(edit, tr("Delete"));
}

void MainWindow::selectAll()
{
    QStringList ids;
    for (const Zone &z : m_document->plan().zones)
        ids << z.id;
    for (const Device &d : m_document->plan().devices)
        ids << d.id;
    m_canvas->selectIds(ids);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery.remove();
    m_settings->setOpeningFile(QString());
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fitPending) {
        m_fitPending = false;
        QTimer::singleShot(0, m_view, &CanvasView::zoomToFit);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    // Opened after the drop returns, so the drag source is not kept waiting on a dialog.
    const QString path = urls.first().toLocalFile();
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}
