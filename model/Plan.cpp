#include "model/Plan.h"

#include "model/Flow.h"

#include <algorithm>

Zone Zone::make(const QString &id, Catalog::ZoneKind kind, const QString &name)
{
    Zone z;
    z.id = id;
    z.kind = kind;
    z.name = name;
    return z;
}

Device Device::make(const QString &id, Catalog::Role role, const QString &zone, qint64 count,
                    const QString &name)
{
    Device d;
    d.id = id;
    d.role = role;
    d.name = name.isEmpty() ? id : name;
    d.zone = zone;
    d.count = count;
    return d;
}

bool Device::flag(const QString &key, bool fallback) const
{
    const QJsonValue value = properties.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

QString Device::text(const QString &key) const
{
    return properties.value(key).toString();
}

int Plan::zoneIndex(const QString &id) const
{
    return m_zoneIndex.find(zones, id);
}

int Plan::deviceIndex(const QString &id) const
{
    return m_deviceIndex.find(devices, id);
}

const Zone *Plan::zone(const QString &id) const
{
    const int i = zoneIndex(id);
    return i < 0 ? nullptr : &zones[i];
}

const Device *Plan::device(const QString &id) const
{
    const int i = deviceIndex(id);
    return i < 0 ? nullptr : &devices[i];
}

Zone *Plan::zone(const QString &id)
{
    const int i = zoneIndex(id);
    return i < 0 ? nullptr : &zones[i];
}

Device *Plan::device(const QString &id)
{
    const int i = deviceIndex(id);
    return i < 0 ? nullptr : &devices[i];
}

QString Plan::deviceName(const QString &id) const
{
    const Device *d = device(id);
    return d ? d->displayName() : id;
}

int Plan::port(const QString &name) const
{
    if (const auto it = settings.ports.find(name); it != settings.ports.end())
        return it.value();
    const Catalog::PortInfo *info = Catalog::portInfo(name);
    return info ? info->defaultPort : 0;
}

std::optional<Catalog::ZoneKind> Plan::zoneKindOf(const Device &device) const
{
    const Zone *z = zone(device.zone);
    if (!z)
        return std::nullopt;
    return z->kind;
}

QString Plan::uniqueId(const QString &stem) const
{
    const QString base = stem.isEmpty() ? QStringLiteral("item") : stem;
    auto taken = [&](const QString &id) { return zoneIndex(id) >= 0 || deviceIndex(id) >= 0; };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

QStringList Flow::zonesCrossed(const Plan &plan) const
{
    QStringList zones;
    for (int index : {fromIndex, viaIndex, toIndex}) {
        if (index < 0 || index >= plan.devices.size())
            continue;
        const QString &zone = plan.devices[index].zone;
        if (!zone.isEmpty() && (zones.isEmpty() || zones.last() != zone))
            zones << zone;
    }
    return zones;
}
