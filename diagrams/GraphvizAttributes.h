#pragma once

#include <QString>

#include <graphviz/cgraph.h>

// The one place where Portolan's strings cross into Graphviz's char* API. Every attribute is set
// through agsafeset (declared with an empty default), so no DOT text is ever assembled by hand.
namespace GraphvizAttributes {

void set(void *object, const char *name, const QString &value);
void set(void *object, const char *name, const char *value);
// The default of an attribute for every node (AGNODE) or edge (AGEDGE) of the graph.
void setDefault(Agraph_t *graph, int kind, const char *name, const char *value);
// `html` is the body of an HTML-like label (without the outer <>), already escaped.
void setHtml(Agraph_t *graph, void *object, const char *name, const QString &html);

} // namespace GraphvizAttributes
