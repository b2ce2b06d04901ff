#pragma once

#include "model/Plan.h"

#include <QString>

#include <optional>

// The autosaved copy of unsaved work, in the application's data folder: written while the plan
// has unsaved changes, removed when the work is saved or deliberately discarded. Finding it at
// start-up means the last session ended without either: a crash.
class RecoveryFile
{
public:
    // `folder` empty: QStandardPaths::AppDataLocation.
    explicit RecoveryFile(const QString &folder = QString());

    QString path() const { return m_path; }
    bool exists() const;
    bool write(const Plan &plan, const QString &originalPath, QString *error) const;
    std::optional<Plan> read(QString *originalPath, QString *error) const;
    void remove() const;

private:
    QString m_path;
    QString m_originPath; // a small text file naming the plan file the work belongs to
};
