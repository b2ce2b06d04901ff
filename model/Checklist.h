#pragma once

#include "model/Flow.h"
#include "model/Plan.h"
#include "model/Texts.h"

// One firewall rule: what must be allowed from one device to another, and why.
struct ChecklistRow
{
    QString from;
    QString to;
    QString fromZone;
    QString toZone;
    Catalog::Transport transport = Catalog::Transport::Tcp;
    QList<int> ports;
    QStringList flows; // catalog numbers, in catalog order
    QString purpose;
    bool tls = false; // one of its flows runs TLS on these ports (the probe does a handshake)

    bool insideZone() const { return fromZone == toZone; }
    bool operator==(const ChecklistRow &) const = default;
};

// The port checklist of a plan: the rules its derived flows need, grouped by the boundary crossed.
// Local traffic (flow 7) needs no rule and is left out; traffic inside one zone comes last.
class Checklist
{
public:
    static QList<ChecklistRow> build(const Plan &plan, const DerivedFlows &flows,
                                     const Texts &texts = Texts());

    // "LAN → DMZ", or "Inside “Head office”" for traffic within one zone.
    static QString boundaryTitle(const Plan &plan, const ChecklistRow &row, const Texts &texts);
    // Sort key of a row's boundary, also the grouping key.
    static QString boundaryKey(const Plan &plan, const ChecklistRow &row);
    static QString portsText(const QList<int> &ports);
    static QString transportText(Catalog::Transport transport);
};
