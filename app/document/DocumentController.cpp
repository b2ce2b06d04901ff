#include "app/document/DocumentController.h"

#include "app/Settings.h"
#include "app/dialogs/NewPlanDialog.h"
#include "app/dialogs/PlanDiffDialog.h"
#include "app/document/PlanDocument.h"
#include "diagrams/Arranger.h"
#include "model/edit/PlanOperations.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"

#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QTimer>
#include <QUndoStack>

namespace {
constexpr int AutosaveSoonMs = 3000;
constexpr int AutosaveLatestMs = 30000;
const QString kReferenceTemplate = QStringLiteral("gateway");
} // namespace

DocumentController::DocumentController(PlanDocument *document, Settings *settings,
                                       const QString &recoveryFolder, QWidget *dialogParent)
    : QObject(dialogParent), m_document(document), m_settings(settings),
      m_dialogParent(dialogParent), m_recoveryFolder(recoveryFolder), m_recovery(recoveryFolder),
      m_autosaveSoon(new QTimer(this)), m_autosaveLatest(new QTimer(this)),
      m_prompt(messageBoxPrompt(dialogParent))
{
    m_autosaveSoon->setSingleShot(true);
    m_autosaveSoon->setInterval(AutosaveSoonMs);
    m_autosaveLatest->setSingleShot(true);
    m_autosaveLatest->setInterval(AutosaveLatestMs);
    connect(m_autosaveSoon, &QTimer::timeout, this, &DocumentController::autosave);
    connect(m_autosaveLatest, &QTimer::timeout, this, &DocumentController::autosave);

    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) {
            // Saved (or back to the saved state): nothing left to recover.
            m_autosaveSoon->stop();
            m_autosaveLatest->stop();
            m_recovery.remove();
        }
        emit modifiedChanged(!clean);
    });
    connect(stack, &QUndoStack::indexChanged, this, &DocumentController::scheduleAutosave);
}

DocumentController::~DocumentController()
{
    // The stack clears itself when the document goes; that is no change of the user's to hear
    // about (it would remove the recovery copy a crash is meant to leave).
    if (m_document)
        m_document->undoStack()->disconnect(this);
}

void DocumentController::setRecentMenu(QMenu *menu)
{
    m_recentMenu = menu;
    updateRecentMenu();
}

void DocumentController::openDroppedFiles(QWidget *target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool DocumentController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::DragEnter && event->type() != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event); // QDragEnterEvent is a QDropEvent
    const QList<QUrl> urls = drop->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return false;
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop) {
        // Opened after the drop returns, so the drag source is not kept waiting on a dialog.
        const QString path = urls.first().toLocalFile();
        QTimer::singleShot(0, this, [this, path] { openFile(path); });
    }
    return true;
}

void DocumentController::start(const QString &file)
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

bool DocumentController::offerRecovery()
{
    // Only copies no running instance holds: another window's autosave is not ours to offer.
    const QStringList orphans = RecoveryFile::orphans(m_recoveryFolder);
    for (const QString &path : orphans) {
        std::optional<RecoveryFile> orphan = RecoveryFile::claim(path);
        if (!orphan)
            continue; // another instance took it over meanwhile
        QString origin;
        QString error;
        const std::optional<Plan> plan = orphan->read(&origin, &error);
        if (!plan) {
            // Kept aside, not deleted: the work may still be rescued by hand.
            const QString aside = orphan->setAside();
            m_prompt(QMessageBox::Warning, tr("Unreadable recovery file"),
                     tr("Unsaved work from an earlier session could not be read (%1). The file "
                        "was kept as %2.")
                         .arg(error, QDir::toNativeSeparators(aside.isEmpty() ? path : aside)),
                     QMessageBox::Ok);
            continue;
        }
        const QString name =
            origin.isEmpty() ? tr("an untitled plan") : QFileInfo(origin).fileName();
        const auto answer = m_prompt(
            QMessageBox::Question, tr("Recover unsaved work"),
            tr("Portolan ended without saving your changes to %1. Recover them?").arg(name),
            QMessageBox::Yes | QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            orphan->remove();
            continue;
        }
        // This window's recovery file from now on; other orphans wait for the next start.
        m_recovery = std::move(*orphan);
        showRecovered(*plan, origin);
        return true;
    }
    return false;
}

void DocumentController::showRecovered(const Plan &plan, const QString &origin)
{
    showPlan(plan, origin);
    // The recovered work is not saved anywhere yet.
    m_document->undoStack()->resetClean();
    emit modifiedChanged(true);
}

