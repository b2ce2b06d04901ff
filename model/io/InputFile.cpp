#include "model/io/InputFile.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

std::optional<QByteArray> InputFile::read(const QString &path, QString *error, qint64 maxBytes,
                                          int idleTimeoutMs)
{
    auto fail = [&](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (QFileInfo(path).isDir())
        return fail(tr("is a folder, not a plan file"));
    // Non-blocking: opening a FIFO with no writer must not wait forever; poll() waits instead.
    const Descriptor fd(
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return fail(tr("cannot open: %1").arg(systemError(errno)));
    const qint64 claimed = QFileInfo(path).size();
    if (claimed > maxBytes)
        return fail(tr("the file is %1 MB; plan files are limited to %2 MB")
                        .arg(megabytes(claimed), megabytes(maxBytes)));
    QByteArray data;
    char buffer[64 * 1024];
    while (data.size() <= maxBytes) {
        pollfd waiting{fd.get(), POLLIN, 0};
        const int ready = ::poll(&waiting, 1, idleTimeoutMs);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return fail(tr("cannot read: %1").arg(systemError(errno)));
        if (ready == 0)
            return fail(tr("nothing arrived for %1 seconds; gave up reading (a pipe or FIFO "
                           "nobody writes to?)")
                            .arg(idleTimeoutMs / 1000.0));
        const qint64 wanted = qMin<qint64>(qint64(sizeof buffer), maxBytes + 1 - data.size());
        const ssize_t got = ::read(fd.get(), buffer, size_t(wanted));
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (got < 0)
            return fail(tr("cannot read: %1").arg(systemError(errno)));
        if (got == 0)
            return data;
        data.append(buffer, qsizetype(got));
    }
    return fail(tr("more than %1 MB; plan files are limited to %1 MB").arg(megabytes(maxBytes)));
}
