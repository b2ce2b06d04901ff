#pragma once

#include "model/Analysis.h"
#include "model/Checklist.h"
#include "model/Finding.h"
#include "model/Flow.h"
#include "model/Plan.h"
#include "model/Texts.h"
#include "model/edit/PlanEdit.h"

#include <QObject>

class QUndoStack;

// The open plan of the desktop program: owns the Plan (the model every view mirrors), the undo
// stack through which every edit passes, and the Analysis of the plan (flows, findings,
// checklist), made again after each change. Views listen to the fine-grained signals by id.
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    explicit PlanDocument(QObject *parent = nullptr);

    const Plan &plan() const { return m_plan; }
    QUndoStack *undoStack() const { return m_undo; }
    // The plan as of the last change and everything derived from it; the diagram worker draws
    // from it too, so the window derives once per change.
    const Analysis &analysis() const { return m_analysis; }
    const DerivedFlows &flows() const { return m_analysis.flows(); }
    const QList<Finding> &findings() const { return m_findings; }
    // Built on first use after a change: only the checklist page and exports read it, and on a
    // large plan it costs as much as the derivation.
    const QList<ChecklistRow> &checklist() const;
    const Texts &texts() const { return m_texts; }
    void setTexts(const Texts &texts);

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const;

    // Replaces the whole plan (new, open, recover): the undo history starts again.
    void reset(const Plan &plan, const QString &filePath);
    // Pushes an undoable edit; `mergeKey` non-empty lets consecutive edits with that key merge
    // (typing into one field is one step).
    void edit(const PlanEdit &edit, const QString &text, const QString &mergeKey = QString());

    // Applies an edit forwards or backwards; only PlanEditCommand calls this.
    void apply(PlanEdit &edit, bool forward);

signals:
    void zoneAdded(const QString &id);
    void zoneRemoved(const QString &id);
    void zoneChanged(const QString &id);
    void deviceAdded(const QString &id);
    void deviceRemoved(const QString &id);
    void deviceChanged(const QString &id);
    void settingsChanged();
    void titleChanged();
    void planReset();
    void derivedChanged();
    void filePathChanged();

private:
    void derive();
    // Takes `analysis` as the plan's and tells the listeners.
    void derived(const Analysis &analysis);

    Plan m_plan;
    QUndoStack *m_undo;
    Analysis m_analysis;
    int m_applies = 0; // edits applied so far: tells apply() whether one came in between
    QList<Finding> m_findings;
    mutable std::optional<QList<ChecklistRow>> m_checklist;
    Texts m_texts;
    QString m_filePath;
};
