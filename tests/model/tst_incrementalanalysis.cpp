#include "bench/PlanGenerator.h"
#include "model/Analysis.h"
#include "model/Topology.h"
#include "model/edit/PlanEdit.h"
#include "tests/support/AnalysisText.h"
#include "tests/support/EstatePlans.h"
#include "tests/support/TestPlans.h"
#include "tests/support/TroubledPlan.h"

#include <QRandomGenerator>
#include <QtTest>

Q_DECLARE_METATYPE(Plan)

// Guards the incremental analysis: on the templates and on large generated plans, chains of
// pseudo-random edits (fixed seeds) are each analysed from the previous incremental analysis and
// from scratch, and every result must be the same, field for field and in the same order: flows,
// missing paths, findings and the checklist in both languages. A failure names the step, the edit
// and the first field that differs.
class TestIncrementalAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void editsGiveWhatAFullDerivationGives_data();
    void editsGiveWhatAFullDerivationGives();
    void theBenchmarksMoveTakesTheFastPath_data();
    void theBenchmarksMoveTakesTheFastPath();
    void aMoveWithinAZoneKeepsTheFlows();
    void undoAndRedoStayExact();
    void aHandedOverAnalysisGivesUpItsFlows();
};

namespace {

using Catalog::Role;

// The first difference between two lists, as "what[i].field: a | b", or an empty string.
QString firstDifference(const QList<Flow> &a, const QList<Flow> &b)
{
    if (a.size() != b.size())
        return QStringLiteral("flows: %1 instead of %2").arg(a.size()).arg(b.size());
    static const QStringList fields = {
        QStringLiteral("number"),   QStringLiteral("rule"),      QStringLiteral("from"),
        QStringLiteral("to"),       QStringLiteral("transport"), QStringLiteral("ports"),
        QStringLiteral("tls"),      QStringLiteral("via"),       QStringLiteral("local"),
        QStringLiteral("replaces"), QStringLiteral("push"),      QStringLiteral("fromIndex"),
        QStringLiteral("toIndex"),  QStringLiteral("viaIndex")};
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QStringList x = AnalysisText::text(a[i]).split(QLatin1Char('|'));
        const QStringList y = AnalysisText::text(b[i]).split(QLatin1Char('|'));
        for (qsizetype f = 0; f < fields.size(); ++f) {
            if (x.value(f) != y.value(f))
                return QStringLiteral("flows[%1].%2: %3 instead of %4 (flow %5)")
                    .arg(i)
                    .arg(fields[f], x.value(f), y.value(f), AnalysisText::text(b[i]));
        }
        if (!(a[i] == b[i]))
            return QStringLiteral("flows[%1]: differs").arg(i);
    }
    return QString();
}

template <typename T>
QString firstDifference(const QString &what, const QList<T> &a, const QList<T> &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        const QString x = AnalysisText::text(a[i]);
        const QString y = AnalysisText::text(b[i]);
        if (x != y)
            return QStringLiteral("%1[%2]: %3 instead of %4").arg(what).arg(i).arg(x, y);
    }
    if (a.size() != b.size())
        return QStringLiteral("%1: %2 instead of %3").arg(what).arg(a.size()).arg(b.size());
    return QString();
}

