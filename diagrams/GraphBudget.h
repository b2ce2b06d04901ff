#pragma once

#include "diagrams/Figure.h"

#include <QCoreApplication>
#include <QString>

#include <graphviz/cgraph.h>

// How much one Graphviz layout is handed. Beyond a few thousand nodes dot's layout takes minutes,
// and with thousands of clusters it corrupts its heap (10,000 zones with a device each crash it),
// so a graph is measured before gvLayout and refused over the budget (model/io/Limits.h).
// A caller may switch to a smaller view instead of refusing: estimate() counts, before any
// Graphviz call, what GraphBuilder will make of a figure; fits() says whether that may be laid out.
class GraphBudget
{
    Q_DECLARE_TR_FUNCTIONS(GraphBudget)

public:
    struct Size
    {
        qsizetype nodes = 0;
        qsizetype edges = 0;
        qsizetype clusters = 0;
    };

    static Size measure(Agraph_t *graph);
    // The graph GraphBuilder makes of `figure`: its nodes and arrows, the invisible separators
    // and ordering edges that keep the columns apart, a zone box per zone with nodes (at most).
    static Size estimate(const Figure &figure);
    static bool fits(const Size &size);
    // Empty when the graph fits; otherwise why not, naming the limit that is exceeded.
    static QString refusal(const Size &size);
};
