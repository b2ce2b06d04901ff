// Renders one plan many times with one DiagramRenderer, as the desktop program's diagram worker
// does, and reports the time per render and the resident memory as it goes: a leak shows as
// memory that keeps growing after the first renders.
//   bench_render PLAN [RENDERS] [svg|dot|png]
#include "diagrams/DiagramRenderer.h"
#include "model/io/PlanFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool isCheckpoint(int render, int renders)
{
    return render == 1 || render == 10 || render % 100 == 0 || render == renders;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: bench_render PLAN [RENDERS] [svg|dot|png]\n");
        return 2;
    }
    PlanError error;
    const std::optional<Plan> plan = PlanFile::load(arguments[1], &error);
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 2;
    }
    const int renders = arguments.size() > 2 ? arguments[2].toInt() : 1000;
    const QString formatName = arguments.size() > 3 ? arguments[3] : QStringLiteral("svg");
    const std::optional<DiagramFormat> format =
        diagramFormatFromPath(QStringLiteral("x.") + formatName);
    if (renders < 1 || !format) {
        std::fprintf(stderr, "usage: bench_render PLAN [RENDERS] [svg|dot|png]\n");
        return 2;
    }
    DiagramRenderer renderer;
    const DiagramOptions options;
    QElapsedTimer total;
    total.start();
    QElapsedTimer timer;
    std::printf("render  ms/render  RSS KiB\n");
    for (int render = 1; render <= renders; ++render) {
        timer.start();
        QString message;
        if (!renderer.render(Analysis(*plan), options, *format, &message)) {
            std::fprintf(stderr, "render %d failed: %s\n", render, qPrintable(message));
            return 1;
        }
        if (isCheckpoint(render, renders))
            std::printf("%6d  %9.2f  %7lld\n", render, double(timer.nsecsElapsed()) / 1e6,
                        residentKiB());
    }
    std::printf("mean %.2f ms per render over %d renders\n",
                double(total.nsecsElapsed()) / 1e6 / renders, renders);
    return 0;
}
