#pragma once

#include <QCoreApplication>
#include <QString>

#include <graphviz/cgraph.h>

// How much one Graphviz layout is handed. Beyond a few thousand nodes dot's layout takes minutes,
// and with thousands of clusters it corrupts its heap (10,000 zones with a device each crash it),
// so a graph is measured before gvLayout and refused over the budget (model/io/Limits.h).
// A caller may switch to a smaller view instead of refusing: measure(), then fits().
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
    static bool fits(const Size &size);
    // Empty when the graph fits; otherwise why not, naming the limit that is exceeded.
    static QString refusal(const Size &size);
};
