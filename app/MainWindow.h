#pragma once

#include "app/dialogs/Prompt.h"

#include <QMainWindow>
#include <QTabWidget>

#include <memory>

class CanvasScene;
class DiagramService;
class DiagramView;
class DocumentController;
class EditActions;
class OutputController;
class CanvasView;
class ChecklistTab;
class QListWidgetItem;
class FindingsDock;
class PaletteWidget;
class PlanCountsLabel;
class PlanDocument;
class PropertiesDock;
class KscHelpLinks;
class Settings;
class Translations;
class ZoomLabel;
class Plan;

// The planner's main window: palette, canvas, properties and findings docks, the checklist and
// diagram tabs, and the menus and commands around them. The plan's file (files()) and what it
// turns into outside the window (outputs()) have controllers of their own.
//
// Hooks for later features:
//  - addCentralTab() adds a page (the Graphviz diagram view) next to the canvas and checklist;
//  - document() gives the open plan, its derived flows/findings/checklist and the undo stack,
//    with change signals (PlanDocument);
//  - selectionChanged() tells which zone/device ids are selected on the canvas; selectIds()
//    selects from outside.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `recoveryFolder` empty: the application data folder.
    explicit MainWindow(Settings *settings, const QString &recoveryFolder = QString(),
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanDocument *document() const { return m_document; }
    CanvasScene *canvas() const { return m_canvas; }
    CanvasView *view() const { return m_view; }
    PaletteWidget *palette() const { return m_palette; }
    PropertiesDock *properties() const { return m_properties; }
    FindingsDock *findings() const { return m_findings; }
    ChecklistTab *checklist() const { return m_checklist; }
    QTabWidget *tabs() const { return m_tabs; }
    DiagramView *diagram() const { return m_diagramView; }
    DiagramService *diagramService() const { return m_diagrams; }
    // New, open, save, recent files, recovery, comparison; start() at start-up.
    DocumentController *files() const { return m_files; }
    // Exports and prints, in the output language.
    OutputController *outputs() const { return m_outputs; }
    // The edits of the canvas's selection, whatever starts them.
    EditActions *edits() const { return m_edits; }
    // The KSC help topics of flows and findings, opened in the browser (tests look instead).
    KscHelpLinks *helpLinks() const { return m_helpLinks; }

    void addCentralTab(QWidget *page, const QString &title) { m_tabs->addTab(page, title); }
    // Every question the window's commands ask goes through `prompt` (tests answer themselves).
    void setPrompt(const Prompt &prompt);
    // Enables View ▸ Language; the window follows `translations` and the settings.
    void setTranslations(Translations *translations);
    void setLanguage(const QString &language); // "" (system), "en", "ru"
    void selectIds(const QStringList &ids);

signals:
    void selectionChanged(const QStringList &ids);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void connectViews();
    void retranslateUi();
    void updateTitle();
    void updateUndoTexts();
    void updateEditActions();
    void editPortSettings();
    void addFromPalette(QListWidgetItem *item);
    void showFlowsOf(const QString &deviceId);

    Settings *m_settings;
    PlanDocument *m_document;
    CanvasScene *m_canvas;
    CanvasView *m_view;
    QTabWidget *m_tabs;
    PaletteWidget *m_palette;
    PropertiesDock *m_properties;
    FindingsDock *m_findings;
    ChecklistTab *m_checklist;
    DiagramService *m_diagrams;
    DiagramView *m_diagramView;
    PlanCountsLabel *m_counts;
    ZoomLabel *m_zoom;
    DocumentController *m_files;
    OutputController *m_outputs;
    EditActions *m_edits;
    KscHelpLinks *m_helpLinks;
    Translations *m_translations = nullptr;

    struct Actions;
    std::unique_ptr<Actions> m_actions;
};
