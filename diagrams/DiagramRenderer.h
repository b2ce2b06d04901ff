#pragma once

#include "diagrams/DiagramFormat.h"
#include "diagrams/DiagramOptions.h"
#include "diagrams/Figure.h"
#include "model/Analysis.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct GVC_s;

// Draws a plan's traffic diagram with Graphviz, in process. Owns one Graphviz context, created
// once and reused for every render (the first layout pays for plugin and font loading).
//
// Not thread-safe: Graphviz keeps global state. Create the renderer on the thread that renders
// (the desktop program's diagram worker) and use it only there; never render from two threads of
// one process at once, even with two renderers. Works with no display; PNG and PDF need a
// QGuiApplication (offscreen is enough) because they draw text through Qt.
class DiagramRenderer
{
public:
    DiagramRenderer();
    ~DiagramRenderer();
    DiagramRenderer(const DiagramRenderer &) = delete;
    DiagramRenderer &operator=(const DiagramRenderer &) = delete;

    // The figure of the analysed plan in `format`, drawn from the analysis's flows (nothing is
    // derived again); nullopt with a message in *error when Graphviz or the export fails.
    std::optional<QByteArray> render(const Analysis &analysis, const DiagramOptions &options,
                                     DiagramFormat format, QString *error);
    // Standalone SVG: no external files, text stays text.
    std::optional<QByteArray> svg(const Analysis &analysis, const DiagramOptions &options,
                                  QString *error);
    // The graph as DOT, before layout: `dot -Tsvg` draws the same figure.
    std::optional<QByteArray> dot(const Analysis &analysis, const DiagramOptions &options,
                                  QString *error);
    // The laid-out figure as an editable diagrams.net (draw.io) file (DrawioExport).
    std::optional<QByteArray> drawio(const Analysis &analysis, const DiagramOptions &options,
                                     QString *error);
    // A figure FigureBuilder decided, as SVG.
    std::optional<QByteArray> svg(const Analysis &analysis, const Figure &figure,
                                  const DiagramOptions &options, QString *error);

    // Why the last figure differs from the view asked for (a bigger figure would not fit);
    // empty when it does not.
    QString notice() const { return m_notice; }

private:
    std::optional<Figure> figure(const Analysis &analysis, const DiagramOptions &options,
                                 QString *error);

    GVC_s *m_context = nullptr;
    QString m_notice;
};
