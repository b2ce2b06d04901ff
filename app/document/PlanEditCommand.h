#pragma once

#include "model/edit/PlanEdit.h"

#include <QUndoCommand>

class PlanDocument;

// The one undo command of the planner: applies a PlanEdit (by ids) to the document. Consecutive
// commands with the same merge key fold into one step, so typing a name is one undo step.
class PlanEditCommand : public QUndoCommand
{
public:
    PlanEditCommand(PlanDocument *document, const PlanEdit &edit, const QString &text,
                    const QString &mergeKey);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    static constexpr int MergeableId = 0x504c;

private:
    PlanDocument *m_document;
    PlanEdit m_edit;
    QString m_mergeKey;
};
