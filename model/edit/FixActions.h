#pragma once

#include "model/Finding.h"
#include "model/edit/PlanEdit.h"

#include <QCoreApplication>

#include <optional>

// The obvious repairs for findings that carry a fixAction, each as one plan edit (one undo step).
class FixActions
{
    Q_DECLARE_TR_FUNCTIONS(FixActions)

public:
    static bool canFix(FixKind action);
    // The edit that repairs `finding`, or nullopt when this plan offers nothing to do. `text` gets
    // the undo step's name.
    static std::optional<PlanEdit> edit(const Plan &plan, const Finding &finding, QString *text);

private:
    static PlanEdit addDevice(const Plan &plan, Catalog::Role role, Catalog::ZoneKind kind);
    static PlanEdit addGateway(const Plan &plan, const Finding &finding);
    static PlanEdit moveTo(const Plan &plan, const QString &moved, Catalog::ZoneKind kind);
    // A connection gateway outside the DMZ that could serve the finding's server, if any.
    static const Device *misplacedGateway(const Plan &plan, const Finding &finding);
    static PlanEdit useTlsPort(const Plan &plan);
    static PlanEdit addFcm(const Plan &plan, const Finding &finding);
    static PlanEdit addIosMdm(const Plan &plan);
    static PlanEdit giveInternetAccess(const Plan &plan, const QString &id);
    static PlanEdit addDatabase(const Plan &plan, const Finding &finding);
};
