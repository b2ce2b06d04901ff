// Derive + validate + checklist on generated plans of 10 to 10,000 device entries, in total and
// part by part (derive alone, findings alone, checklist alone), each the median of many rounds.
// Run: build/bench/bench_model   (prints a Markdown table; see docs/performance.md)
#include "bench/PlanGenerator.h"
#include "model/Analysis.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

struct Medians
{
    double total = 0;
    double derive = 0;
    double findings = 0;
    double checklist = 0;
};

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

Medians measure(const Plan &plan, int rounds, qsizetype *rows)
{
    QList<double> total, derive, findings, checklist;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Analysis analysis(plan);
        derive << msSince(timer);
        QElapsedTimer part;
        part.start();
        const QList<Finding> found = analysis.findings();
        findings << msSince(part);
        part.restart();
        const QList<ChecklistRow> list = analysis.checklist();
        checklist << msSince(part);
        total << msSince(timer);
        *rows = list.size() + found.size() * 0;
    }
    return {median(total), median(derive), median(findings), median(checklist)};
}

} // namespace

int main(int argc, char **argv)
{
    // With an argument: one size only (for profiling, e.g. under valgrind --tool=callgrind).
    const QList<int> sizes =
        argc > 1 ? QList<int>{std::atoi(argv[1])} : QList<int>{10, 100, 1000, 10000};
    std::printf(
        "| device entries | flows | checklist rows | derive + validate + checklist (median) "
        "| derive | findings | checklist |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int n : sizes) {
        const Plan plan = PlanGenerator::hierarchy(n);
        qsizetype rows = 0;
        const Medians m = measure(plan, n >= 10000 ? 11 : 31, &rows);
        std::printf("| %d | %lld | %lld | %.2f ms | %.2f ms | %.2f ms | %.2f ms |\n",
                    int(plan.devices.size()),
                    static_cast<long long>(Analysis(plan).flows().flows.size()),
                    static_cast<long long>(rows), m.total, m.derive, m.findings, m.checklist);
    }
    return 0;
}
