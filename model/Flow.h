#pragma once

#include "model/Catalog.h"

class Plan;

#include <QList>
#include <QString>
#include <QStringList>

// One concrete flow of a plan: drawn from the device that opens the connection to the one that
// answers, numbered as in the catalog.
struct Flow
{
    QString number; // catalog number, "4a"
    int rule = -1;  // index into Catalog::flowRules()
    QString from;   // initiator device id (as drawn)
    QString to;     // responder device id (as drawn)
    Catalog::Transport transport = Catalog::Transport::Tcp;
    QList<int> ports;
    bool tls = false;
    QString via;        // id of the connection gateway or reverse proxy passed, if any
    bool local = false; // flow 7: both ends on one host, no port to open
    QString replaces;   // for a local flow: the number it stands for ("1", "6", "9")
    bool push = false;  // drawn cloud -> device; on the wire the device opens the connection
    // Positions of from, to and via in plan.devices of the plan the flow was derived from (-1 for
    // none): lets every consumer reach the devices without looking ids up.
    int fromIndex = -1;
    int toIndex = -1;
    int viaIndex = -1;

    const Catalog::FlowRule &catalogRule() const { return Catalog::flowRules()[size_t(rule)]; }
    // Whether the device at `index` takes part: opens the flow, answers it, or passes it (a
    // connection gateway or reverse proxy). The one meaning of "the flows of a device" for every
    // surface that lists them (the Properties dock, the canvas's menu).
    bool involves(int index) const
    {
        return index >= 0 && (fromIndex == index || toIndex == index || viaIndex == index);
    }
    // Zone ids crossed, in path order (from, via, to), in the plan the flow was derived from.
    // Worked out when asked: most consumers never need it.
    QStringList zonesCrossed(const Plan &plan) const;
    bool operator==(const Flow &) const = default;
};

// Every member is relocatable: lists of flows grow by moving memory, not by copying each flow.
Q_DECLARE_TYPEINFO(Flow, Q_RELOCATABLE_TYPE);

// A device that should reach its server but has no way to: no direct reach, no connection
// gateway, no reverse proxy.
struct MissingPath
{
    QString number;
    QString from;
    QString to;

    bool operator==(const MissingPath &) const = default;
};

// What a derivation found. It belongs to the plan it was derived from, as it was then: flows
// point into that plan's devices by position. Analysis keeps the two together.
struct DerivedFlows
{
    QList<Flow> flows;
    QList<MissingPath> missing;
};
