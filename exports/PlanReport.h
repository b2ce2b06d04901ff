#pragma once

#include "model/Finding.h"
#include "model/Flow.h"
#include "model/Plan.h"
#include "model/Texts.h"

#include <QByteArray>
#include <QJsonObject>

// Flows and findings as text for people or JSON for scripts (field names in docs/cli.md).
class PlanReport
{
public:
    static QByteArray flowsText(const Plan &plan, const QList<Flow> &flows, const Texts &texts);
    static QByteArray flowsJson(const Plan &plan, const QList<Flow> &flows, const Texts &texts);
    static QByteArray findingsText(const QList<Finding> &findings, const Texts &texts);
    static QByteArray findingsJson(const QList<Finding> &findings);
    static QJsonObject findingJson(const Finding &finding); // one element of findingsJson

    static QString flowLabel(const Flow &flow); // "TCP 13000 · TLS"
    static QString severityName(Finding::Severity severity, const Texts &texts);
};
