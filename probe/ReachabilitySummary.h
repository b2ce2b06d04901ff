#pragma once

#include "probe/ReachabilityProbe.h"

#include <QCoreApplication>

// One checklist row's reachability in a few words, from the probe results of its ports:
// "reachable", "refused on 8061", "TLS: CN=ksc until 2027-01-01", "no address". Ports with the same
// outcome are named together so that a rule with two ports stays one short cell.
class ReachabilitySummary
{
    Q_DECLARE_TR_FUNCTIONS(ReachabilitySummary)

public:
    // `results`: the results of one row, in port order.
    static QString text(const QList<ProbeResult> &results);
    // The whole probe in one line: on how many of the ports tried TCP connected, and on how many
    // of those the TLS check then failed (a firewall that lets TCP through is open, whatever the
    // certificate). UDP ports and rows without a host address are not tried.
    static QString overall(const QList<ProbeResult> &results);
    // One line per port with the address, the outcome and the socket's or TLS layer's words.
    static QString toolTip(const QList<ProbeResult> &results);

private:
    static QString statusText(const ProbeResult &result);
    static QString certificateText(const ProbeResult &result);
};
