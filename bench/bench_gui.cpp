// Desktop planner benchmark (not part of ctest): a plan with 1,000 device entries stays smooth,
// and the window starts fast. Rerun: build/bench/bench_gui [--platform offscreen|xcb]
// (`--write-plan FILE` writes the 1,000-entry plan and exits.)
//
//  - move: one device moved to another zone as the canvas commits a drag (one undo command),
//    with re-derivation of flows, re-validation, the checklist, the scene update and a
//    synchronous repaint of the canvas; median and worst of 60 moves, target 16 ms (one frame).
//  - start-up: from before QApplication to a painted main window with the reference plan.

#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/canvas/CanvasView.h"
#include "app/document/DocumentController.h"
#include "app/document/PlanDocument.h"
#include "model/Analysis.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int DeviceEntries = 1000;
constexpr int Moves = 60;

// The reference plan, grown to 1,000 device entries: managed computers and mobiles spread over
// the LAN and the Internet in a grid, as a large customer's plan would be drawn.
Plan largePlan()
{
    Plan plan = *Templates::load(QStringLiteral("gateway"));
    const int columns = 25;
    const int extra = DeviceEntries - int(plan.devices.size());
    const int rows = (extra / 2 + columns - 1) / columns;
    for (Zone &z : plan.zones) {
        if (z.kind != Catalog::ZoneKind::Dmz)
            z.geometry.setHeight(600 + rows * 70);
    }
    Zone &lan = *plan.zone(QStringLiteral("lan"));
    Zone &internet = *plan.zone(QStringLiteral("internet"));
    lan.geometry.setWidth(columns * 160 + 40);
    plan.zone(QStringLiteral("dmz"))->geometry.moveLeft(lan.geometry.right() + 40);
    internet.geometry.moveLeft(plan.zone(QStringLiteral("dmz"))->geometry.right() + 40);
    internet.geometry.setWidth(columns * 160 + 40);
    for (Device &d : plan.devices) {
        if (d.zone == QStringLiteral("internet"))
            d.position.rx() += internet.geometry.left() - 840;
        else if (d.zone == QStringLiteral("dmz"))
            d.position.rx() += plan.zone(QStringLiteral("dmz"))->geometry.left() - 560;
    }
    for (int i = 0; i < extra; ++i) {
        const bool inLan = i % 2 == 0;
        const Zone &zone = inLan ? lan : internet;
        Device d;
        d.id = QStringLiteral("group-%1").arg(i);
        d.role = inLan || i % 3 ? Catalog::Role::ManagedComputer : Catalog::Role::AndroidDevice;
        d.name = QStringLiteral("Group %1").arg(i);
        d.zone = zone.id;
        d.count = 20;
        const int slot = i / 2;
        d.position = zone.geometry.topLeft() +
                     QPointF(20 + (slot % columns) * 160, 600 + (slot / columns) * 70);
        plan.devices << d;
    }
    return plan;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

void benchMoves(MainWindow &window, const char *zoom)
{
    PlanDocument *doc = window.document();
    const Plan &plan = doc->plan();
    QList<double> total;
    QList<double> derive;
    QList<double> deriveOnly;
    QList<double> checklist;
    QList<double> repaint;
    for (int i = 0; i < Moves; ++i) {
        Device moved = *plan.device(QStringLiteral("group-%1").arg(2 * i));
        const QString target = i % 2 ? QStringLiteral("lan") : QStringLiteral("internet");
        moved.zone = target;
        moved.position = plan.zone(target)->geometry.topLeft() + QPointF(40 + i * 4, 400);
        PlanEdit edit;
        edit.changeDevice(plan, moved);

        QElapsedTimer timer;
        timer.start();
        doc->edit(edit, QStringLiteral("Move"));
        const double edited = timer.nsecsElapsed() / 1e6;
        window.view()->viewport()->repaint();
        total << timer.nsecsElapsed() / 1e6;
        repaint << total.last() - edited;

        timer.restart();
        const Analysis analysis(plan);
        deriveOnly << timer.nsecsElapsed() / 1e6;
        analysis.findings();
        derive << timer.nsecsElapsed() / 1e6;
        timer.restart();
        analysis.checklist();
        checklist << timer.nsecsElapsed() / 1e6;
    }
    std::printf("plan: %lld device entries, %lld flows, %lld checklist rules, %lld findings\n",
                static_cast<long long>(plan.devices.size()),
                static_cast<long long>(doc->flows().flows.size()),
                static_cast<long long>(doc->checklist().size()),
                static_cast<long long>(doc->findings().size()));
    std::printf(
        "move at %s (edit + derive + validate + scene + repaint; checklist page hidden): median "
        "%.1f ms, worst %.1f ms over %d moves (target 16 ms)\n",
        zoom, median(total), *std::max_element(total.begin(), total.end()), Moves);
    std::printf("  of which the repaint of the canvas: median %.1f ms\n", median(repaint));
    std::printf("  model alone: derive %.1f ms, derive + validate %.1f ms, checklist %.1f ms "
                "(medians)\n",
                median(deriveOnly), median(derive), median(checklist));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    // `--write-plan FILE` only writes the large plan (to compare outputs across versions).
    if (const qsizetype i = QCoreApplication::arguments().indexOf(QStringLiteral("--write-plan"));
        i > 0) {
        QString error;
        return PlanFile::save(largePlan(), QCoreApplication::arguments().value(i + 1), &error) ? 0
                                                                                               : 1;
    }
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("bench.ini")));
    {
        MainWindow window(&settings, dir.filePath(QStringLiteral("recovery")));
        window.files()->start(QString()); // first start: the reference plan
        window.resize(1440, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        window.repaint();
        QCoreApplication::processEvents();
        std::printf("start-up to a painted window with the reference plan: %.0f ms (platform %s)\n",
                    startup.nsecsElapsed() / 1e6, qPrintable(QGuiApplication::platformName()));
    }
    MainWindow window(&settings, dir.filePath(QStringLiteral("recovery")));
    const QString path = dir.filePath(QStringLiteral("large.json"));
    QString error;
    if (!PlanFile::save(largePlan(), path, &error))
        return 1;
    QElapsedTimer open;
    open.start();
    window.files()->start(path);
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.view()->zoomToFit();
    window.repaint();
    std::printf("opening the 1,000-entry plan to a painted window: %.0f ms\n",
                open.nsecsElapsed() / 1e6);
    benchMoves(window, "fit (whole plan)");
    window.view()->zoomActualSize();
    window.view()->centerOn(
        window.document()->plan().zone(QStringLiteral("lan"))->geometry.center());
    benchMoves(window, "100 %");
    return 0;
}
