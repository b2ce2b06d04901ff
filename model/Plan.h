#pragma once

#include "model/Catalog.h"
#include "model/IdIndex.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

// The plan document: what the architect placed where. Ids are stable: renaming changes names only.
// Unknown keys of every object are kept in `extra` so that loading and saving loses nothing.
struct Zone
{
    QString id;
    Catalog::ZoneKind kind = Catalog::ZoneKind::Lan;
    QString name;
    QRectF geometry;
    QJsonObject extra;

    bool operator==(const Zone &) const = default;

    static Zone make(const QString &id, Catalog::ZoneKind kind, const QString &name);

    // What people see: the name, else the id.
    QString displayName() const { return name.isEmpty() ? id : name; }
};

struct Device
{
    QString id;
    Catalog::Role role = Catalog::Role::ManagedComputer;
    QString name;
    QString zone;
    qint64 count = 1;
    QString host;    // id of the device whose machine this one shares; empty for its own machine
    QString address; // IP address or host name, may be empty
    QPointF position;
    QJsonObject properties;
    QJsonObject extra;

    bool operator==(const Device &) const = default;

    // A device with the essentials set; the name defaults to the id.
    static Device make(const QString &id, Catalog::Role role, const QString &zone, qint64 count = 1,
                       const QString &name = QString());

    // What people see: the name, else the id. Every output and view names devices this way.
    QString displayName() const { return name.isEmpty() ? id : name; }

    bool flag(const QString &key, bool fallback) const;
    QString text(const QString &key) const;
};

struct PlanSettings
{
    QMap<QString, int> ports; // overrides by port name
    bool legacyAgentPort = false;
    // Managed devices use KSN through a KSN proxy (flow K1), as KSC and KES do by default.
    bool ksnProxy = true;
    QJsonObject extra;

    bool operator==(const PlanSettings &) const = default;
};

class Plan
{
public:
    static constexpr int FormatVersion = 1;

    QString title;
    QList<Zone> zones;
    QList<Device> devices;
    PlanSettings settings;
    QJsonObject extra;

    bool operator==(const Plan &) const = default;

    const Zone *zone(const QString &id) const;
    const Device *device(const QString &id) const;
    Zone *zone(const QString &id);
    Device *device(const QString &id);
    int zoneIndex(const QString &id) const;
    int deviceIndex(const QString &id) const;
    // The display name of the device with this id; the id itself when there is none.
    QString deviceName(const QString &id) const;

    // The port for a catalog port name, following the plan's overrides.
    int port(const QString &name) const;

    // The zone kind of a device (through its zone); nullopt when the zone is unknown.
    std::optional<Catalog::ZoneKind> zoneKindOf(const Device &device) const;

    // A fresh id, unique in this plan, built from a readable stem ("gateway", "gateway-2", …).
    QString uniqueId(const QString &stem) const;

private:
    IdIndex m_zoneIndex;
    IdIndex m_deviceIndex;
};