void DocumentController::showPlan(const Plan &plan, const QString &path)
{
    if (!Arrangement::isNeeded(plan)) {
        m_document->reset(plan, path);
        emit modifiedChanged(false);
        return;
    }
    // A plan without geometry (written by hand or by a script) would open as a pile of cards on
    // one spot: it opens arranged. Not marked modified: only places change, never what the plan
    // says, the same file always opens the same way, and closing should not ask to save a change
    // the planner did not make. Saving keeps the places.
    Plan arranged = plan;
    PlanOperations::arrange(arranged, Arranger::arrange(arranged)).edit.apply(arranged, true);
    m_document->reset(arranged, path);
    emit modifiedChanged(false);
    emit statusMessage(tr("The plan had no layout: its zones and devices have been arranged"),
                       8000);
}

void DocumentController::loadTemplate(const QString &name)
{
    if (const std::optional<Plan> plan = Templates::load(name, m_document->texts()))
        showPlan(*plan, QString());
}

bool DocumentController::loadFile(const QString &path)
{
    // Marked until the plan is shown and its diagram drawn or refused (planDrawn()): see start().
    m_settings->setOpeningFile(QFileInfo(path).absoluteFilePath());
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
    remember(path);
    return true;
}

bool DocumentController::openFile(const QString &path)
{
    return maybeSave() && loadFile(path);
}

bool DocumentController::newPlan(const QString &templateName)
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

bool DocumentController::save()
{
    return saveAs(m_document->filePath());
}

bool DocumentController::saveAs(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save plan"), proposedPath(),
                                            fileFilter());
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".portolan.json");
    }
    QString error;
    if (!PlanFile::save(m_document->plan(), path, &error)) {
        m_prompt(QMessageBox::Warning, tr("Cannot save the plan"), error, QMessageBox::Ok);
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->undoStack()->setClean();
    m_recovery.remove();
    remember(path);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

QString DocumentController::proposedPath() const
{
    if (!m_document->filePath().isEmpty())
        return m_document->filePath();
    return QDir(m_settings->lastFolder()).filePath(proposedFileName(m_document->plan().title));
}

bool DocumentController::maybeSave()
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

bool DocumentController::close()
{
    if (!maybeSave())
        return false;
    m_recovery.remove();
    m_settings->setOpeningFile(QString());
    return true;
}

void DocumentController::planDrawn()
{
    if (!m_settings->openingFile().isEmpty())
        m_settings->setOpeningFile(QString());
}

void DocumentController::scheduleAutosave()
{
    if (!m_document->isModified())
        return;
    m_autosaveSoon->start();
    if (!m_autosaveLatest->isActive())
        m_autosaveLatest->start();
}

void DocumentController::autosave()
{
    m_autosaveSoon->stop();
    m_autosaveLatest->stop();
    if (!m_document->isModified())
        return;
    QString error;
    if (!m_recovery.write(m_document->plan(), m_document->filePath(), &error))
        emit statusMessage(tr("Autosave failed: %1").arg(error), 5000);
}

void DocumentController::remember(const QString &path)
{
    m_settings->addRecentFile(path);
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    updateRecentMenu();
}

void DocumentController::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

QString DocumentController::proposedFileName(const QString &title)
{
    // The title without what file systems refuse, as "<title>.portolan.json": the desktop's MIME
    // type knows plans by that suffix.
    QString name = title.trimmed();
    static const QRegularExpression refused(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    name.replace(refused, QStringLiteral(" "));
    name = name.simplified();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = tr("plan");
    return name.left(100) + QStringLiteral(".portolan.json");
}

QString DocumentController::fileFilter() const
{
    // The desktop's MIME type knows plans by *.portolan.json; older plans are plain *.json.
    return tr("Portolan plans (*.portolan.json *.json);;All files (*)");
}

void DocumentController::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open plan"),
                                                      m_settings->lastFolder(), fileFilter());
    if (!path.isEmpty())
        loadFile(path);
}

void DocumentController::newDialog()
{
    // As Open does: the question about unsaved work comes before the choice of a new plan.
    if (!maybeSave())
        return;
    NewPlanDialog dialog(m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        newPlan(dialog.templateName());
}

PlanDiffDialog *DocumentController::compareDialog()
{
    // The menu names the saved file: a plan that has one compares with it; only a plan never
    // saved asks which file.
    QString path = m_document->filePath();
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(m_dialogParent, tr("Compare with Saved File"),
                                            m_settings->lastFolder(), fileFilter());
    return path.isEmpty() ? nullptr : compareWithFile(path);
}

PlanDiffDialog *DocumentController::compareWithFile(const QString &path)
{
    PlanError error;
    const std::optional<Plan> saved = PlanFile::load(path, &error);
    if (!saved) {
        m_prompt(QMessageBox::Warning, tr("Cannot open the plan"), error.toString(),
                 QMessageBox::Ok);
        return nullptr;
    }
    // Not modal: the plan can be edited with the comparison in view.
    auto *dialog = new PlanDiffDialog(*saved, m_document->analysis(), m_document->texts(), path,
                                      m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}
