#include "exports/WindowsFirewallExport.h"

#include "exports/FirewallExport.h"
#include "model/PlanAddress.h"

#include <QHash>
#include <QSet>

namespace {

const char *const kContext = "WindowsFirewallExport";

} // namespace

bool WindowsFirewallExport::isWindowsListener(const Device &device)
{
    using enum Catalog::Role;
    static const QList<Catalog::Role> listeners = {AdministrationServer, ConnectionGateway,
                                                   DistributionPoint, WebConsoleServer,
                                                   DatabaseServer};
    // The plan marks Linux hosts with edition "linux"; anything else is taken as Windows.
    return listeners.contains(device.role) &&
           device.text(QStringLiteral("edition")) != QStringLiteral("linux");
}

QString WindowsFirewallExport::quote(const QString &text)
{
    QString quoted;
    for (QChar c : FirewallExport::oneLine(text)) {
        quoted += c;
        // PowerShell ends a single-quoted string at ' and at U+2018..U+201B alike.
        if (c == u'\'' || (c.unicode() >= 0x2018 && c.unicode() <= 0x201B))
            quoted += c;
    }
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString WindowsFirewallExport::machineOf(const Device &device)
{
    return device.host.isEmpty() ? device.id : device.host;
}

QString WindowsFirewallExport::remoteAddress(const Plan &plan, const QString &deviceId)
{
    // -RemoteAddress takes IP addresses, not names: anything else is left open for review.
    const Device *d = plan.device(deviceId);
    if (!d)
        return QStringLiteral("Any");
    const PlanAddress::Kind kind = PlanAddress::kind(d->address);
    if (PlanAddress::isLiteral(kind))
        return quote(d->address.trimmed());
    if (kind == PlanAddress::Kind::Subnets) {
        // PowerShell takes an array: '10.1.0.0/16','fd00::/8'.
        QStringList quoted;
        for (const QString &prefix : PlanAddress::prefixes(d->address))
            quoted << quote(prefix);
        return quoted.join(QLatin1Char(','));
    }
    return QStringLiteral("Any");
}

QString WindowsFirewallExport::ruleText(const Plan &plan, const ChecklistRow &row,
                                        const Texts &texts)
{
    const QString from = FirewallExport::deviceName(plan, row.from);
    const QString to = FirewallExport::deviceName(plan, row.to);
    const QString name =
        QStringLiteral("%1 %2: %3 → %4")
            .arg(QLatin1String(RuleGroup), FirewallExport::flowsLabel(row, texts), from, to);
    QString description = row.purpose;
    const QString remote = remoteAddress(plan, row.from);
    if (remote == QStringLiteral("Any"))
        description += QStringLiteral(" ") +
                       texts
                           .text(kContext, QT_TRANSLATE_NOOP("WindowsFirewallExport",
                                                             "(The plan gives no IP address for "
                                                             "%1: narrow RemoteAddress.)"))
                           .arg(from);
    QStringList ports;
    for (int port : row.ports)
        ports << QString::number(port);
    return QStringLiteral("New-NetFirewallRule -DisplayName %1 -Description %2 -Group %3 "
                          "-Direction Inbound -Action Allow -Protocol %4 -LocalPort %5 "
                          "-RemoteAddress %6\n")
        .arg(quote(name), quote(description), quote(QLatin1String(RuleGroup)),
             Checklist::transportText(row.transport), ports.join(QLatin1Char(',')), remote);
}

QString WindowsFirewallExport::sectionHeader(const Plan &plan, const QList<int> &devices,
                                             const Texts &texts)
{
    // The devices of this machine that answer at least one rule, e.g. a server and its Web
    // Console server on one host.
    QStringList names;
    QString address;
    for (const int i : devices) {
        const Device &d = plan.devices[i];
        names << FirewallExport::deviceName(plan, d.id) + QStringLiteral(" (") +
                     texts.text("Role", Catalog::roleInfo(d.role).name) + QLatin1Char(')');
        if (address.isEmpty())
            address = FirewallExport::oneLine(d.address);
    }
    QString header = QStringLiteral("\n# ") +
                     texts.text(kContext, QT_TRANSLATE_NOOP("WindowsFirewallExport", "Host: %1"))
                         .arg(names.join(QStringLiteral(", ")));
    if (!address.isEmpty())
        header += QStringLiteral(" — ") + address;
    return header + QLatin1Char('\n');
}

QByteArray WindowsFirewallExport::write(const Plan &plan, const QList<ChecklistRow> &rows,
                                        const Texts &texts)
{
    // Grouped once by machine (a hash each), so the script costs the plan's size, not machines
    // times rules: with thousands of servers a search per machine took minutes.
    QSet<QString> answering;
    for (const ChecklistRow &row : rows)
        answering.insert(row.to);
    QStringList machines; // in plan order, so that the script is stable
    QHash<QString, QList<int>> devicesOf;
    for (int i = 0; i < plan.devices.size(); ++i) {
        const Device &d = plan.devices[i];
        if (!isWindowsListener(d) || !answering.contains(d.id))
            continue;
        QList<int> &devices = devicesOf[machineOf(d)];
        if (devices.isEmpty())
            machines << machineOf(d);
        devices << i;
    }
    QHash<QString, QList<int>> rulesOf; // the rows each machine answers, in checklist order
    for (int i = 0; i < rows.size(); ++i) {
        const Device *to = plan.device(rows[i].to);
        if (to && isWindowsListener(*to))
            rulesOf[machineOf(*to)] << i;
    }
    QString out = QStringLiteral("# ") +
                  texts
                      .text(kContext, QT_TRANSLATE_NOOP("WindowsFirewallExport",
                                                        "Portolan: Windows Firewall inbound rules "
                                                        "for the KSC plan “%1”."))
                      .arg(FirewallExport::oneLine(plan.title)) +
                  QStringLiteral("\n# ") +
                  texts.text(kContext, QT_TRANSLATE_NOOP("WindowsFirewallExport",
                                                         "Run each host's section in an elevated "
                                                         "PowerShell on that host."));
    out += QLatin1Char('\n');
    if (machines.isEmpty())
        out += QStringLiteral("\n# ") +
               texts.text(kContext, QT_TRANSLATE_NOOP("WindowsFirewallExport",
                                                      "No Windows host in the plan answers a "
                                                      "connection.")) +
               QLatin1Char('\n');
    for (const QString &machine : machines) {
        out += sectionHeader(plan, devicesOf.value(machine), texts);
        for (const int i : rulesOf.value(machine))
            out += ruleText(plan, rows[i], texts);
    }
    // A byte order mark: Windows PowerShell 5.1 reads a script without one in the ANSI code page.
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}
