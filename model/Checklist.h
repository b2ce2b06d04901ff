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
    // Merged rules (Checklist::merge): the further devices that need exactly the same rule. Empty
    // in the one-row-per-device-pair form that the firewall exports and the probe use.
    QStringList alsoFrom;
    QStringList alsoTo;

    QStringList sources() const { return QStringList{from} + alsoFrom; }
    QStringList destinations() const { return QStringList{to} + alsoTo; }

    bool insideZone() const { return fromZone == toZone; }
    bool operator==(const ChecklistRow &) const = default;
};

// Every member is relocatable: lists of rows grow and reorder by moving memory.
Q_DECLARE_TYPEINFO(ChecklistRow, Q_RELOCATABLE_TYPE);

// The port checklist of a plan: the rules its derived flows need, grouped by the boundary crossed.
// Local traffic (flow 7) needs no rule and is left out; traffic inside one zone comes last.
class Checklist
{
public:
    static QList<ChecklistRow> build(const Plan &plan, const DerivedFlows &flows,
                                     const Texts &texts = Texts());

    // Rules as firewall administrators write them: rows that differ only in their source become
    // one rule listing every source, then rows that differ only in their destination likewise.
    // Every human-readable checklist applies this; the order of first appearance is kept.
    static QList<ChecklistRow> merge(const QList<ChecklistRow> &rows);

    // Sort key of a row's boundary, also the grouping key: one group per pair of zones (its title
    // is BoundaryTitles::title), crossings by zone kind (LAN, DMZ, Internet) before the traffic
    // inside a zone, zones of one kind in the plan's order.
    static QString boundaryKey(const Plan &plan, const ChecklistRow &row);
    static QString portsText(const QList<int> &ports);
    static QString transportText(Catalog::Transport transport);
};
