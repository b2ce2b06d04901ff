#include "model/edit/Arrangement.h"

#include "model/edit/PlanLayout.h"

#include <QList>

#include <algorithm>

namespace {

// Rectangles that merely touch do not overlap.
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() &&
           b.top() < a.bottom();
}

struct Box
{
    QString id;
    QRectF rect;
};

// Pairs of overlapping boxes, found by sweeping along x: the plans are large (thousands of cards),
// so every pair is not compared.
QStringList overlappingPairs(QList<Box> boxes, const QString &what)
{
    std::sort(boxes.begin(), boxes.end(),
              [](const Box &a, const Box &b) { return a.rect.left() < b.rect.left(); });
    QStringList problems;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size(); ++j) {
            if (boxes[j].rect.left() >= boxes[i].rect.right())
                break;
            if (overlaps(boxes[i].rect, boxes[j].rect))
                problems << QStringLiteral("%1 %2 overlaps %3").arg(what, boxes[i].id, boxes[j].id);
        }
    }
    return problems;
}

} // namespace

// The problems are for tests and for the arranger's own check, in English: not translated.
QStringList Arrangement::problems(const Plan &plan) const
{
    QStringList problems;
    QList<Box> zoneBoxes;
    for (const Zone &zone : plan.zones) {
        if (!zones.contains(zone.id))
            problems << QStringLiteral("zone %1 has no box").arg(zone.id);
        else
            zoneBoxes << Box{zone.id, zones.value(zone.id)};
    }
    QList<Box> cards;
    for (const Device &device : plan.devices) {
        if (!devices.contains(device.id)) {
            problems << QStringLiteral("device %1 has no place").arg(device.id);
            continue;
        }
        const QRectF card(devices.value(device.id), PlanLayout::DeviceSize);
        cards << Box{device.id, card};
        if (!plan.zone(device.zone) || !zones.contains(device.zone))
            continue;
        const QRectF inside = zones.value(device.zone).adjusted(0, PlanLayout::ZoneHeader, 0, 0);
        if (!inside.contains(card))
            problems << QStringLiteral("device %1 leaves zone %2") // not translated: see above
                            .arg(device.id, device.zone);
    }
    problems << overlappingPairs(zoneBoxes, QStringLiteral("zone"));
    problems << overlappingPairs(cards, QStringLiteral("device"));
    return problems;
}

bool Arrangement::isNeeded(const Plan &plan)
{
    if (plan.devices.isEmpty() && plan.zones.isEmpty())
        return false;
    const bool zoneWithoutBox = std::any_of(plan.zones.begin(), plan.zones.end(),
                                            [](const Zone &z) { return z.geometry.isEmpty(); });
    if (zoneWithoutBox)
        return true;
    if (plan.devices.size() < 2)
        return false;
    const QPointF first = plan.devices.first().position;
    return std::all_of(plan.devices.begin(), plan.devices.end(),
                       [&first](const Device &d) { return d.position == first; });
}
