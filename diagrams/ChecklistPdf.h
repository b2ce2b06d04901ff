#pragma once

#include "diagrams/ChecklistDocument.h"
#include "diagrams/DiagramOptions.h"
#include "model/Flow.h"
#include "model/Plan.h"

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
        const Plan &plan, const DiagramOptions &options, QString *error)>;

    // `flows` are the plan's derived flows (the window has them at hand); without them they are
    // derived here.
    ChecklistPdf(const Plan &plan, const Texts &texts,
                 const std::optional<DerivedFlows> &flows = std::nullopt);

    // The diagram's look (bundle, legend, clouds); its language is always the checklist's.
    void setDiagramOptions(const DiagramOptions &options) { m_diagramOptions = options; }
    void setDiagramSource(DiagramSource source) { m_source = std::move(source); }

    // The document with its cover, for a printer or print preview.
    ChecklistDocument document() const;
    // The same document as a vector PDF file's bytes.
    QByteArray pdf() const { return document().pdf(); }

private:
    Plan m_plan;
    Texts m_texts;
    DerivedFlows m_flows;
    DiagramOptions m_diagramOptions;
    DiagramSource m_source;
};
