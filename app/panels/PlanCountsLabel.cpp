#include "app/panels/PlanCountsLabel.h"

#include "app/document/PlanDocument.h"

#include <QEvent>

PlanCountsLabel::PlanCountsLabel(PlanDocument *document, QWidget *parent)
    : QLabel(parent), m_document(document)
{
    connect(m_document, &PlanDocument::derivedChanged, this, &PlanCountsLabel::refresh);
    refresh();
}

void PlanCountsLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void PlanCountsLabel::refresh()
{
    int errors = 0;
    for (const Finding &f : m_document->findings())
        errors += f.severity == Finding::Severity::Error ? 1 : 0;
    setText(tr("Device entries: %1 · Flows: %2 · Errors: %3")
                .arg(m_document->plan().devices.size())
                .arg(m_document->flows().flows.size())
                .arg(errors));
}
