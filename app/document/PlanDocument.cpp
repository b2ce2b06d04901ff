#include "app/document/PlanDocument.h"

#include "app/document/PlanEditCommand.h"

#include <QUndoStack>

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

template <typename T>
void PlanDocument::applyChange(QList<T> &list, PlanEdit::Change<T> &change, bool forward,
                               bool isZone)
{
    const std::optional<T> &target = forward ? change.after : change.before;
    const int index = int(std::find_if(list.begin(), list.end(),
                                       [&](const T &item) { return item.id == change.id; }) -
                          list.begin());
    const bool present = index < list.size();
    if (!target) {
        if (!present)
            return;
        change.index = index; // so that undo puts it back where it was
        list.removeAt(index);
        emit isZone ? zoneRemoved(change.id) : deviceRemoved(change.id);
    } else if (!present) {
        const int at =
            change.index >= 0 && change.index <= list.size() ? change.index : int(list.size());
        list.insert(at, *target);
        emit isZone ? zoneAdded(change.id) : deviceAdded(change.id);
    } else {
        list[index] = *target;
        emit isZone ? zoneChanged(change.id) : deviceChanged(change.id);
    }
}

void PlanDocument::apply(PlanEdit &edit, bool forward)
{
    // While the plan changes, listeners may ask for flows: none rather than stale ones (the old
    // analysis is consistent in itself, but names devices the plan may no longer have).
    m_analysis = Analysis();
    m_checklist.reset();
    // Forwards: zones first so that new devices find their zone; backwards in reverse order.
    if (forward) {
        for (auto &c : edit.zones)
            applyChange(m_plan.zones, c, true, true);
        for (auto &c : edit.devices)
            applyChange(m_plan.devices, c, true, false);
    } else {
        for (auto it = edit.devices.rbegin(); it != edit.devices.rend(); ++it)
            applyChange(m_plan.devices, *it, false, false);
        for (auto it = edit.zones.rbegin(); it != edit.zones.rend(); ++it)
            applyChange(m_plan.zones, *it, false, true);
    }
    if (const auto &s = forward ? edit.settingsAfter : edit.settingsBefore) {
        m_plan.settings = *s;
        emit settingsChanged();
    }
    if (const auto &t = forward ? edit.titleAfter : edit.titleBefore) {
        m_plan.title = *t;
        emit titleChanged();
    }
    derive();
}

void PlanDocument::derive()
{
    m_analysis = Analysis(m_plan);
    m_findings = m_analysis.findings(m_texts);
    m_checklist.reset();
    emit derivedChanged();
}
