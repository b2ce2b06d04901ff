#include "model/edit/PlanOperations.h"

#include "model/edit/PlanFactory.h"
#include "model/edit/PlanFragment.h"

#include <QSet>

namespace PlanOperations {

namespace {

// The device whose machine `id` runs on, following hosts (with the edit applied); a chain that
// loops or breaks ends at the last device found.
QString machineOf(const Plan &plan, const PlanEdit &edit, const QString &id)
{
    QString current = id;
    QSet<QString> seen{id};
    while (const auto d = edit.device(plan, current)) {
        if (d->host.isEmpty() || seen.contains(d->host) || !edit.device(plan, d->host))
            break;
        current = d->host;
        seen.insert(current);
    }
    return current;
}

// Every device of the plan on the same machine as `id`, `id` included.
QStringList sharingMachine(const Plan &plan, const PlanEdit &edit, const QString &id)
{
    const QString machine = machineOf(plan, edit, id);
    QStringList ids;
    for (const Device &d : plan.devices) {
        if (edit.device(plan, d.id) && machineOf(plan, edit, d.id) == machine)
            ids << d.id;
    }
    return ids;
}

// Whether `id` is `deviceId` or runs, through hosts, on it.
bool runsOn(const Plan &plan, const PlanEdit &edit, const QString &id, const QString &deviceId)
{
    QString current = id;
    QSet<QString> seen;
    while (!current.isEmpty() && !seen.contains(current)) {
        if (current == deviceId)
            return true;
        seen.insert(current);
        const auto d = edit.device(plan, current);
        current = d ? d->host : QString();
    }
    return false;
}

Result single(PlanEdit edit, const QString &id)
{
    Result r;
    r.edit = std::move(edit);
    r.ids = {id};
    return r;
}

} // namespace

Result addZone(const Plan &plan, Catalog::ZoneKind kind, const QRectF &geometry)
{
    PlanEdit edit;
    const Zone z = PlanFactory::zone(plan, kind, geometry);
    edit.addZone(z);
    return single(edit, z.id);
}

Result addDevice(const Plan &plan, Catalog::Role role, const QString &zone, const QPointF &position)
{
    PlanEdit edit;
    const Device d = PlanFactory::device(plan, role, zone, position);
    edit.addDevice(d);
    return single(edit, d.id);
}

int moveInto(const Plan &plan, PlanEdit &edit, const QList<DeviceMove> &devices)
{
    QSet<QString> chosen;
    for (const DeviceMove &m : devices)
        chosen.insert(m.id);
    int cascaded = 0;
    for (const DeviceMove &m : devices) {
        const auto current = edit.device(plan, m.id);
        if (!current)
            continue;
        const QPointF shift = m.position - current->position;
        const bool zoneChanged = current->zone != m.zone;
        Device after = *current;
        after.zone = m.zone;
        after.position = m.position;
        if (after != *current)
            edit.changeDevice(plan, after);
        if (!zoneChanged)
            continue;
        for (const QString &id : sharingMachine(plan, edit, m.id)) {
            const auto other = edit.device(plan, id);
            if (chosen.contains(id) || other->zone == m.zone)
                continue;
            Device moved = *other;
            moved.zone = m.zone;
            moved.position += shift;
            edit.changeDevice(plan, moved);
            ++cascaded;
        }
    }
    return cascaded;
}

Result move(const Plan &plan, const QList<DeviceMove> &devices, const QList<Zone> &zones)
{
    Result r;
    for (const Zone &z : zones) {
        if (const Zone *before = plan.zone(z.id); before && *before != z) {
            r.edit.changeZone(plan, z);
            r.ids << z.id;
        }
    }
    for (const DeviceMove &m : devices)
        r.ids << m.id;
    r.cascaded = moveInto(plan, r.edit, devices);
    return r;
}

int hostInto(const Plan &plan, PlanEdit &edit, const QString &deviceId, const QString &hostId)
{
    const auto d = edit.device(plan, deviceId);
    // A device cannot run on itself, nor on a machine that runs on it.
    if (!d || d->host == hostId || (!hostId.isEmpty() && runsOn(plan, edit, hostId, deviceId)))
        return 0;
    const auto host = edit.device(plan, hostId);
    Device after = *d;
    after.host = hostId;
    if (host && after.address.isEmpty())
        after.address = host->address;
    edit.changeDevice(plan, after);
    if (!host || host->zone == d->zone)
        return 0;
    const QPointF spot = PlanFactory::freeSpot(plan, edit, host->zone);
    return moveInto(plan, edit, {{deviceId, host->zone, spot}});
}

bool offersHost(const Device &machine, const QString &deviceId)
{
    return machine.id != deviceId && machine.host.isEmpty() &&
           !Catalog::roleInfo(machine.role).cloud;
}

Result remove(const Plan &plan, const QStringList &ids)
{
    Result r;
    const Plan doomed = PlanFragment::select(plan, ids);
    QStringList deviceIds;
    for (const Device &d : doomed.devices) {
        r.edit.removeDevice(plan, d.id);
        deviceIds << d.id;
        if (ids.contains(d.id))
            r.ids << d.id;
        else
            ++r.cascaded; // went with its zone
    }
    for (const Zone &z : doomed.zones) {
        r.edit.removeZone(plan, z.id);
        r.ids << z.id;
    }
    // Devices that shared a deleted machine get their own.
    for (const Device &d : plan.devices) {
        if (!deviceIds.contains(d.id) && deviceIds.contains(d.host)) {
            Device after = d;
            after.host.clear();
            r.edit.changeDevice(plan, after);
            ++r.cascaded;
        }
    }
    return r;
}

Result changeHost(const Plan &plan, const QString &deviceId, const QString &hostId)
{
    Result r;
    r.cascaded = hostInto(plan, r.edit, deviceId, hostId);
    if (!r.edit.isEmpty())
        r.ids = {deviceId};
    return r;
}

Result paste(const Plan &plan, const Plan &fragment, const QPointF &offset,
             const QString &targetZone)
{
    Result r;
    r.ids = PlanFragment::copyInto(plan, r.edit, fragment, offset, targetZone);
    return r;
}

Result rename(const Plan &plan, const QString &id, const QString &name)
{
    PlanEdit edit;
    if (const Device *d = plan.device(id); d && d->name != name) {
        Device after = *d;
        after.name = name;
        edit.changeDevice(plan, after);
    } else if (const Zone *z = plan.zone(id); z && z->name != name) {
        Zone after = *z;
        after.name = name;
        edit.changeZone(plan, after);
    }
    return single(edit, id);
}

Result setProperty(const Plan &plan, const QString &deviceId, const QString &key,
                   const QJsonValue &value)
{
    const Device *d = plan.device(deviceId);
    if (!d)
        return {};
    Device after = *d;
    if (value.isString() && value.toString().isEmpty())
        after.properties.remove(key);
    else
        after.properties.insert(key, value);
    return changeDevice(plan, after);
}

Result changeDevice(const Plan &plan, const Device &after)
{
    const Device *before = plan.device(after.id);
    if (!before || after == *before)
        return {};
    Device own = after;
    own.zone = before->zone;
    own.host = before->host;
    own.position = before->position;
    Result r;
    if (own != *before)
        r.edit.changeDevice(plan, own);
    if (after.host != before->host)
        r.cascaded = hostInto(plan, r.edit, after.id, after.host);
    else if (after.zone != before->zone || after.position != before->position)
        r.cascaded = moveInto(plan, r.edit, {{after.id, after.zone, after.position}});
    r.ids = {after.id};
    return r;
}

Result changeZone(const Plan &plan, const Zone &after)
{
    const Zone *before = plan.zone(after.id);
    if (!before || after == *before)
        return {};
    PlanEdit edit;
    edit.changeZone(plan, after);
    return single(edit, after.id);
}

Result arrange(const Plan &plan, const Arrangement &arrangement)
{
    Result r;
    for (const Zone &zone : plan.zones) {
        const auto box = arrangement.zones.constFind(zone.id);
        if (box == arrangement.zones.cend() || *box == zone.geometry)
            continue;
        Zone after = zone;
        after.geometry = *box;
        // Each element once: appended directly, without the builders' search for an earlier
        // change, which would make arranging thousands of devices quadratic.
        r.edit.zones << PlanEdit::Change<Zone>{zone.id, zone, after};
        r.ids << zone.id;
    }
    for (const Device &device : plan.devices) {
        const auto place = arrangement.devices.constFind(device.id);
        if (place == arrangement.devices.cend() || *place == device.position)
            continue;
        Device after = device;
        after.position = *place;
        r.edit.devices << PlanEdit::Change<Device>{device.id, device, after};
        r.ids << device.id;
    }
    return r;
}

} // namespace PlanOperations
