#pragma once

#include "model/Checklist.h"

#include <QByteArray>

// The checklist as a PowerShell script of Windows Firewall inbound rules (New-NetFirewallRule),
// one section per Windows host that answers connections: Administration Server, connection
// gateway, distribution point, Web Console server, database server. Rules whose responder is
// something else (devices, vendor clouds, a Linux server) belong to network firewalls, not here.
class WindowsFirewallExport
{
public:
    static constexpr auto RuleGroup = "Portolan KSC";

    static QByteArray write(const Plan &plan, const QList<ChecklistRow> &rows,
                            const Texts &texts = Texts());

    // Whether a device is a Windows host that listens for the checklist's connections.
    static bool isWindowsListener(const Device &device);
    // A PowerShell single-quoted string: every single quote (ASCII and the typographic ones
    // PowerShell also accepts) doubled, line breaks made spaces.
    static QString quote(const QString &text);

private:
    static QString machineOf(const Device &device);
    // `devices`: positions in plan.devices of the machine's devices that answer a rule.
    static QString sectionHeader(const Plan &plan, const QList<int> &devices, const Texts &texts);
    static QString ruleText(const Plan &plan, const ChecklistRow &row, const Texts &texts);
    static QString remoteAddress(const Plan &plan, const QString &deviceId);
};