// Every answer a topology gives about every device and zone, one line each, devices and zones
// named by position: the incremental topology must give the same as one built from scratch.
QStringList topologyText(const Topology &t)
{
    const Plan &plan = t.plan();
    const auto name = [&](const Device *d) {
        return d ? QString::number(t.indexOf(*d)) : QStringLiteral("-");
    };
    const auto names = [&](const QList<const Device *> &list) {
        QStringList result;
        for (const Device *d : list)
            result << name(d);
        return result.join(QLatin1Char(','));
    };
    const auto zoneName = [&](const Zone *z) {
        return z ? QString::number(z - plan.zones.constData()) : QStringLiteral("-");
    };
    QStringList lines;
    for (const Catalog::RoleInfo &role : Catalog::roles())
        lines << QStringLiteral("role %1: %2 first %3")
                     .arg(QLatin1String(role.id), names(t.devices(role.role)),
                          name(t.firstOf(role.role)));
    for (const Zone &z : plan.zones)
        lines << QStringLiteral("zone %1: %2 %3")
                     .arg(z.id, zoneName(t.zone(z.id)), name(t.broadcastDomainOf(z)));
    for (const Device &d : plan.devices) {
        const Device *server = t.serverOf(d);
        QStringList managed;
        for (const Catalog::RoleInfo &role : Catalog::roles())
            managed << names(t.managedBy(d, role.role));
        QStringList references;
        for (auto property : {Topology::Property::Server, Topology::Property::Primary,
                              Topology::Property::Gateway}) {
            const Topology::Reference r = t.reference(d, property);
            references << QStringLiteral("%1:%2").arg(r.named).arg(name(r.target));
        }
        lines << QStringList{d.id,
                             name(t.device(d.id)),
                             zoneName(t.zoneOf(d)),
                             name(server),
                             name(t.primaryOf(d)),
                             name(t.hierarchyInitiator(d)),
                             managed.join(QLatin1Char(';')),
                             QString::number(t.isGateway(d)),
                             QString::number(t.waitsForServer(d)),
                             names(t.gatewaysOf(d)),
                             name(t.distributionPointOf(d)),
                             names(t.agentsOf(d)),
                             QString::number(t.isPushServer(d)),
                             name(t.mdmOf(d)),
                             QString::number(t.hasInternetAccess(d)),
                             QString::number(t.hasKasperskyAccess(d)),
                             name(t.ksnProxyOf(d)),
                             name(t.reverseProxyFor(d)),
                             name(server ? t.route(d, *server) : nullptr),
                             references.join(QLatin1Char(','))}
                     .join(QLatin1Char('|'));
    }
    return lines;
}

QString firstDifference(const Analysis &incremental, const Analysis &full)
{
    const QStringList a = topologyText(incremental.topology());
    const QStringList b = topologyText(full.topology());
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a[i] != b[i])
            return QStringLiteral("topology: %1 instead of %2").arg(a[i], b[i]);
    }
    if (a.size() != b.size())
        return QStringLiteral("topology: %1 lines instead of %2").arg(a.size()).arg(b.size());
    if (const QString d = firstDifference(incremental.flows().flows, full.flows().flows);
        !d.isEmpty())
        return d;
    if (const QString d = firstDifference(QStringLiteral("missing"), incremental.flows().missing,
                                          full.flows().missing);
        !d.isEmpty())
        return d;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        const Texts texts = Texts::forLanguage(language);
        if (const QString d =
                firstDifference(QStringLiteral("findings (") + language + QLatin1Char(')'),
                                incremental.findings(texts), full.findings(texts));
            !d.isEmpty())
            return d;
        if (const QString d =
                firstDifference(QStringLiteral("checklist (") + language + QLatin1Char(')'),
                                incremental.checklist(texts), full.checklist(texts));
            !d.isEmpty())
            return d;
    }
    return QString();
}

// A managed computer group or a mobile device: what users move most, and what the fast path must
// take.
bool isLeaf(Role role)
{
    return role == Role::ManagedComputer || role == Role::AndroidDevice || role == Role::IosDevice;
}

// Makes the pseudo-random edits: moves of every role between every zone, property changes,
// renames, adds, removes, zone and settings changes. Each comes with a description for failures,
// and says whether it is the kind the fast path must take (a group or mobile device moving).
class EditMaker
{
public:
    explicit EditMaker(quint32 seed) : m_random(seed) {}

    struct Made
    {
        PlanEdit edit;
        QString what;
        bool mustBeIncremental = false;
    };

