#pragma once

#include "diagrams/ChecklistDocument.h"
#include "diagrams/DiagramOptions.h"
#include "model/Analysis.h"

#include <QByteArray>

#include <functional>
#include <optional>

// The printable checklist as a user gets it, from `portolan checklist --format pdf`, File ▸ Export
// ▸ Checklist as PDF and File ▸ Print Checklist alike: the rules rebuilt in the output language
// (purposes and group titles are text) and the plan's diagram, in that language too, on the cover.
// One assembly, so the command line and the window cannot drift apart.
class ChecklistPdf
{
public:
    // Draws the cover diagram. By default a DiagramRenderer on the calling thread (the command
    // line); the window passes DiagramService::svgNow, because there only the diagram worker may
    // use Graphviz.
    using DiagramSource = std::function<std::optional<QByteArray>(
        const Analysis &analysis, const DiagramOptions &options, QString *error)>;

    // `mergeRules`: one rule lists every source (or destination) needing the same ports
    // (Checklist::merge), as network teams write them; false gives one rule per device pair.
    ChecklistPdf(const Analysis &analysis, const Texts &texts, bool mergeRules = true);

    // The diagram's look (bundle, legend, clouds); its language is always the checklist's.
    void setDiagramOptions(const DiagramOptions &options) { m_diagramOptions = options; }
    void setDiagramSource(DiagramSource source) { m_source = std::move(source); }

    // The document with its cover, for a printer or print preview.
    ChecklistDocument document() const;
    // The same document as a vector PDF file's bytes.
    QByteArray pdf() const { return document().pdf(); }

private:
    Analysis m_analysis;
    Texts m_texts;
    bool m_mergeRules = true;
    DiagramOptions m_diagramOptions;
    DiagramSource m_source;
};
