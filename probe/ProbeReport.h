#pragma once

#include "probe/ReachabilityProbe.h"

#include <QByteArray>
#include <QCoreApplication>

// The results of a reachability probe as text for people or JSON for scripts (fields in
// docs/cli.md).
class ProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReport)

public:
    static QByteArray text(const Plan &plan, const QList<ChecklistRow> &rows,
                           const QList<ProbeResult> &results, int timeoutMs);
    static QByteArray json(const Plan &plan, const QList<ChecklistRow> &rows,
                           const QList<ProbeResult> &results, int timeoutMs);

    // "127.0.0.1:13000", "[::1]:13000", "ksc.example.org:13000"; the address alone without a port.
    static QString target(const ProbeResult &result);

private:
    static QString resultLine(const Plan &plan, const QList<ChecklistRow> &rows,
                              const ProbeResult &result);
    static QString certificateLine(const ProbeResult &result);
    static QString summary(const QList<ProbeResult> &results);
};
