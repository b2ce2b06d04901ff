#pragma once

#include "model/Texts.h"

// What a diagram shows and in which language. Defaults match KSC's reference figure: one arrow per
// flow, vendor clouds shown, no legend.
struct DiagramOptions
{
    bool bundle = false; // one arrow per device pair listing its flow numbers ("4, 16")
    bool legend = false; // a table mapping every drawn number to its purpose
    bool clouds = true;  // Kaspersky servers, Google FCM, Apple APNs and their flows
    int dpi = 96;        // PNG only
    Texts texts;         // language of every label and of number formatting
};