    Made make(const Plan &plan)
    {
        Made m;
        if (plan.devices.isEmpty() || plan.zones.isEmpty()) {
            addDevice(plan, m);
            return m;
        }
        const int kind = pick(100);
        if (kind <= 34) {
            move(plan, m, pickLeaf(plan));
        } else if (kind <= 44) {
            move(plan, m, pick(int(plan.devices.size())));
        } else if (kind <= 59) {
            changeProperty(plan, m);
        } else if (kind <= 64) {
            Device d = plan.devices[pick(int(plan.devices.size()))];
            d.count = 1 + pick(3) * pick(40);
            m.what = QStringLiteral("count of %1 to %2").arg(d.id).arg(d.count);
            m.edit.changeDevice(plan, d);
        } else if (kind <= 68) {
            Device d = plan.devices[pick(int(plan.devices.size()))];
            d.host = pick(3) ? anyDeviceId(plan) : QString();
            m.what = QStringLiteral("host of %1 to '%2'").arg(d.id, d.host);
            m.edit.changeDevice(plan, d);
        } else if (kind <= 71) {
            Device d = plan.devices[pick(int(plan.devices.size()))];
            d.name += QStringLiteral("'");
            d.position += QPointF(pick(50), pick(50));
            m.what = QStringLiteral("name and place of %1").arg(d.id);
            m.edit.changeDevice(plan, d);
        } else if (kind <= 74) {
            Device d = plan.devices[pick(int(plan.devices.size()))];
            d.role = Role(pick(int(Catalog::roles().size())));
            m.what = QStringLiteral("role of %1").arg(d.id);
            m.edit.changeDevice(plan, d);
        } else if (kind <= 78) {
            addDevice(plan, m);
        } else if (kind <= 81) {
            const QString id = anyDeviceId(plan);
            m.what = QStringLiteral("remove %1").arg(id);
            m.edit.removeDevice(plan, id);
        } else if (kind <= 84) {
            // A rename as the window makes it: the entry goes, one with the new id comes.
            Device d = plan.devices[pick(int(plan.devices.size()))];
            m.what = QStringLiteral("rename %1").arg(d.id);
            m.edit.removeDevice(plan, d.id);
            d.id = plan.uniqueId(d.id + QStringLiteral("-renamed"));
            m.edit.addDevice(d);
        } else if (kind <= 88) {
            Zone z = plan.zones[pick(int(plan.zones.size()))];
            if (pick(2)) {
                z.name += QStringLiteral("'");
                z.geometry.translate(10, 10);
                m.what = QStringLiteral("name and place of zone %1").arg(z.id);
            } else {
                z.kind = Catalog::ZoneKind(pick(3));
                m.what = QStringLiteral("kind of zone %1").arg(z.id);
            }
            m.edit.changeZone(plan, z);
        } else if (kind <= 90) {
            const Zone z = Zone::make(plan.uniqueId(QStringLiteral("zone")),
                                      Catalog::ZoneKind(pick(3)), QStringLiteral("New"));
            m.what = QStringLiteral("add zone %1").arg(z.id);
            m.edit.addZone(z);
        } else if (kind <= 91) {
            const QString id = plan.zones[pick(int(plan.zones.size()))].id;
            m.what = QStringLiteral("remove zone %1").arg(id);
            m.edit.removeZone(plan, id);
        } else if (kind <= 94) {
            PlanSettings s = plan.settings;
            const int which = pick(3);
            if (which == 0)
                s.legacyAgentPort = !s.legacyAgentPort;
            else if (which == 1)
                s.ksnProxy = !s.ksnProxy;
            else
                s.ports.insert(QStringLiteral("server"), 14000 + pick(3));
            m.what = QStringLiteral("settings");
            m.edit.changeSettings(plan, s);
        } else if (kind <= 96) {
            m.what = QStringLiteral("title");
            m.edit.changeTitle(plan, plan.title + QStringLiteral("'"));
        } else {
            // Two groups at once, as a drag of a selection.
            const int a = pickLeaf(plan);
            const int b = pickLeaf(plan);
            move(plan, m, a);
            if (b != a) {
                Made second;
                move(plan, second, b);
                m.edit.absorb(second.edit);
                m.what += QStringLiteral(", ") + second.what;
                m.mustBeIncremental = m.mustBeIncremental && second.mustBeIncremental;
            }
        }
        return m;
    }

private:
    int pick(int bound) { return bound > 0 ? int(m_random.bounded(bound)) : 0; }

    // A managed computer group or mobile device when the plan has one.
    int pickLeaf(const Plan &plan)
    {
        for (int tries = 0; tries < 20; ++tries) {
            const int i = pick(int(plan.devices.size()));
            if (isLeaf(plan.devices[i].role))
                return i;
        }
        return pick(int(plan.devices.size()));
    }

