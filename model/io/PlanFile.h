#pragma once

#include "model/Plan.h"
#include "model/io/Limits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Why a plan could not be read or written, precise enough to fix the file by hand.
struct PlanError
{
    QString file;
    int line = 0;   // 1-based; 0 when not known
    int column = 0; // 1-based; 0 when not known
    QString path;   // JSON path such as devices[3].zone; empty for syntax errors
    QString message;

    QString toString() const;
};

// Reading and writing plan files (format "portolan-plan", version 1).
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)

public:
    static constexpr qint64 MaxFileSize = Limits::MaxPlanBytes;
    static constexpr qint64 MaxCount = Limits::MaxCount;

    // `file` is only used to name the source in errors.
    static std::optional<Plan> parse(const QByteArray &data, const QString &file, PlanError *error);
    static std::optional<Plan> load(const QString &path, PlanError *error);

    static QByteArray serialize(const Plan &plan);
    // Atomic: the old file stays as it was unless the new one is completely written.
    static bool save(const Plan &plan, const QString &path, QString *error);
};
