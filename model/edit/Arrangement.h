#pragma once

#include "model/Plan.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QStringList>

// New geometry for a plan: a box per zone, a top-left position per device card (cards are
// PlanLayout::DeviceSize). The arranger (diagrams/Arranger) computes one; PlanOperations::arrange
// turns it into one undoable edit.
struct Arrangement
{
    QHash<QString, QRectF> zones;    // zone id -> box
    QHash<QString, QPointF> devices; // device id -> card's top-left

    // What keeps the arrangement from being tidy, one line each: a device of a known zone whose
    // card leaves the zone's box (below its header), two overlapping cards, two overlapping zone
    // boxes, a zone or device without a place. Empty: every rule holds.
    QStringList problems(const Plan &plan) const;

    // Whether a plan comes without usable geometry and should be arranged when it opens: a zone
    // without a box, or several devices all on one spot (a plan written by hand or by a script).
    static bool isNeeded(const Plan &plan);
};
