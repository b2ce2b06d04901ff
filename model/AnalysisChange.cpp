#include "model/AnalysisChange.h"

#include "model/Topology.h"

using Catalog::Role;
using Catalog::Selector;

namespace {

// Devices that no other device's topology facts read, whatever their zone, count, host and
// properties: managed computers (groups), mobile devices and the consoles. No one's server,
// distribution point, gateway, primary or hierarchy depends on them (those come from servers,
// distribution points and gateways), a device naming one as its gateway ignores it (it is no
// gateway), and sharing a host only pairs the two devices themselves. What does read them is
// listed in addLeafWork(). A change of role is never local: it changes which rules visit them.
bool isLeaf(Role role)
{
    return role == Role::ManagedComputer || role == Role::AndroidDevice ||
           role == Role::IosDevice || role == Role::MmcConsole || role == Role::AdminBrowser;
}

// What a derivation reads of a device (its id and role are checked apart): a change of name,
// address, position or unknown keys leaves every flow as it was.
bool sameForDerivation(const Device &a, const Device &b)
{
    return a.zone == b.zone && a.count == b.count && a.host == b.host &&
           a.properties == b.properties;
}

} // namespace

std::optional<QList<int>> AnalysisChange::changedDevices(const Topology &before, const Plan &after,
                                                         const PlanEdit &edit)
{
    const Plan &was = before.plan();
    const Plan &is = after;
    // Ports, the legacy port and the KSN proxy switch reach every flow.
    if (was.settings != is.settings)
        return std::nullopt;
    // Flows point at devices by position and every rule visits its initiators in plan order: an
    // added or removed device moves the positions and changes who is visited.
    if (was.devices.size() != is.devices.size() || was.zones.size() != is.zones.size())
        return std::nullopt;
    for (const PlanEdit::Change<Zone> &change : edit.zones) {
        // A zone's name and place are no part of any flow; its id and kind are (every device's
        // zone, reach and Internet access follow them).
        if (!change.before || !change.after || !zonesKeepTheirKinds(was, is, change.id))
            return std::nullopt;
    }
    QList<int> changed;
    for (const PlanEdit::Change<Device> &change : edit.devices) {
        if (!change.before || !change.after)
            return std::nullopt;
        // Found through the topology's index (a copied plan's own index starts empty); the id
        // must stand at that position in both plans: ids are what references resolve.
        const Device *found = before.device(change.id);
        if (!found)
            return std::nullopt;
        const int index = before.indexOf(*found);
        const Device &old = was.devices[index];
        const Device &now = is.devices[index];
        if (now.id != change.id || old.role != now.role)
            return std::nullopt;
        if (sameForDerivation(old, now) || changed.contains(index))
            continue;
        if (!isLeaf(now.role))
            return std::nullopt;
        changed << index;
    }
    return changed;
}

QList<FlowWork> AnalysisChange::work(const Topology &before, const Topology &after,
                                     const QList<int> &changed)
{
    QList<FlowWork> work;
    for (int index : changed)
        addLeafWork(before, after, index, work);
    return work;
}

bool AnalysisChange::zonesKeepTheirKinds(const Plan &before, const Plan &after, const QString &id)
{
    // Every entry of that id, not only the first: ids may repeat in a plan being drawn.
    for (qsizetype i = 0; i < after.zones.size(); ++i) {
        const Zone &was = before.zones[i];
        const Zone &is = after.zones[i];
        if ((was.id == id || is.id == id) && (was.id != is.id || was.kind != is.kind))
            return false;
    }
    return true;
}

void AnalysisChange::addLeafWork(const Topology &before, const Topology &after, int index,
                                 QList<FlowWork> &work)
{
    const Device &old = before.plan().devices[index];
    const Device &now = after.plan().devices[index];
    // The same device, as found in either plan: positions are the same in both.
    const auto add = [&](int rule, const Topology &t, const Device *device,
                         const QList<int> &responders = {}) {
        if (device)
            work << FlowWork{rule, t.indexOf(*device), responders};
    };
    // The device `of` names for it before the edit and after, each visited again.
    const auto oldAndNew = [&](int rule, const Device *(Topology::*of)(const Device &) const,
                               const QList<int> &responders) {
        add(rule, before, (before.*of)(old), responders);
        add(rule, after, (after.*of)(now), responders);
    };
    // The broadcast domains of both its zones, before and after: its zone and count decide which
    // entry stands for a zone, and whether the zone has one.
    const auto broadcastDomain = [](const Topology &t, const QString &zoneId) -> const Device * {
        const Zone *zone = t.zone(zoneId);
        return zone ? t.broadcastDomainOf(*zone) : nullptr;
    };
    const auto rules = Catalog::flowRules();
    for (int r = 0; r < int(rules.size()); ++r) {
        // Its own visits: everything it opens (skipped for rules that never visit its role).
        work << FlowWork{r, index, {}};
        switch (rules[size_t(r)].selector) {
        case Selector::ServerToOwnAgents:
            // Its old and new server list it among their agents: only its entry is redone.
            oldAndNew(r, &Topology::serverOf, {index});
            break;
        case Selector::ServerToPushService:
            // Whether a server has Android devices at all.
            oldAndNew(r, &Topology::serverOf, {});
            break;
        case Selector::DistributionPointToAgents:
            oldAndNew(r, &Topology::distributionPointOf, {index});
            break;
        case Selector::MdmToCloud:
            // Whether an iOS MDM Server has iOS devices at all.
            oldAndNew(r, &Topology::mdmOf, {});
            break;
        case Selector::CloudPush:
            // The push services list every mobile device.
            for (Role role : rules[size_t(r)].initiators) {
                for (const Device *cloud : after.devices(role))
                    add(r, after, cloud, {index});
            }
            break;
        case Selector::BroadcastDomain:
            for (const QString &zone : {old.zone, now.zone}) {
                add(r, before, broadcastDomain(before, zone));
                add(r, after, broadcastDomain(after, zone));
            }
            break;
        default:
            break;
        }
    }
}
