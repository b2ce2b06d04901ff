#pragma once

#include "app/document/RecoveryFile.h"

#include <QMainWindow>
#include <QMessageBox>

#include <array>
#include <functional>

#include "diagrams/DiagramOptions.h"

class CanvasScene;
class DiagramService;
class DiagramView;
class QPrinter;
class CanvasView;
class ChecklistTab;
class FindingsDock;
class PaletteWidget;
class PlanDiffDialog;
class PlanDocument;
class PropertiesDock;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class Settings;
class Translations;
class Plan;

// The planner's main window: palette, canvas, properties and findings docks, the checklist tab,
// and the file, edit and view commands around them.
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
    // Asks the user something; tests replace it to answer without a dialog.
    using Prompt = std::function<QMessageBox::StandardButton(
        QMessageBox::Icon icon, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons)>;

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
    // The language of exports and prints: File ▸ Output Language, else the window's.
    Texts outputTexts() const;
    // Writes the diagram in the format of the path's extension, on the diagram worker;
    // diagramExported() tells when it is written.
    void exportDiagram(const QString &path);
    // The diagram in the output language, drawn for this moment's plan (prints, PDF covers).
    QByteArray diagramForOutput(QString *error) const;
    const RecoveryFile &recoveryFile() const { return m_recovery; }

    void addCentralTab(QWidget *page, const QString &title);
    void setPrompt(Prompt prompt);
    // Enables View ▸ Language; the window follows `translations` and the settings.
    void setTranslations(Translations *translations);
    void setLanguage(const QString &language); // "" (system), "en", "ru"
    void selectIds(const QStringList &ids);

    // Start-up: recovered work after a crash, else `file`, else the last plan, else (first start)
    // the reference template.
    void start(const QString &file);
    bool loadFile(const QString &path); // no questions; false (and a message) when unreadable
    bool openFile(const QString &path); // asks about unsaved work first
    bool newPlan(const QString &templateName); // empty name: an empty plan
    bool save();
    bool saveAs(const QString &path); // empty path: asks for one
    bool exportChecklist(const QString &format, const QString &path);
    // Shows what changes from the plan in `path` to the open plan; null (and a message) when the
    // file is not a readable plan.
    PlanDiffDialog *compareWithFile(const QString &path);
    // Asks to save unsaved work: true when it is saved or may be dropped.
    bool maybeSave();
    void autosave();

    void copy();
    void cut();
    void paste();
    void duplicate();
    void deleteSelection();
    void selectAll();

signals:
    void selectionChanged(const QStringList &ids);
    void diagramExported(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void addLanguageChoices(QMenu *menu, const std::array<QAction **, 3> &actions,
                            const QString &current,
                            const std::function<void(const QString &)> &choose);
    void connectViews();
    void retranslateUi();
    void updateTitle();
    void updateStatus();
    void updateEditActions();
    void updateRecentMenu();
    void scheduleAutosave();
    bool offerRecovery();
    void loadTemplate(const QString &name);
    void showPlan(const Plan &plan, const QString &path);
    void openDialog();
    void compareDialog();
    void newDialog();
    void exportDialog(const QString &format);
    void printChecklist();
    void printDiagram();
    void preview(const std::function<void(QPrinter *)> &paint);
    void exportDiagramDialog(const QString &extension);
    DiagramOptions diagramOptionsFromSettings() const;
    void editPortSettings();
    void pasteFragment(const Plan &fragment, const QPointF &offset, const QString &text);
    QString fileFilter() const;

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
    QLabel *m_counts;
    QLabel *m_zoom;
    RecoveryFile m_recovery;
    QTimer *m_autosaveSoon;   // shortly after the last change
    QTimer *m_autosaveLatest; // at the latest this long after the first unsaved change
    Prompt m_prompt;
    Translations *m_translations = nullptr;
    bool m_fitPending = true;

    struct Actions;
    std::unique_ptr<Actions> m_actions;
};
