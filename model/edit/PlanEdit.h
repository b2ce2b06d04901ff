#pragma once

#include "model/Plan.h"

#include <QList>

#include <functional>
#include <optional>

// One edit of a plan, described by ids: the zones and devices it adds, removes or changes, with
// their states before and after. Undo commands carry these, never pointers to items.
struct PlanEdit
{
    template <typename T> struct Change
    {
        QString id;
        std::optional<T> before; // empty: the edit adds it
        std::optional<T> after;  // empty: the edit removes it
        int index = -1;          // where it sat, recorded when it is removed
    };

    QList<Change<Zone>> zones;
    QList<Change<Device>> devices;
    std::optional<PlanSettings> settingsBefore;
    std::optional<PlanSettings> settingsAfter;
    std::optional<QString> titleBefore;
    std::optional<QString> titleAfter;

    bool isEmpty() const;

    // Builders: each reads the current state from `plan` (or from earlier changes in this edit).
    void addZone(const Zone &zone);
    void addDevice(const Device &device);
    void removeZone(const Plan &plan, const QString &id);
    void removeDevice(const Plan &plan, const QString &id);
    void changeZone(const Plan &plan, const Zone &after);
    void changeDevice(const Plan &plan, const Device &after);
    void changeSettings(const Plan &plan, const PlanSettings &after);
    void changeTitle(const Plan &plan, const QString &after);

    // The newest state of a device in `plan` with this edit applied, or nullopt.
    std::optional<Device> device(const Plan &plan, const QString &id) const;
    std::optional<Zone> zone(const Plan &plan, const QString &id) const;

    // What apply() did to one zone or device, for listeners that mirror the plan.
    enum class Applied
    {
        Added,
        Removed,
        Changed
    };
    using Listener = std::function<void(bool isZone, Applied what, const QString &id)>;

    // Applies the edit to `plan` forwards (before -> after) or backwards. Records where removed
    // elements sat, so that going back puts them at the same place in the lists.
    void apply(Plan &plan, bool forward, const Listener &listener = {});

    // Takes over `later`'s final states for what both touch (typing merges into one step).
    void absorb(const PlanEdit &later);
};
