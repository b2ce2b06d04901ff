#pragma once

#include "model/Checklist.h"
#include "model/Plan.h"
#include "model/Texts.h"

#include <QHash>

// What a boundary of the checklist is called, the same on every surface (the checklist tab and its
// filter, the printed, spreadsheet, Markdown, CSV and firewall outputs): the zones' own names, as
// the planner wrote them ("Head office LAN → Perimeter DMZ"), so two LANs are told apart. The
// zone's kind stands in for a missing name and is added to a name two zones share ("Office (DMZ)");
// the zone's id settles what the kind cannot ("Office (lan-2)").
// Made once per plan and output language: naming looks at every zone.
class BoundaryTitles
{
public:
    BoundaryTitles(const Plan &plan, const Texts &texts);

    // "Head office LAN → DMZ", or "Inside “Head office LAN”" for traffic within one zone.
    QString title(const ChecklistRow &row) const;
    // A zone's name in a boundary; an unknown id stands for itself.
    QString zoneName(const QString &zoneId) const;

private:
    Texts m_texts;
    QHash<QString, QString> m_names; // by zone id
};
