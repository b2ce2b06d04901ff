#pragma once

#include "model/Flow.h"

#include <QList>

// The flows each device opens or answers, by the devices' positions: one pass over the flows, so
// that asking for many devices' flows stays linear in a plan of tens of thousands of flows.
class FlowIndex
{
public:
    FlowIndex(const QList<Flow> &flows, qsizetype devices);

    // Positions in `flows` of the flows device `device` opens or answers, in flow order; a flow
    // between two entries at one position is listed once.
    struct Range
    {
        const int *first = nullptr;
        const int *last = nullptr;
        const int *begin() const { return first; }
        const int *end() const { return last; }
    };
    Range at(int device) const;

private:
    QList<int> m_start; // per device, where its flows begin in m_flows; one more at the end
    QList<int> m_flows;
};