    // Any id, often one of the few servers, gateways and clouds that references matter for.
    QString anyDeviceId(const Plan &plan)
    {
        if (pick(10) == 0)
            return QStringLiteral("nowhere");
        for (int tries = pick(2) ? 20 : 0; tries > 0; --tries) {
            const Device &d = plan.devices[pick(int(plan.devices.size()))];
            if (!isLeaf(d.role))
                return d.id;
        }
        return plan.devices[pick(int(plan.devices.size()))].id;
    }

    QString anyZoneId(const Plan &plan)
    {
        if (pick(15) == 0)
            return pick(2) ? QStringLiteral("nowhere") : QString();
        return plan.zones[pick(int(plan.zones.size()))].id;
    }

    void move(const Plan &plan, Made &m, int index)
    {
        Device d = plan.devices[index];
        const QString from = d.zone;
        d.zone = anyZoneId(plan);
        d.position += QPointF(100, 0);
        m.what = QStringLiteral("move %1 (%2) from %3 to %4")
                     .arg(d.id, QLatin1String(Catalog::roleInfo(d.role).id), from, d.zone);
        // Only when its id is its own: an edit by id changes the first of repeated ids.
        m.mustBeIncremental = isLeaf(d.role) && plan.deviceIndex(d.id) == index;
        m.edit.changeDevice(plan, d);
    }

    void changeProperty(const Plan &plan, Made &m)
    {
        Device d = plan.devices[pick(int(plan.devices.size()))];
        static const QStringList keys = {
            QStringLiteral("server"),         QStringLiteral("gateway"),
            QStringLiteral("primary"),        QStringLiteral("dbms"),
            QStringLiteral("pushServer"),     QStringLiteral("ksnProxy"),
            QStringLiteral("internetAccess"), QStringLiteral("connectedBy")};
        const QString key = keys[pick(int(keys.size()))];
        QJsonValue value;
        if (key == QStringLiteral("server") || key == QStringLiteral("primary"))
            value = anyDeviceId(plan);
        else if (key == QStringLiteral("gateway"))
            value = pick(2) ? QJsonValue(anyDeviceId(plan)) : QJsonValue(pick(2) == 1);
        else if (key == QStringLiteral("dbms"))
            value = pick(2) ? QStringLiteral("mssql") : QStringLiteral("postgresql");
        else if (key == QStringLiteral("connectedBy"))
            value = pick(2) ? QStringLiteral("primary") : QStringLiteral("secondary");
        else
            value = pick(2) == 1;
        if (pick(5) == 0) {
            d.properties.remove(key);
            m.what = QStringLiteral("remove %1 of %2").arg(key, d.id);
        } else {
            d.properties.insert(key, value);
            m.what = QStringLiteral("%1 of %2 to %3").arg(key, d.id, value.toVariant().toString());
        }
        m.edit.changeDevice(plan, d);
    }

    void addDevice(const Plan &plan, Made &m)
    {
        const Role role = Role(pick(int(Catalog::roles().size())));
        const QString id = plan.uniqueId(QLatin1String(Catalog::roleInfo(role).id));
        Device d = Device::make(id, role, plan.zones.isEmpty() ? QString() : anyZoneId(plan));
        m.what = QStringLiteral("add %1").arg(id);
        m.edit.addDevice(d);
    }

    QRandomGenerator m_random;
};

