#pragma once

#include <QtGlobal>

// Every limit Portolan puts on its input, in one place (documented in docs/plan-format.md). Each
// is refused with a message that names it, never met with a crash, a hang or unbounded memory.
namespace Limits {

// Bytes read from a plan file, pipe or device; reading stops one byte past it.
constexpr qint64 MaxPlanBytes = 16 * 1024 * 1024;
// How long a read waits for a pipe or FIFO that sends nothing (a FIFO with no writer).
constexpr int ReadIdleTimeoutMs = 5000;
// devices[].count
constexpr qint64 MaxCount = 10'000'000;
// Entries in a plan: far beyond any KSC deployment, small enough for every export to stay fast.
constexpr qsizetype MaxZones = 20'000;
constexpr qsizetype MaxDevices = 100'000;
// Characters in one id, name, title or address.
constexpr qsizetype MaxTextLength = 4096;
// What one Graphviz layout is handed (diagrams/GraphBudget): beyond these dot takes minutes, or
// worse, corrupts its heap. Chosen by timing `portolan render` (docs/performance.md).
constexpr qsizetype MaxGraphNodes = 400;
constexpr qsizetype MaxGraphEdges = 900;
constexpr qsizetype MaxGraphClusters = 40;

// The figure's views (diagrams/FigureBuilder), counted before any Graphviz call. The automatic
// view draws the detail figure up to this many nodes and arrows (what reads on one page), else the
// overview. Every view that would hand Graphviz more than the graph budget above (nodes, arrows,
// zone boxes, layout helpers included) switches to a smaller one instead: merged entries, then
// the overview, so the budget refuses only what no view can draw.
constexpr int FigureReadableNodes = 45;
// (100 arrows: the 100-entry five-site hierarchy, whose every group has six flows to its server
// including the KSN proxy's, still reads on one page.)
constexpr int FigureReadableArrows = 100;
// The overview's site boxes: deeper levels of the server hierarchy fold into their ancestors.
constexpr int OverviewSites = 40;
static_assert(FigureReadableNodes < MaxGraphNodes && FigureReadableArrows < MaxGraphEdges &&
                  OverviewSites <= MaxGraphClusters,
              "every view the figure chooses must fit the graph budget");

} // namespace Limits
