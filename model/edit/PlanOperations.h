#pragma once

#include "model/Plan.h"
#include "model/edit/Arrangement.h"
#include "model/edit/PlanEdit.h"

#include <QJsonValue>
#include <QPointF>
#include <QStringList>

// Every edit of a plan, with its cascades, in one place: the canvas, the panels, the fixes and the
// menu commands all call these, so a rule such as "co-hosted devices share a zone" holds however
// the planner makes the change. Each returns the edit to push as one undo step (empty: nothing to
// do) and what else it touched.
namespace PlanOperations {

struct Result
{
    PlanEdit edit;
    QStringList ids;  // what the planner acted on or created (paste: the new ids, to select)
    int cascaded = 0; // other devices the rules changed along (moved, removed or unhosted)
    // Devices the change left with their card's centre outside every zone (they keep their zone).
    QStringList outside;
};

// Where a device goes: its zone and top-left position.
struct DeviceMove
{
    QString id;
    QString zone;
    QPointF position;
};

Result addZone(const Plan &plan, Catalog::ZoneKind kind, const QRectF &geometry);
Result addDevice(const Plan &plan, Catalog::Role role, const QString &zone,
                 const QPointF &position);

// Moves devices (and zones the planner dragged along with them: `zones` carries their new
// states). A device that changes zone takes every device sharing its machine (the same host, or
// being its host) into that zone, each shifted as far as the moved one so they keep their places
// relative to it; a device the planner moved itself keeps its own place.
Result move(const Plan &plan, const QList<DeviceMove> &devices, const QList<Zone> &zones = {});
// The same cascade inside a larger edit (fixes that add a zone first).
int moveInto(const Plan &plan, PlanEdit &edit, const QList<DeviceMove> &devices);

// Deletes zones and devices: a zone takes its devices along; devices that shared a deleted
// machine get their own (host cleared). `cascaded` counts both.
Result remove(const Plan &plan, const QStringList &ids);

// Puts `deviceId` on the machine of `hostId` (empty: its own machine). Sharing a machine means
// sharing its zone (with every device already on the device's machine) and, when the device has
// none, its address.
// A host that runs on the device itself is refused (empty edit).
Result changeHost(const Plan &plan, const QString &deviceId, const QString &hostId);
// Whether `machine` is offered as a host for the device `deviceId` (the properties' list, the
// canvas's Runs On menu): one of the plan's own machines, named by the device that owns it (no
// host of its own), never a cloud service, never the device itself.
bool offersHost(const Device &machine, const QString &deviceId);
int hostInto(const Plan &plan, PlanEdit &edit, const QString &deviceId, const QString &hostId);

// Pastes a plan fragment under new ids, shifted by `offset` (so that a copy does not hide its
// original); see PlanFragment::copyInto for the zone each device lands in.
Result paste(const Plan &plan, const Plan &fragment, const QPointF &offset,
             const QString &targetZone = QString());

Result rename(const Plan &plan, const QString &id, const QString &name);
// Sets one device property; an empty text leaves it unsaid (the plan's "automatic").
Result setProperty(const Plan &plan, const QString &deviceId, const QString &key,
                   const QJsonValue &value);
// Replaces a device's fields (count, address, …); a changed host or zone takes the cascade of
// changeHost() or move().
Result changeDevice(const Plan &plan, const Device &after);
Result changeZone(const Plan &plan, const Zone &after);

// Gives zones their boxes and devices their places (diagrams/Arranger computes them); only
// geometry changes, what the arrangement leaves out stays where it is. `ids`: what moved.
Result arrange(const Plan &plan, const Arrangement &arrangement);

} // namespace PlanOperations
