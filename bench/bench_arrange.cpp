// `portolan arrange` as a whole process (start, load, arrange, write) on the reference plan and
// generated estates of 100 to 10,000 device entries, all without geometry, in one run; also
// the arrangement alone in process, with the engine the size picks and with both engines.
// Run: build/bench/bench_arrange build/portolan   (prints a Markdown table; docs/performance.md)
#include "bench/PlanGenerator.h"
#include "diagrams/Arranger.h"
#include "model/io/PlanFile.h"
#include "model/io/Templates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

Plan pile(Plan plan)
{
    for (Zone &zone : plan.zones)
        zone.geometry = QRectF();
    for (Device &device : plan.devices)
        device.position = QPointF();
    return plan;
}

double msOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

const char *engineName(Arranger::Engine engine)
{
    return engine == Arranger::Engine::Graphviz ? "Graphviz" : "grid";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_arrange PATH/TO/portolan\n");
        return 2;
    }
    const QString portolan = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    QList<std::pair<QString, Plan>> plans = {
        {QStringLiteral("reference plan"), pile(*Templates::load(QStringLiteral("gateway")))}};
    for (int n : {100, 1000, 10000})
        plans.append({QStringLiteral("%1 entries").arg(n), PlanGenerator::hierarchy(n)});
    std::printf(
        "| plan | devices | engine | `portolan arrange` (process) | arrange in process |\n");
    std::printf("|---|---:|---|---:|---:|\n");
    for (const auto &[name, plan] : plans) {
        const QString in = dir.filePath(QStringLiteral("in.json"));
        QFile file(in);
        if (!file.open(QIODevice::WriteOnly) || file.write(PlanFile::serialize(plan)) < 0)
            return 2;
        file.close();
        const double process = msOf([&] {
            QProcess::execute(portolan, {QStringLiteral("arrange"), in, QStringLiteral("-o"),
                                         dir.filePath(QStringLiteral("out.json"))});
        });
        const Arranger::Engine engine = Arranger::engineFor(plan);
        const double inProcess = msOf([&] { Arranger::arrange(plan); });
        std::printf("| %s | %lld | %s | %.0f ms | %.0f ms |\n", qPrintable(name),
                    static_cast<long long>(plan.devices.size()), engineName(engine), process,
                    inProcess);
        std::fflush(stdout);
    }
    // Where the limit between the engines comes from: dot's time as the plan grows.
    std::printf("\n| devices | Graphviz in process | grid in process |\n|---:|---:|---:|\n");
    for (int n : {50, 100, 150, 200, 250}) {
        const Plan plan = PlanGenerator::hierarchy(n);
        const double dot = msOf([&] { Arranger::arrange(plan, Arranger::Engine::Graphviz); });
        const double grid = msOf([&] { Arranger::arrange(plan, Arranger::Engine::Grid); });
        std::printf("| %d | %.0f ms | %.1f ms |\n", n, dot, grid);
        std::fflush(stdout);
    }
    return 0;
}
