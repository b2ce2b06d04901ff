#pragma once

#include "model/Texts.h"

#include <QString>

// What a diagram shows and in which language. Defaults match KSC's reference figure: one arrow per
// flow, vendor clouds shown, no legend; entries with the same flows drawn as one node; the view
// chosen by the figure's size.
struct DiagramOptions
{
    enum class View
    {
        Auto,     // Detail when it fits one readable page, else Overview
        Detail,   // every (merged) entry as a node
        Overview, // one box per Administration Server's site, the flows between sites
        Site,     // one server's own entries in detail, its neighbours as boxes
    };

    bool bundle = false; // one arrow per device pair listing its flow numbers ("4, 16")
    bool legend = false; // a table mapping every drawn number to its purpose
    bool clouds = true;  // Kaspersky servers, Google FCM, Apple APNs and their flows
    bool merge = true;   // entries with the same role, zone and flows as one node ("× 450")
    bool icons = true;   // each node shows its role's icon above its name, as KSC's figures do
    View view = View::Auto;
    QString site; // the server's id, for View::Site
    int dpi = 96; // PNG only
    Texts texts;  // language of every label and of number formatting
};
