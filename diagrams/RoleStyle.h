#pragma once

#include "model/Catalog.h"

// How a role looks in a diagram: a Graphviz shape and a fill colour, distinct per role so that a
// figure reads without a legend of symbols.
struct RoleStyle
{
    const char *shape;
    const char *style; // Graphviz node style
    const char *fill;  // fill colour
    const char *line;  // outline colour

    static const RoleStyle &of(Catalog::Role role);
    // A zone's box fill, the same in the figure and the draw.io export.
    static const char *zoneFill(Catalog::ZoneKind kind);
};
