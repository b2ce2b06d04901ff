#include "diagrams/ChecklistPdf.h"

#include "diagrams/DiagramRenderer.h"
#include "model/FlowDeriver.h"

ChecklistPdf::ChecklistPdf(const Plan &plan, const Texts &texts,
                           const std::optional<DerivedFlows> &flows)
    : m_plan(plan), m_texts(texts), m_flows(flows ? *flows : FlowDeriver::derive(m_plan))
{}

ChecklistDocument ChecklistPdf::document() const
{
    ChecklistDocument document(m_plan, Checklist::build(m_plan, m_flows, m_texts), m_texts);
    DiagramOptions options = m_diagramOptions;
    options.texts = m_texts;
    QString error;
    const std::optional<QByteArray> svg = m_source ? m_source(m_plan, options, &error)
                                                   : DiagramRenderer().svg(m_plan, options, &error);
    // A checklist without its cover figure is still worth printing.
    if (svg)
        document.setDiagramSvg(*svg);
    return document;
}
