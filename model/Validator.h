#pragma once

#include "model/Finding.h"
#include "model/Flow.h"
#include "model/FlowIndex.h"
#include "model/Plan.h"
#include "model/Texts.h"
#include "model/Topology.h"

#include <optional>

// Checks a plan against KSC's documented rules and limits. Each check is one small method; the
// findings come out grouped by severity, in the language of the given Texts.
class Validator
{
public:
    static constexpr qint64 GatewayLimit = 10'000;
    static constexpr qint64 ServerLimitWindows = 100'000;
    static constexpr qint64 ServerLimitLinux = 50'000;
    static constexpr qint64 SecondaryLimit = 500;
    static constexpr qint64 PushServerLimit = 50'000;
    static constexpr qint64 VirtualServerLimit = 500;

    // `flows` derived from the topology's plan (Analysis::findings() keeps the two together).
    static QList<Finding> validate(const Topology &topology, const DerivedFlows &flows,
                                   const Texts &texts = Texts());

private:
    Validator(const Topology &topology, const DerivedFlows &flows, const Texts &texts);

    void checkIds();
    void checkReferences();
    void checkServers();
    void checkPaths();
    void checkGateways();
    void checkHierarchy();
    void checkExposure();
    void checkMobiles();
    void checkSettings();
    void checkKsnProxies();
    void checkHosts();

    QString tr(const char *source, const char *disambiguation = nullptr, qint64 n = -1) const;
    QString nameOf(const QString &id) const;
    QStringList flowsPresent(const QStringList &devices, const QStringList &numbers) const;
    QList<int> positionsOf(const QStringList &ids) const;
    bool inInternet(const Device &device) const;
    // The same, for a device whose zone's kind is already known.
    static bool inInternet(const Device &device, std::optional<Catalog::ZoneKind> kind);
    qint64 managedCount(const Device &server) const;
    void add(Finding::Severity severity, const char *code, const QStringList &devices,
             const QStringList &flows, const QString &message, const QString &fix,
             FixKind fixAction = FixKind::None);

    const Plan &m_plan;
    const DerivedFlows &m_flows;
    const Texts &m_texts;
    const Topology &m_topology;
    QList<Finding> m_findings;
    mutable std::optional<FlowIndex> m_flowIndex;
};
