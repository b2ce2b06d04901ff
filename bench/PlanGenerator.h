#pragma once

#include "model/Plan.h"

// Builds large, realistic plans for benchmarks: a primary server with secondaries, each with its
// own LAN and DMZ, a connection gateway, distribution points and groups of managed devices.
class PlanGenerator
{
public:
    static Plan hierarchy(int deviceEntries);
};
