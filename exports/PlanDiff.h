#pragma once

#include "model/Analysis.h"
#include "model/Checklist.h"
#include "model/Finding.h"
#include "model/Plan.h"
#include "model/Texts.h"

#include <QByteArray>

// What changes between two versions of a plan, as a firewall team and a reviewer see it: the
// checklist rules to add and to remove, the rules that stay but now serve other flows, and the
// findings that appear and disappear.
//
// Rules are the same rule when they join the same devices (by id) with the same transport and
// ports; findings are the same finding when they have the same code and devices.
class PlanDiff
{
public:
    struct Renumbered
    {
        ChecklistRow before;
        ChecklistRow after;
    };

    static PlanDiff compare(const Analysis &before, const Analysis &after,
                            const Texts &texts = Texts());
    static QStringList formats(); // text, json, md

    QByteArray write(const QString &format) const;
    bool isEmpty() const;

    QList<ChecklistRow> addedRules;   // in the new plan's checklist order
    QList<ChecklistRow> removedRules; // in the old plan's checklist order
    QList<Renumbered> renumberedRules;
    QList<Finding> appearedFindings;
    QList<Finding> disappearedFindings;

private:
    PlanDiff(const Plan &before, const Plan &after, const Texts &texts);

    void compareRules(const QList<ChecklistRow> &before, const QList<ChecklistRow> &after);
    QString text(const char *source) const; // not tr(): lupdate would skip what it wraps
    QString ruleText(const Plan &plan, const ChecklistRow &row, const QString &flows) const;
    QString findingText(const Finding &finding) const;
    QByteArray text() const;
    QByteArray markdown() const;
    QByteArray json() const;

    Plan m_before;
    Plan m_after;
    Texts m_texts;
};
