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

    // Measured: dot arranges 150 devices in well under a second (docs/performance.md).
    static constexpr int GraphvizLimit = 150;

    static Arrangement arrange(const Plan &plan, Engine engine = Engine::Automatic);
    // The engine Automatic picks for this plan.
    static Engine engineFor(const Plan &plan);
};
