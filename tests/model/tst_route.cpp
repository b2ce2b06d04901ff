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
    void flowsOfADevice_data();
    void flowsOfADevice();
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

// "The flows of a device" (the Properties dock, the canvas's menu): those it opens, answers or
// passes, whatever the route draws: the server answers flow 4 of the Internet's agents although
// their connection ends at the gateway, and the gateway takes part in the flows it forwards.
void TestRoute::flowsOfADevice_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("from");   // a flow's initiator
    QTest::addColumn<QString>("number"); // its number
    QTest::addColumn<bool>("involved");
    QTest::newRow("the server answers 4 through the gateway")
        << QStringLiteral("ksc") << QStringLiteral("laptops") << QStringLiteral("4") << true;
    QTest::newRow("the gateway passes 4")
        << QStringLiteral("gateway") << QStringLiteral("laptops") << QStringLiteral("4") << true;
    QTest::newRow("the server opens 4a")
        << QStringLiteral("ksc") << QStringLiteral("ksc") << QStringLiteral("4a") << true;
    QTest::newRow("the database answers 1")
        << QStringLiteral("db") << QStringLiteral("ksc") << QStringLiteral("1") << true;
    QTest::newRow("the database has no part in 4")
        << QStringLiteral("db") << QStringLiteral("laptops") << QStringLiteral("4") << false;
    QTest::newRow("the office agents have no part in the laptops' 4")
        << QStringLiteral("office") << QStringLiteral("laptops") << QStringLiteral("4") << false;
}

void TestRoute::flowsOfADevice()
{
    QFETCH(QString, device);
    QFETCH(QString, from);
    QFETCH(QString, number);
    QFETCH(bool, involved);
    const Analysis analysis(templatePlan(QStringLiteral("gateway")));
    const Plan &plan = analysis.plan();
    QVERIFY2(plan.device(device) && plan.device(from), "the row names devices of the plan");
    const Flow *flow = nullptr;
    for (const Flow &f : analysis.flows().flows) {
        if (f.from == from && f.number == number)
            flow = &f;
    }
    QVERIFY2(flow, "the plan has the row's flow");
    QCOMPARE(flow->involves(plan.deviceIndex(device)), involved);
    QVERIFY(!flow->involves(-1));
}

QTEST_GUILESS_MAIN(TestRoute)
#include "tst_route.moc"
