#pragma once

#include "model/io/Limits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Reads a whole input file, pipe, FIFO or device with bounded memory and time: at most maxBytes
// (one more byte means "too large", whatever size the file claims: /dev/zero and pipes claim 0),
// and a source that sends nothing for idleTimeoutMs (a FIFO nobody writes to) is given up on.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    static std::optional<QByteArray> read(const QString &path, QString *error,
                                          qint64 maxBytes = Limits::MaxPlanBytes,
                                          int idleTimeoutMs = Limits::ReadIdleTimeoutMs);
};