// Two servers with their iOS MDM Servers, iOS and Android devices and the push services, small
// enough that random edits often hand a mobile device to the other server or put it on the host
// of a push service: what the mobile rules (10 to 13) enumerate.
Plan mobilePlan()
{
    Plan plan;
    plan.zones = {Zone::make(QStringLiteral("lan"), Catalog::ZoneKind::Lan, QString()),
                  Zone::make(QStringLiteral("branch"), Catalog::ZoneKind::Lan, QString()),
                  Zone::make(QStringLiteral("dmz"), Catalog::ZoneKind::Dmz, QString()),
                  Zone::make(QStringLiteral("internet"), Catalog::ZoneKind::Internet, QString())};
    const auto add = [&](const char *id, Role role, const char *zone, const char *server) {
        Device d = Device::make(QLatin1String(id), role, QLatin1String(zone), 10);
        if (server)
            d.properties.insert(QStringLiteral("server"), QLatin1String(server));
        plan.devices << d;
    };
    add("ksc-a", Role::AdministrationServer, "lan", nullptr);
    add("ksc-b", Role::AdministrationServer, "branch", nullptr);
    plan.devices.last().properties.insert(QStringLiteral("primary"), QStringLiteral("ksc-a"));
    add("mdm-a", Role::IosMdmServer, "dmz", "ksc-a");
    add("mdm-b", Role::IosMdmServer, "branch", "ksc-b");
    add("ios-1", Role::IosDevice, "internet", "ksc-a");
    add("ios-2", Role::IosDevice, "internet", "ksc-b");
    add("android-1", Role::AndroidDevice, "internet", "ksc-a");
    add("android-2", Role::AndroidDevice, "branch", "ksc-b");
    add("gateway", Role::ConnectionGateway, "dmz", "ksc-a");
    add("fcm", Role::GoogleFcm, "internet", nullptr);
    add("apns", Role::ApplePush, "internet", nullptr);
    return plan;
}

} // namespace

namespace {

// Why `change` does not turn the flows of `before` into those of `after` (as multisets of flows),
// or nothing.
QString changeMismatch(const Analysis &before, const Analysis::FlowChange &change,
                       const Analysis &after)
{
    if (change.from != before.flowsGeneration())
        return QStringLiteral("the change names another generation than the previous flows'");
    QHash<QString, int> count;
    for (const Flow &f : before.flows().flows)
        ++count[AnalysisText::text(f)];
    for (const Flow &f : change.removed) {
        if (--count[AnalysisText::text(f)] < 0)
            return QStringLiteral("the change takes away a flow that was not there: ") +
                   AnalysisText::text(f);
    }
    for (const Flow &f : change.added)
        ++count[AnalysisText::text(f)];
    for (const Flow &f : after.flows().flows)
        --count[AnalysisText::text(f)];
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() != 0)
            return QStringLiteral("after the change, %1 flow(s) more than derived: %2")
                .arg(it.value())
                .arg(it.key());
    }
    return {};
}

// The incremental analysis after a step is what a full one gives; the edits that must take the
// fast path took it.
void checkStep(int step, quint32 seed, const EditMaker::Made &made, const Plan &plan,
               const Analysis &incremental)
{
    const QString where =
        QStringLiteral("step %1 (seed %2), edit \"%3\": ").arg(step).arg(seed).arg(made.what);
    const QString difference = firstDifference(incremental, Analysis(plan));
    if (!difference.isEmpty())
        QFAIL(qPrintable(where + difference));
    if (made.mustBeIncremental && !incremental.wasIncremental())
        QFAIL(qPrintable(where + QStringLiteral("derived in full")));
}

} // namespace

void TestIncrementalAnalysis::editsGiveWhatAFullDerivationGives_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");

    for (const QString &name : Templates::names()) {
        for (quint32 seed : {1u, 2u, 3u})
            QTest::addRow("template %s, seed %u", qPrintable(name), seed)
                << templatePlan(name) << seed << 150;
    }
    Plan empty;
    empty.zones = {Zone::make(QStringLiteral("lan"), Catalog::ZoneKind::Lan, QString()),
                   Zone::make(QStringLiteral("dmz"), Catalog::ZoneKind::Dmz, QString()),
                   Zone::make(QStringLiteral("internet"), Catalog::ZoneKind::Internet, QString())};
    for (quint32 seed : {10u, 11u, 12u, 13u})
        QTest::addRow("mobile devices, seed %u", seed) << mobilePlan() << seed << 200;
    QTest::addRow("zones without devices") << empty << 4u << 150;
    QTest::addRow("generated hierarchy, 1,000 entries")
        << PlanGenerator::hierarchy(1000) << 5u << 40;
    QTest::addRow("window benchmark's plan, 1,000 entries")
        << PlanGenerator::gatewayGroups(1000) << 6u << 40;
    QTest::addRow("estate, 1,005 entries") << estatePlan(8, 12, 7) << 7u << 30;
    QTest::addRow("small estate") << estatePlan(2, 2, 2) << 8u << 150;
    QTest::addRow("troubled hierarchy, 1,000 entries") << troubledPlan() << 9u << 40;
}

