#pragma once

#include "diagrams/DiagramOptions.h"
#include "diagrams/Figure.h"
#include "diagrams/SiteTree.h"
#include "model/Analysis.h"
#include "model/io/Limits.h"

#include <optional>

// Decides what a figure draws, before any Graphviz call: merges entries that draw alike, picks the
// view and keeps every figure within what dot lays out in seconds. Pure: counts nodes and arrows
// in memory, so the budget is known before the layout starts.
class FigureBuilder
{
public:
    // The numbers are model/io/Limits.h's. A detail figure up to this size reads on one page;
    // auto draws the overview beyond it.
    static constexpr int ReadableNodes = Limits::FigureReadableNodes;
    static constexpr int ReadableArrows = Limits::FigureReadableArrows;
    // The overview draws at most this many site boxes.
    static constexpr int OverviewSites = Limits::OverviewSites;

    FigureBuilder(const Analysis &analysis, const DiagramOptions &options);

    // The figure the options ask for, switched to a smaller view (with a notice) when it would
    // not fit; nullopt with a message when the asked site is not an Administration Server.
    std::optional<Figure> build(QString *error) const;

    Figure detail(bool merge) const;
    Figure overview() const;
    std::optional<Figure> site(const QString &id, QString *error) const;

    static bool fits(const Figure &figure, int nodes, int arrows);
    // Whether Graphviz may lay the figure out: its graph within the budget (GraphBudget).
    static bool laysOut(const Figure &figure);

private:
    int newNode(Figure &figure, QList<int> &nodeOf, int device, bool site) const;
    void addMergedEntry(Figure &figure, QList<int> &nodeOf, QHash<int, int> &nodeOfGroup,
                        const QList<int> &groups, int device) const;
    int detailColumn(int device) const;
    void connect(Figure &figure, const QList<int> &nodeOf) const;
    // Mirrors the tiers of a zone whose arrows go mostly to zones left of it.
    void faceNeighbours(Figure &figure) const;
    void count(Figure &figure, const QList<int> &nodeOf) const;
    QString notice(const char *source, const Figure &figure) const;

    const Analysis &m_analysis;
    const DiagramOptions &m_options;
    SiteTree m_sites;
};
