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

QTEST_GUILESS_MAIN(TestRoute)
#include "tst_route.moc"