void TestIncrementalAnalysis::editsGiveWhatAFullDerivationGives()
{
    QFETCH(Plan, plan);
    QFETCH(quint32, seed);
    QFETCH(int, steps);

    EditMaker maker(seed);
    Analysis incremental(plan);
    int fast = 0;
    for (int step = 1; step <= steps; ++step) {
        EditMaker::Made made = maker.make(plan);
        // Every fourth step goes back (undo) and forth (redo) again, as the undo stack does.
        made.edit.apply(plan, true);
        // Odd steps hand the previous analysis over, as the window does: its kept flows move
        // instead of being copied. Even ones keep it, to compare with.
        if (step % 2) {
            incremental = Analysis(std::move(incremental), plan, made.edit);
            checkStep(step, seed, made, plan, incremental);
            if (QTest::currentTestFailed())
                return;
            fast += incremental.wasIncremental();
            continue;
        }
        const Analysis before = incremental;
        incremental = Analysis(incremental, plan, made.edit);
        // The canvas keeps its arrows while the generation stays: it must mean the same flows.
        if (incremental.flowsGeneration() == before.flowsGeneration() &&
            incremental.flows().flows != before.flows().flows)
            QFAIL(qPrintable(QStringLiteral("step %1 (seed %2), edit \"%3\": the flows changed "
                                            "but kept their generation")
                                 .arg(step)
                                 .arg(seed)
                                 .arg(made.what)));
        // What the change says it took away and put in turns the previous flows into these.
        if (const Analysis::FlowChange *change = incremental.flowChange()) {
            const QString changed = changeMismatch(before, *change, incremental);
            if (!changed.isEmpty())
                QFAIL(qPrintable(QStringLiteral("step %1 (seed %2), edit \"%3\": %4")
                                     .arg(step)
                                     .arg(seed)
                                     .arg(made.what, changed)));
        }
        if (step % 4 == 0) {
            made.edit.apply(plan, false);
            incremental = Analysis(incremental, plan, made.edit);
            made.edit.apply(plan, true);
            incremental = Analysis(std::move(incremental), plan, made.edit);
        }
        checkStep(step, seed, made, plan, incremental);
        if (QTest::currentTestFailed())
            return;
        fast += incremental.wasIncremental();
    }
    // The chains are long enough that some edits must have taken the fast path.
    qInfo("%d of %d edits re-derived only what they touch", fast, steps);
    QVERIFY2(fast > 0, "no edit took the fast path");
}

void TestIncrementalAnalysis::theBenchmarksMoveTakesTheFastPath_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("zones");

    const QStringList lanAndInternet = {QStringLiteral("internet"), QStringLiteral("lan")};
    QTest::addRow("managed computers, window plan")
        << PlanGenerator::gatewayGroups(1000) << QStringLiteral("group-0") << lanAndInternet;
    QTest::addRow("android, window plan")
        << PlanGenerator::gatewayGroups(1000) << QStringLiteral("group-3") << lanAndInternet;
    QTest::addRow("managed computers, hierarchy")
        << PlanGenerator::hierarchy(1000) << QStringLiteral("d-3-4")
        << QStringList{QStringLiteral("internet"), QStringLiteral("dmz-3"), QStringLiteral("lan-7"),
                       QStringLiteral("lan-3")};
}

