// The canvas's grid of arrow labels: a repaint finds there the labels in the strips it redraws,
// so a label must be found where it stands now, once, and never where it stood before.

#include "app/canvas/LabelGrid.h"

#include <QTest>

#include <algorithm>

class TestLabelGrid : public QObject
{
    Q_OBJECT

private slots:
    void findsLabelsWhereTheyStand_data();
    void findsLabelsWhereTheyStand();
    void givesUpOnAreasLargerThanAScan();
};

namespace {

// Owners are only compared: any distinct addresses do.
const int Owners[3] = {};
const void *owner(int i)
{
    return &Owners[i];
}

QList<int> found(const LabelGrid &grid, const QList<QRectF> &areas)
{
    QList<const void *> owners;
    if (!grid.find(areas, 1000000, &owners))
        return {-1};
    QList<int> indexes;
    for (const void *o : owners)
        indexes << int(static_cast<const int *>(o) - Owners);
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

} // namespace

using Steps = std::function<void(LabelGrid &)>;
Q_DECLARE_METATYPE(Steps)

void TestLabelGrid::findsLabelsWhereTheyStand_data()
{
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<QList<QRectF>>("areas");
    QTest::addColumn<QList<int>>("expected");
    const QRectF here(10, 10, 40, 16);
    const QRectF there(500, 300, 40, 16);
    QTest::newRow("filed, found where it stands")
        << Steps([=](LabelGrid &g) { g.file(owner(0), here); }) << QList<QRectF>{{0, 0, 30, 30}}
        << QList<int>{0};
    QTest::newRow("filed, not found elsewhere")
        << Steps([=](LabelGrid &g) { g.file(owner(0), here); }) << QList<QRectF>{{200, 200, 30, 30}}
        << QList<int>{};
    QTest::newRow("moved: found where it went") << Steps([=](LabelGrid &g) {
        g.file(owner(0), here);
        g.file(owner(0), there);
    }) << QList<QRectF>{{490, 290, 20, 20}} << QList<int>{0};
    QTest::newRow("moved: not found where it was") << Steps([=](LabelGrid &g) {
        g.file(owner(0), here);
        g.file(owner(0), there);
    }) << QList<QRectF>{{0, 0, 30, 30}} << QList<int>{};
    QTest::newRow("in the cell, beside the area")
        << Steps([=](LabelGrid &g) { g.file(owner(0), here); }) << QList<QRectF>{{52, 0, 8, 8}}
        << QList<int>{};
    QTest::newRow("across several cells and areas, once") << Steps([=](LabelGrid &g) {
        g.file(owner(0), QRectF(50, 50, 200, 20));
        g.file(owner(1), there);
    }) << QList<QRectF>{{40, 40, 30, 30}, {200, 40, 30, 30}, {495, 295, 10, 10}}
                                                          << QList<int>{0, 1};
    QTest::newRow("removed") << Steps([=](LabelGrid &g) {
        g.file(owner(0), here);
        g.file(owner(1), here);
        g.remove(owner(0));
    }) << QList<QRectF>{{0, 0, 30, 30}}
                             << QList<int>{1};
}

void TestLabelGrid::findsLabelsWhereTheyStand()
{
    QFETCH(Steps, steps);
    QFETCH(QList<QRectF>, areas);
    QFETCH(QList<int>, expected);
    LabelGrid grid;
    steps(grid);
    QCOMPARE(found(grid, areas), expected);
}

void TestLabelGrid::givesUpOnAreasLargerThanAScan()
{
    LabelGrid grid;
    grid.file(owner(0), QRectF(10, 10, 40, 16));
    QList<const void *> owners;
    // A screenful at a zoom where labels still show spans thousands of cells.
    QVERIFY(!grid.find({QRectF(0, 0, 4000, 2500)}, 100, &owners));
    QVERIFY(grid.find({QRectF(0, 0, 100, 100)}, 100, &owners));
    QCOMPARE(owners.size(), 1);
}

QTEST_APPLESS_MAIN(TestLabelGrid)
#include "tst_labelgrid.moc"
