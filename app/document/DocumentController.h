#pragma once

#include "app/dialogs/Prompt.h"
#include "app/document/RecoveryFile.h"

#include <QObject>
#include <QPointer>

class PlanDiffDialog;
class PlanDocument;
class Plan;
class QMenu;
class QTimer;
class QWidget;
class Settings;

// The open plan's file: new, open, save, save as, the recent files, the autosaved recovery copy
// and the comparison with a saved file. It decides when the plan counts as modified (the undo
// stack away from its clean state) and says so through modifiedChanged(). Questions and file
// dialogs appear over the parent widget given; status lines go out through statusMessage().
class DocumentController : public QObject
{
    Q_OBJECT

public:
    // `recoveryFolder` empty: the application data folder.
    DocumentController(PlanDocument *document, Settings *settings, const QString &recoveryFolder,
                       QWidget *dialogParent);
    ~DocumentController() override;

    // The open plan was drawn (or its figure refused): opening it did not crash, so the mark
    // that keeps a crash loop from reopening it is cleared.
    void planDrawn();

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    // Fills `menu` with the recent files (kept up to date from now on).
    void setRecentMenu(QMenu *menu);
    // A plan file dropped on `target` opens (after asking about unsaved work).
    void openDroppedFiles(QWidget *target);
    const RecoveryFile &recoveryFile() const { return m_recovery; }

    // Start-up: recovered work after a crash (a recovery file no running instance holds), else
    // `file`, else the last plan, else (first start) the reference template.
    void start(const QString &file);
    bool loadFile(const QString &path); // no questions; false (and a message) when unreadable
    bool openFile(const QString &path); // asks about unsaved work first
    bool newPlan(const QString &templateName); // empty name: an empty plan
    bool save();
    bool saveAs(const QString &path); // empty path: asks for one
    // The file Save As proposes: the plan's own, else one named after its title.
    QString proposedPath() const;
    // Shows what changes from the plan in `path` to the open plan; null (and a message) when the
    // file is not a readable plan.
    PlanDiffDialog *compareWithFile(const QString &path);
    // Asks to save unsaved work: true when it is saved or may be dropped.
    bool maybeSave();
    // The window closes: true when it may (unsaved work saved or dropped).
    bool close();
    void autosave();

    // The File menu's dialogs.
    void openDialog();
    void newDialog();
    PlanDiffDialog *compareDialog();
    // What Save As proposes for a plan never saved: "<title>.portolan.json".
    static QString proposedFileName(const QString &title);

signals:
    void modifiedChanged(bool modified);
    void statusMessage(const QString &text, int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool offerRecovery();
    void showRecovered(const Plan &plan, const QString &origin);
    void loadTemplate(const QString &name);
    void showPlan(const Plan &plan, const QString &path);
    void scheduleAutosave();
    void remember(const QString &path); // recent files and the folder of the next dialog
    void updateRecentMenu();
    QString fileFilter() const;

    QPointer<PlanDocument> m_document;
    Settings *m_settings;
    QWidget *m_dialogParent;
    QString m_recoveryFolder;
    RecoveryFile m_recovery;  // this window's own, locked while the window lives
    QTimer *m_autosaveSoon;   // shortly after the last change
    QTimer *m_autosaveLatest; // at the latest this long after the first unsaved change
    QPointer<QMenu> m_recentMenu;
    Prompt m_prompt;
};
