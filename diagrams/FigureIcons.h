#pragma once

#include "model/Catalog.h"

#include <QByteArray>
#include <QList>

// Role icons in a figure Graphviz drew. Graphviz 2.42 would draw an icon as an <image> naming a
// file on disk; instead each node's label reserves a square cell filled with Marker, and after
// the layout embed() replaces that cell with the icon's own vector elements, scaled into it.
namespace FigureIcons {

// The fill of a reserved cell: a colour no other part of a figure uses.
inline constexpr const char *Marker = "#fffffe";

// `svg` with the reserved cell of each node group "node-N" replaced by the icon of roles[N]
// (ids prefixed "node-N-" so they stay unique); a cell whose role has no icon is removed.
QByteArray embed(const QByteArray &svg, const QList<Catalog::Role> &roles);

} // namespace FigureIcons
