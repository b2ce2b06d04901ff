#pragma once

#include "model/FixKind.h"

#include <QString>
#include <QStringList>

// A problem or remark about a plan's placement, in the language of the Texts it was made with.
struct Finding
{
    enum class Severity
    {
        Error,
        Warning,
        Info
    };

    Severity severity = Severity::Info;
    QString code;        // stable, e.g. "gateway-outside-dmz"
    QStringList devices; // ids
    QStringList zones;   // ids
    QStringList flows;   // catalog numbers
    QString message;
    QString fix;                       // what to do about it, in words
    FixKind fixAction = FixKind::None; // the repair the desktop program can apply

    static QString severityId(Severity severity);
    bool operator==(const Finding &) const = default;
};
