#pragma once

#include "model/Plan.h"

// Builds large, realistic plans for benchmarks: a primary server with secondaries, each with its
// own LAN and DMZ, a connection gateway, distribution points and groups of managed devices.
class PlanGenerator
{
public:
    static Plan hierarchy(int deviceEntries);
    // The window benchmark's plan: the "gateway" template with groups of managed computers
    // (group-0, group-1, ...) alternately in its LAN and on the Internet, every third one on the
    // Internet an Android group, laid out in rows; `entries` device entries in all.
    static Plan gatewayGroups(int entries);
};
