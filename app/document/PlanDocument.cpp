#include "app/document/PlanDocument.h"

#include "app/document/PlanEditCommand.h"

#include <QThreadPool>
#include <QUndoStack>

#include <utility>

PlanDocument::PlanDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    derive();
}

void PlanDocument::setTexts(const Texts &texts)
{
    m_texts = texts;
    derive();
}

const QList<ChecklistRow> &PlanDocument::checklist() const
{
    if (!m_checklist)
        m_checklist = m_analysis.checklist(m_texts);
    return *m_checklist;
}

void PlanDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged();
}

bool PlanDocument::isModified() const
{
    return !m_undo->isClean();
}

void PlanDocument::reset(const Plan &plan, const QString &filePath)
{
    // The analysis is made again before anyone hears of the new plan.
    m_plan = plan;
    m_analysis = Analysis();
    m_checklist.reset();
    derive();
    m_undo->clear();
    setFilePath(filePath);
    emit planReset();
}

void PlanDocument::edit(const PlanEdit &edit, const QString &text, const QString &mergeKey)
{
    if (!edit.isEmpty())
        m_undo->push(new PlanEditCommand(this, edit, text, mergeKey));
}

void PlanDocument::apply(PlanEdit &edit, bool forward)
{
    // While the plan changes, listeners may ask for flows: none rather than stale ones (the old
    // analysis is consistent in itself, but names devices the plan may no longer have). The old
    // one is kept aside: the new one re-derives only what the edit touches.
    Analysis previous = std::exchange(m_analysis, Analysis());
    const int applies = ++m_applies;
    m_checklist.reset();
    edit.apply(m_plan, forward, [this](bool isZone, PlanEdit::Applied what, const QString &id) {
        switch (what) {
        case PlanEdit::Applied::Added:
            emit isZone ? zoneAdded(id) : deviceAdded(id);
            break;
        case PlanEdit::Applied::Removed:
            emit isZone ? zoneRemoved(id) : deviceRemoved(id);
            break;
        case PlanEdit::Applied::Changed:
            emit isZone ? zoneChanged(id) : deviceChanged(id);
            break;
        }
    });
    if (forward ? edit.settingsAfter : edit.settingsBefore)
        emit settingsChanged();
    if (forward ? edit.titleAfter : edit.titleBefore)
        emit titleChanged();
    // A listener that edited the plan meanwhile made a plan this edit alone does not describe.
    // The new analysis takes over the flows the old one keeps, unless someone else (a diagram
    // being drawn) still reads the old one.
    derived(applies == m_applies ? Analysis(std::move(previous), m_plan, edit) : Analysis(m_plan));
    // Freeing the old analysis (the plan and topology of a large plan) is done on a worker
    // thread, off the edit's way to the screen: an analysis may be let go from any thread.
    QThreadPool::globalInstance()->start(
        [old = std::move(previous)]() mutable { old = Analysis(); });
}

void PlanDocument::derive()
{
    derived(Analysis(m_plan));
}

void PlanDocument::derived(const Analysis &analysis)
{
    m_analysis = analysis;
    m_findings = m_analysis.findings(m_texts);
    m_checklist.reset();
    emit derivedChanged();
}
