// Derive + validate + checklist on generated plans of 10 to 10,000 device entries, in total and
// part by part (derive alone, findings alone, checklist alone), each the median of many rounds.
// Then one edit, a managed-computer group moved between two zones, analysed in full and from the
// previous analysis (Analysis(previous, plan, edit)), alternating, on 1,000 and 10,000 entries.
// Run: build/bench/bench_model [N | --moves N]   (prints Markdown tables; docs/performance.md)
#include "bench/PlanGenerator.h"
#include "model/Analysis.h"
#include "model/edit/PlanEdit.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

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

struct MoveMedians
{
    double full = 0;
    double incremental = 0;
    bool allIncremental = true;
};

// Moves `id` back and forth between two zones; each round times both ways of analysing the moved
// plan, the first of the two alternating so that neither always runs on a warmer cache.
MoveMedians measureMove(Plan plan, const QString &id, const QStringList &zones, int rounds)
{
    QList<double> full, incremental;
    MoveMedians result;
    Analysis previous(plan);
    for (int i = 0; i < rounds; ++i) {
        Device moved = *plan.device(id);
        moved.zone = zones[i % 2];
        PlanEdit edit;
        edit.changeDevice(plan, moved);
        edit.apply(plan, true);
        const auto timeFull = [&] {
            QElapsedTimer timer;
            timer.start();
            const Analysis analysis(plan);
            full << msSince(timer);
        };
        const auto timeIncremental = [&] {
            QElapsedTimer timer;
            timer.start();
            Analysis analysis(previous, plan, edit);
            incremental << msSince(timer);
            result.allIncremental = result.allIncremental && analysis.wasIncremental();
            previous = std::move(analysis);
        };
        if (i % 2) {
            timeFull();
            timeIncremental();
        } else {
            timeIncremental();
            timeFull();
        }
    }
    result.full = median(full);
    result.incremental = median(incremental);
    return result;
}

void printMoves(const QList<int> &sizes)
{
    std::printf("\n| plan | device entries | flows | moved | full analysis (median) | "
                "incremental (median) | ratio |\n");
    std::printf("|---|---:|---:|---|---:|---:|---:|\n");
    struct Case
    {
        const char *name;
        Plan (*make)(int);
        QString id;
        QStringList zones;
    };
    const QList<Case> cases = {
        {"window benchmark's",
         &PlanGenerator::gatewayGroups,
         QStringLiteral("group-0"),
         {QStringLiteral("internet"), QStringLiteral("lan")}},
        {"hierarchy",
         &PlanGenerator::hierarchy,
         QStringLiteral("d-0-4"),
         {QStringLiteral("internet"), QStringLiteral("lan-0")}},
    };
    for (int n : sizes) {
        for (const Case &c : cases) {
            const Plan plan = c.make(n);
            const MoveMedians m = measureMove(plan, c.id, c.zones, n >= 10000 ? 31 : 101);
            std::printf("| %s | %d | %lld | %s, %s <-> %s | %.3f ms | %.3f ms%s | %.1fx |\n",
                        c.name, int(plan.devices.size()),
                        static_cast<long long>(Analysis(plan).flows().flows.size()),
                        qPrintable(c.id), qPrintable(c.zones[1]), qPrintable(c.zones[0]), m.full,
                        m.incremental, m.allIncremental ? "" : " (fell back)",
                        m.full / m.incremental);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    // With an argument: one size only (for profiling, e.g. under valgrind --tool=callgrind);
    // "--moves N": only the moves, on N entries.
    if (argc > 2 && std::strcmp(argv[1], "--moves") == 0) {
        printMoves({std::atoi(argv[2])});
        return 0;
    }
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
    printMoves(argc > 1 ? sizes : QList<int>{1000, 10000});
    return 0;
}
