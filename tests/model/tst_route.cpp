#include "model/Analysis.h"
#include "model/Route.h"
#include "tests/support/TestPlans.h"

#include <QtTest>

// The one rule for the devices a flow passes, which the canvas, the checklist, the diagram and
// the firewall exports all draw or open.
class TestRoute : public QObject
{
    Q_OBJECT

private slots:
    void hops_data();
    void hops();
    void checklistOpensTheConnections();
    void noHopFromAnEntryToItself_data();
    void noHopFromAnEntryToItself();
};

namespace {

// "a>b c>d": hops by device id.
QString idsOf(const Plan &plan, const Hops &hops)
{
    QStringList parts;
    for (const Hop &hop : hops)
        parts << plan.devices[hop.from].id + QLatin1Char('>') + plan.devices[hop.to].id;
    return parts.join(QLatin1Char(' '));
}

} // namespace

void TestRoute::hops_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("hostOf"); // "device=host": puts a device on another's machine
    QTest::addColumn<QString>("number"); // the flow, by number and initiator as drawn
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("drawn");  // Route::hops
    QTest::addColumn<QString>("opened"); // Route::connections

    QTest::newRow("direct") << "gateway"
                            << ""
                            << "4"
                            << "office"
                            << "office>ksc"
                            << "office>ksc";
    QTest::newRow("via connection gateway") << "gateway"
                                            << ""
                                            << "4"
                                            << "laptops"
                                            << "laptops>gateway"
                                            << "laptops>gateway";
    QTest::newRow("via reverse proxy") << "reverse-proxy"
                                       << ""
                                       << "4"
                                       << "laptops"
                                       << "laptops>proxy proxy>ksc"
                                       << "laptops>proxy proxy>ksc";
    QTest::newRow("push from the cloud") << "gateway"
                                         << ""
                                         << "11"
                                         << "fcm"
                                         << "fcm>android"
                                         << "android>fcm";
    QTest::newRow("local on one host") << "gateway"
                                       << "webconsole=ksc"
                                       << "7"
                                       << ""
                                       << ""
                                       << "";
    // The agents of a zone finding their broadcast domain: a rule inside the zone, no arrow.
    QTest::newRow("among one group's entries") << "gateway"
                                               << ""
                                               << "2"
                                               << "office"
                                               << ""
                                               << "office>office";
    QTest::newRow("among one branch's computers") << "hierarchy"
                                                  << ""
                                                  << "2"
                                                  << "branch1-pcs"
                                                  << ""
                                                  << "branch1-pcs>branch1-pcs";
}

void TestRoute::hops()
{
    QFETCH(QString, scheme);
    QFETCH(QString, hostOf);
    QFETCH(QString, number);
    QFETCH(QString, from);
    QFETCH(QString, drawn);
    QFETCH(QString, opened);
    Plan source = templatePlan(scheme);
    if (!hostOf.isEmpty()) {
        const QStringList parts = hostOf.split(QLatin1Char('='));
        source.device(parts[0])->host = parts[1];
    }
    const Analysis analysis(source);
    const Plan &plan = analysis.plan();
    const QList<Flow> &flows = analysis.flows().flows;
    const auto flow = std::find_if(flows.begin(), flows.end(), [&](const Flow &f) {
        return f.number == number && (from.isEmpty() || f.from == from);
    });
    QVERIFY2(flow != flows.end(), qPrintable(number + QLatin1Char(' ') + from));
    QCOMPARE(flow->local, number == QStringLiteral("7"));
    QCOMPARE(idsOf(plan, Route::hops(plan, *flow)), drawn);
    QCOMPARE(idsOf(plan, Route::connections(plan, *flow)), opened);
}

// Every checklist rule is one connection of some flow's route, and every connection has its rule.
void TestRoute::checklistOpensTheConnections()
{
    for (const QString &scheme : Templates::names()) {
        const Analysis analysis(templatePlan(scheme));
        const Plan &plan = analysis.plan();
        QSet<QString> connections;
        for (const Flow &flow : analysis.flows().flows) {
            for (const Hop &hop : Route::connections(plan, flow))
                connections << plan.devices[hop.from].id + QLatin1Char('>') +
                                   plan.devices[hop.to].id;
        }
        QSet<QString> rules;
        for (const ChecklistRow &row : analysis.checklist())
            rules << row.from + QLatin1Char('>') + row.to;
        QCOMPARE(rules, connections);
    }
}

void TestRoute::noHopFromAnEntryToItself_data()
{
    QTest::addColumn<QString>("scheme");
    for (const QString &scheme : Templates::names())
        QTest::newRow(qPrintable(scheme)) << scheme;
}

// Canvas, figure and exports draw Route::hops: none of them ever gets a hop from an entry to
// itself, while the checklist still opens each such connection (a rule inside the zone).
void TestRoute::noHopFromAnEntryToItself()
{
    QFETCH(QString, scheme);
    const Analysis analysis(templatePlan(scheme));
    const Plan &plan = analysis.plan();
    int undrawn = 0;
    for (const Flow &flow : analysis.flows().flows) {
        const Hops drawn = Route::hops(plan, flow);
        for (const Hop &hop : drawn)
            QVERIFY2(!Route::isSelfLoop(hop),
                     qPrintable(flow.number + QLatin1Char(' ') + flow.from));
        const Hops opened = Route::connections(plan, flow);
        if (flow.from == flow.to && !flow.local) {
            ++undrawn;
            QVERIFY(drawn.isEmpty());
            QCOMPARE(opened.size(), 1);
            QVERIFY(Route::isSelfLoop(opened[0]));
        } else {
            QCOMPARE(drawn.size(), opened.size());
        }
    }
    // Every template has a LAN zone of agents, so at least one broadcast domain.
    QVERIFY(undrawn > 0);
}

QTEST_GUILESS_MAIN(TestRoute)
#include "tst_route.moc"
