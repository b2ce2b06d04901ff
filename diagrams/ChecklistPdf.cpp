#include "diagrams/ChecklistPdf.h"

#include "diagrams/DiagramRenderer.h"

ChecklistPdf::ChecklistPdf(const Analysis &analysis, const Texts &texts, bool mergeRules)
    : m_analysis(analysis), m_texts(texts), m_mergeRules(mergeRules)
{}

ChecklistDocument ChecklistPdf::document() const
{
    const QList<ChecklistRow> rows = m_analysis.checklist(m_texts);
    ChecklistDocument document(m_analysis.plan(), m_mergeRules ? Checklist::merge(rows) : rows,
                               m_texts);
    DiagramOptions options = m_diagramOptions;
    options.texts = m_texts;
    QString error;
    const std::optional<QByteArray> svg = m_source
                                              ? m_source(m_analysis, options, &error)
                                              : DiagramRenderer().svg(m_analysis, options, &error);
    // A checklist without its cover figure is still worth printing.
    if (svg)
        document.setDiagramSvg(*svg);
    return document;
}