void TestIncrementalAnalysis::theBenchmarksMoveTakesTheFastPath()
{
    QFETCH(Plan, plan);
    QFETCH(QString, id);
    QFETCH(QStringList, zones);

    Analysis incremental(plan);
    for (int i = 0; i < 8; ++i) {
        Device moved = *plan.device(id);
        moved.zone = zones[i % zones.size()];
        moved.position += QPointF(4, 0);
        PlanEdit edit;
        edit.changeDevice(plan, moved);
        edit.apply(plan, true);
        incremental = Analysis(incremental, plan, edit);
        QVERIFY2(incremental.wasIncremental(), qPrintable(moved.zone));
        const QString difference = firstDifference(incremental, Analysis(plan));
        QVERIFY2(difference.isEmpty(), qPrintable(moved.zone + QStringLiteral(": ") + difference));
    }
    // And a settings change is derived in full.
    PlanEdit settings;
    PlanSettings s = plan.settings;
    s.legacyAgentPort = !s.legacyAgentPort;
    settings.changeSettings(plan, s);
    settings.apply(plan, true);
    incremental = Analysis(incremental, plan, settings);
    QVERIFY(!incremental.wasIncremental());
    QCOMPARE(firstDifference(incremental, Analysis(plan)), QString());
}

void TestIncrementalAnalysis::aMoveWithinAZoneKeepsTheFlows()
{
    // The canvas keeps its arrows when the generation stays: a card moved within its zone (the
    // most common edit) changes no flow; one moved to another zone gets a new generation.
    Plan plan = PlanGenerator::gatewayGroups(300);
    const Analysis before(plan);
    Device moved = *plan.device(QStringLiteral("group-0"));
    moved.position += QPointF(40, 20);
    moved.name = QStringLiteral("Renamed group");
    PlanEdit place;
    place.changeDevice(plan, moved);
    place.apply(plan, true);
    const Analysis placed(before, plan, place);
    QCOMPARE(placed.flowsGeneration(), before.flowsGeneration());
    QCOMPARE(firstDifference(placed, Analysis(plan)), QString());

    moved.zone =
        moved.zone == QStringLiteral("lan") ? QStringLiteral("internet") : QStringLiteral("lan");
    PlanEdit zone;
    zone.changeDevice(plan, moved);
    zone.apply(plan, true);
    const Analysis rezoned(placed, plan, zone);
    QVERIFY(rezoned.flowsGeneration() != placed.flowsGeneration());
    QVERIFY(Analysis(plan).flowsGeneration() != rezoned.flowsGeneration());
}

void TestIncrementalAnalysis::undoAndRedoStayExact()
{
    // The window's undo applies an edit backwards: the analysis made from the edited plan's goes
    // back to exactly the one of the plan before.
    Plan plan = PlanGenerator::gatewayGroups(300);
    const Analysis before(plan);
    Device moved = *plan.device(QStringLiteral("group-0"));
    moved.zone = QStringLiteral("internet");
    PlanEdit edit;
    edit.changeDevice(plan, moved);
    edit.apply(plan, true);
    const Analysis after(before, plan, edit);
    QVERIFY(after.wasIncremental());
    QVERIFY(after.flows().flows != before.flows().flows);
    edit.apply(plan, false);
    const Analysis undone(after, plan, edit);
    QVERIFY(undone.wasIncremental());
    QCOMPARE(firstDifference(undone, before), QString());
}

void TestIncrementalAnalysis::aHandedOverAnalysisGivesUpItsFlows()
{
    // The window hands its previous analysis over on each edit: when nothing else holds it, its
    // kept flows move into the new one (it is left with flows moved from); a copy still read
    // elsewhere (a diagram being drawn) keeps them all.
    Plan plan = PlanGenerator::gatewayGroups(300);
    const Plan before = plan;
    Device moved = *plan.device(QStringLiteral("group-0"));
    moved.zone = QStringLiteral("internet");
    PlanEdit edit;
    edit.changeDevice(plan, moved);
    edit.apply(plan, true);

    Analysis alone(before);
    const Analysis after(std::move(alone), plan, edit);
    QVERIFY(after.wasIncremental());
    QCOMPARE(firstDifference(after, Analysis(plan)), QString());
    QVERIFY(alone.flows().flows != Analysis(before).flows().flows);

    Analysis shared(before);
    const Analysis reader = shared;
    const Analysis again(std::move(shared), plan, edit);
    QCOMPARE(firstDifference(again, Analysis(plan)), QString());
    QCOMPARE(firstDifference(reader, Analysis(before)), QString());
    QCOMPARE(shared.flows().flows, reader.flows().flows);
}

QTEST_GUILESS_MAIN(TestIncrementalAnalysis)
#include "tst_incrementalanalysis.moc"
