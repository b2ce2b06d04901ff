#include "model/edit/PlanEdit.h"

#include <algorithm>

namespace {

template <typename T>
typename QList<PlanEdit::Change<T>>::iterator find(QList<PlanEdit::Change<T>> &changes,
                                                   const QString &id)
{
    return std::find_if(changes.begin(), changes.end(),
                        [&](const PlanEdit::Change<T> &c) { return c.id == id; });
}

// Records the change of one element; a second change of the same element in one edit keeps the
// first `before` and the last `after`.
template <typename T>
void record(QList<PlanEdit::Change<T>> &changes, const QString &id, const std::optional<T> &before,
            const std::optional<T> &after)
{
    if (const auto it = find(changes, id); it != changes.end()) {
        it->after = after;
        return;
    }
    changes << PlanEdit::Change<T>{id, before, after};
}

template <typename T>
std::optional<T> current(const QList<PlanEdit::Change<T>> &changes, const T *inPlan,
                         const QString &id)
{
    for (const auto &c : changes) {
        if (c.id == id)
            return c.after;
    }
    return inPlan ? std::optional<T>(*inPlan) : std::nullopt;
}

// `position` is where the element sits in `list`, or -1: the plan's id index finds it, so that
// applying an edit of thousands of changes (arranging a large estate) stays linear.
template <typename T>
void applyChange(QList<T> &list, int position, PlanEdit::Change<T> &change, bool forward,
                 bool isZone, const PlanEdit::Listener &listener)
{
    const std::optional<T> &target = forward ? change.after : change.before;
    PlanEdit::Applied what = PlanEdit::Applied::Changed;
    if (!target) {
        if (position < 0)
            return;
        change.index = position; // so that undo puts it back where it was
        list.removeAt(position);
        what = PlanEdit::Applied::Removed;
    } else if (position < 0) {
        const int at =
            change.index >= 0 && change.index <= list.size() ? change.index : int(list.size());
        list.insert(at, *target);
        what = PlanEdit::Applied::Added;
    } else {
        list[position] = *target;
    }
    if (listener)
        listener(isZone, what, change.id);
}

} // namespace

void PlanEdit::apply(Plan &plan, bool forward, const Listener &listener)
{
    const auto applyZone = [&](Change<Zone> &c, bool ahead) {
        applyChange(plan.zones, plan.zoneIndex(c.id), c, ahead, true, listener);
    };
    const auto applyDevice = [&](Change<Device> &c, bool ahead) {
        applyChange(plan.devices, plan.deviceIndex(c.id), c, ahead, false, listener);
    };
    // Forwards: zones first so that new devices find their zone; backwards in reverse order.
    if (forward) {
        for (auto &c : zones)
            applyZone(c, true);
        for (auto &c : devices)
            applyDevice(c, true);
    } else {
        for (auto it = devices.rbegin(); it != devices.rend(); ++it)
            applyDevice(*it, false);
        for (auto it = zones.rbegin(); it != zones.rend(); ++it)
            applyZone(*it, false);
    }
    if (const auto &s = forward ? settingsAfter : settingsBefore)
        plan.settings = *s;
    if (const auto &t = forward ? titleAfter : titleBefore)
        plan.title = *t;
}

bool PlanEdit::isEmpty() const
{
    return zones.isEmpty() && devices.isEmpty() && !settingsAfter && !titleAfter;
}

void PlanEdit::addZone(const Zone &zone)
{
    record<Zone>(zones, zone.id, std::nullopt, zone);
}

void PlanEdit::addDevice(const Device &device)
{
    record<Device>(devices, device.id, std::nullopt, device);
}

void PlanEdit::removeZone(const Plan &plan, const QString &id)
{
    record<Zone>(zones, id, this->zone(plan, id), std::nullopt);
}

void PlanEdit::removeDevice(const Plan &plan, const QString &id)
{
    record<Device>(devices, id, device(plan, id), std::nullopt);
}

void PlanEdit::changeZone(const Plan &plan, const Zone &after)
{
    record<Zone>(zones, after.id, zone(plan, after.id), after);
}

void PlanEdit::changeDevice(const Plan &plan, const Device &after)
{
    record<Device>(devices, after.id, device(plan, after.id), after);
}

void PlanEdit::changeSettings(const Plan &plan, const PlanSettings &after)
{
    if (!settingsBefore)
        settingsBefore = plan.settings;
    settingsAfter = after;
}

void PlanEdit::changeTitle(const Plan &plan, const QString &after)
{
    if (!titleBefore)
        titleBefore = plan.title;
    titleAfter = after;
}

std::optional<Device> PlanEdit::device(const Plan &plan, const QString &id) const
{
    return current(devices, plan.device(id), id);
}

std::optional<Zone> PlanEdit::zone(const Plan &plan, const QString &id) const
{
    return current(zones, plan.zone(id), id);
}

void PlanEdit::absorb(const PlanEdit &later)
{
    for (const auto &c : later.zones)
        record(zones, c.id, c.before, c.after);
    for (const auto &c : later.devices)
        record(devices, c.id, c.before, c.after);
    if (later.settingsAfter) {
        if (!settingsBefore)
            settingsBefore = later.settingsBefore;
        settingsAfter = later.settingsAfter;
    }
    if (later.titleAfter) {
        if (!titleBefore)
            titleBefore = later.titleBefore;
        titleAfter = later.titleAfter;
    }
}
