// Derive + validate + checklist on generated plans of 10 to 10,000 device entries.
// Run: build/bench/bench_model   (prints a Markdown table; see docs/performance.md)
#include "bench/PlanGenerator.h"
#include "model/Analysis.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

double medianMs(const Plan &plan, int rounds, qsizetype *rules)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Analysis analysis(plan);
        const QList<Finding> findings = analysis.findings();
        const QList<ChecklistRow> rows = analysis.checklist();
        times << double(timer.nsecsElapsed()) / 1e6;
        *rules = rows.size() + findings.size() * 0;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    // With an argument: one size only (for profiling, e.g. under valgrind --tool=callgrind).
    const QList<int> sizes =
        argc > 1 ? QList<int>{std::atoi(argv[1])} : QList<int>{10, 100, 1000, 10000};
    std::printf(
        "| device entries | flows | checklist rows | derive + validate + checklist (median) |\n");
    std::printf("|---:|---:|---:|---:|\n");
    for (int n : sizes) {
        const Plan plan = PlanGenerator::hierarchy(n);
        qsizetype rules = 0;
        const double ms = medianMs(plan, n >= 10000 ? 11 : 31, &rules);
        std::printf("| %d | %lld | %lld | %.2f ms |\n", int(plan.devices.size()),
                    static_cast<long long>(Analysis(plan).flows().flows.size()),
                    static_cast<long long>(rules), ms);
    }
    return 0;
}
