#include "model/FlowIndex.h"

#include <QTest>

// The flows of each device, by position: what a finding reads to name its flows.
class TestFlowIndex : public QObject
{
    Q_OBJECT

private slots:
    void flowsOfEachDevice_data();
    void flowsOfEachDevice();
};

namespace {

Flow flow(int from, int to)
{
    Flow f;
    f.fromIndex = from;
    f.toIndex = to;
    return f;
}

} // namespace

using Ends = QList<QPair<int, int>>;
using Positions = QList<QList<int>>;

void TestFlowIndex::flowsOfEachDevice_data()
{
    QTest::addColumn<Ends>("flows");
    QTest::addColumn<int>("devices");
    QTest::addColumn<Positions>("expected"); // per device, in flow order

    QTest::newRow("no flows") << Ends{} << 2 << Positions{{}, {}};
    QTest::newRow("a flow at both of its ends") << Ends{{0, 1}} << 3 << Positions{{0}, {0}, {}};
    QTest::newRow("in flow order, opened or answered")
        << Ends{{2, 0}, {0, 1}, {1, 2}, {0, 2}} << 3 << Positions{{0, 1, 3}, {1, 2}, {0, 2, 3}};
    QTest::newRow("both ends on one entry: listed once") << Ends{{1, 1}} << 2 << Positions{{}, {0}};
    QTest::newRow("ends outside the plan are left out")
        << Ends{{-1, 0}, {0, 5}} << 1 << Positions{{0, 1}};
}

void TestFlowIndex::flowsOfEachDevice()
{
    QFETCH(Ends, flows);
    QFETCH(int, devices);
    QFETCH(Positions, expected);
    QList<Flow> list;
    for (const auto &[from, to] : flows)
        list << flow(from, to);
    const FlowIndex index(list, devices);
    for (int d = 0; d < devices; ++d) {
        QList<int> found;
        for (const int i : index.at(d))
            found << i;
        QCOMPARE(found, expected[d]);
    }
    QVERIFY(index.at(-1).begin() == index.at(-1).end());
    QVERIFY(index.at(devices).begin() == index.at(devices).end());
}

QTEST_APPLESS_MAIN(TestFlowIndex)
#include "tst_flowindex.moc"
