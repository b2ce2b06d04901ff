#pragma once

#include "model/Checklist.h"

#include <QByteArray>

// Firewall rules made from the port checklist: an nftables ruleset, a PowerShell script of Windows
// Firewall rules, or CSV for import. Every target is built from the checklist rows, so the rules a
// firewall team loads never disagree with the checklist they tick.
class FirewallExport
{
public:
    static QStringList targets(); // nftables, windows, csv
    static QByteArray write(const Plan &plan, const QList<ChecklistRow> &rows,
                            const QString &target, const Texts &texts = Texts());

    // The CSV target's columns, stable across languages and versions (documented in docs/cli.md).
    static QStringList csvColumns();
    static QByteArray csv(const Plan &plan, const QList<ChecklistRow> &rows, const Texts &texts);

    // Shared by the targets: "flow 4, 16", a device's display name, text made one line.
    static QString flowsLabel(const ChecklistRow &row, const Texts &texts);
    static QString deviceName(const Plan &plan, const QString &id);
    static QString oneLine(const QString &text);
};
