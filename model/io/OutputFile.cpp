#include "model/io/OutputFile.h"

#include "model/io/Limits.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

bool statPath(const QString &path, struct stat *info)
{
    return ::stat(QFile::encodeName(path).constData(), info) == 0;
}

bool sameRegularFile(const QString &a, const QString &b)
{
    struct stat first = {};
    struct stat second = {};
    return statPath(a, &first) && statPath(b, &second) && S_ISREG(first.st_mode) &&
           first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

bool writeAll(int fd, const QByteArray &data, int *code)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *code = errno;
            return false;
        }
        done += n;
    }
    return true;
}

// A FIFO opened for writing waits for a reader; it gets a bounded time to show up.
int openSpecial(const QString &path, int *code)
{
    const QByteArray name = QFile::encodeName(path);
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const int fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (fd >= 0) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            return fd;
        }
        *code = errno;
        if (errno != ENXIO || timer.elapsed() > Limits::ReadIdleTimeoutMs)
            return -1;
        QThread::msleep(50);
    }
}

} // namespace

bool OutputFile::isSpecial(const QString &path)
{
    struct stat info = {};
    return statPath(path, &info) && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode);
}

bool OutputFile::write(const QString &path, const QByteArray &data, QString *error,
                       const QStringList &inputs)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (path == QStringLiteral("-")) {
        const bool ok =
            std::fwrite(data.constData(), 1, size_t(data.size()), stdout) == size_t(data.size()) &&
            std::fflush(stdout) == 0;
        return ok || fail(tr("standard output: %1").arg(systemError(errno)));
    }
    for (const QString &input : inputs) {
        if (sameRegularFile(path, input))
            return fail(
                tr("%1: this is the input plan; write the output to another file").arg(path));
    }
    if (isSpecial(path)) {
        int code = 0;
        const int fd = openSpecial(path, &code);
        if (fd < 0)
            return fail(QStringLiteral("%1: %2").arg(path, systemError(code)));
        const bool written = writeAll(fd, data, &code);
        if (::close(fd) != 0 && written)
            code = errno;
        return (written && code == 0) ||
               fail(QStringLiteral("%1: %2").arg(path, systemError(code)));
    }
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        // QSaveFile reports a full disk as "Unknown error" at times; errno says what happened.
        const int code = errno;
        QString reason = file.errorString();
        // Qt's own placeholder text, compared, not shown: not translated.
        if ((reason.isEmpty() || reason == QStringLiteral("Unknown error")) && code != 0)
            reason = systemError(code);
        return fail(QStringLiteral("%1: %2").arg(path, reason));
    }
    return true;
}
