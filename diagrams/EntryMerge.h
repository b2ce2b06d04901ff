#pragma once

#include "model/Analysis.h"

#include <QList>

// Which plan entries draw alike: the same role, zone, host and properties and the same flows to
// the same devices (the flows are what the server, gateway and distribution point decide). Names,
// addresses, counts and positions do not count: two groups of computers that differ only in
// those are one node of the figure ("18 entries · × 450"). The canvas keeps every entry.
namespace EntryMerge {

// For each entry of the analysed plan, the position of the first entry that draws like it
// (itself when none comes before it).
QList<int> representatives(const Analysis &analysis);

} // namespace EntryMerge
