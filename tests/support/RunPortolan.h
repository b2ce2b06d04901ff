#pragma once

// Runs the real `portolan` program (PORTOLAN_BINARY, set by portolan_add_binary_test) the way a
// user or a script does: every test of the command line goes through this one helper.
#include <QByteArray>
#include <QEventLoop>
#include <QProcess>
#include <QStringList>
#include <QTimer>

struct PortolanRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

enum class PortolanDisplay
{
    Inherited, // the test's environment as it is
    None,      // no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: as in CI and over ssh
};

// Waits with an event loop turning, not blocked: servers that live in the test's own thread
// (the probe's loopback listeners) go on answering while the program runs.
inline PortolanRun runPortolan(const QStringList &arguments, const QByteArray &input = QByteArray(),
                               PortolanDisplay display = PortolanDisplay::Inherited,
                               int timeoutMs = 120000)
{
    QProcess process;
    if (display == PortolanDisplay::None) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QLatin1String(name));
        process.setProcessEnvironment(environment);
    }
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(PORTOLAN_BINARY), arguments);
    if (process.waitForStarted()) {
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (process.state() != QProcess::NotRunning)
            loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}
