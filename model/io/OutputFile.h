#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Writes every output and every save. A regular file (or a missing one) is replaced atomically
// through QSaveFile: the old file stays whole unless the new one is completely written. Anything
// else that exists (a FIFO, a character device such as /dev/null or /dev/stdout) is written to
// plainly and never renamed over or replaced. "-" is standard output.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // `inputs` are the files the output is made from: writing over one of them is refused, since
    // it would destroy the plan the user meant to read.
    static bool write(const QString &path, const QByteArray &data, QString *error,
                      const QStringList &inputs = {});
    // True when `path` names an existing file that is not a regular file (or a link to one).
    static bool isSpecial(const QString &path);
};
