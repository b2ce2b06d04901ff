#pragma once

#include "model/Plan.h"
#include "model/edit/Arrangement.h"

// Arranges a plan on the canvas: zones get boxes, devices places inside their zones, no two
// cards or boxes overlapping. Small plans are laid out by the figure's engine (Graphviz dot, the
// zones as clusters ordered LAN -> DMZ -> Internet, the flows pulling devices together); dot
// takes minutes on thousands of nodes, so larger plans are packed in a grid (GridArrangement).
// Apply the result with PlanOperations::arrange. Safe to call from any thread (Graphviz is
// locked while it works).
class Arranger
{
public:
    enum class Engine
    {
        Automatic, // Graphviz up to GraphvizLimit devices, else the grid
        Graphviz,
        Grid
    };

    // dot's time grows steeply with the plan: about 0.3 s for 100 devices, 1.3 s for 150 and
    // 9 s for 200 (docs/performance.md); the window arranges while the planner waits.
    static constexpr int GraphvizLimit = 100;

    static Arrangement arrange(const Plan &plan, Engine engine = Engine::Automatic);
    // The engine Automatic picks for this plan.
    static Engine engineFor(const Plan &plan);
};
