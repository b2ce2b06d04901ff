#include "app/document/PlanEditCommand.h"

#include "app/document/PlanDocument.h"

PlanEditCommand::PlanEditCommand(PlanDocument *document, const PlanEdit &edit, const QString &text,
                                 const QString &mergeKey)
    : QUndoCommand(text), m_document(document), m_edit(edit), m_mergeKey(mergeKey)
{}

void PlanEditCommand::redo()
{
    m_document->apply(m_edit, true);
}

void PlanEditCommand::undo()
{
    m_document->apply(m_edit, false);
}

int PlanEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : MergeableId;
}

bool PlanEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *later = static_cast<const PlanEditCommand *>(other);
    if (later->m_mergeKey != m_mergeKey)
        return false;
    m_edit.absorb(later->m_edit);
    return true;
}
