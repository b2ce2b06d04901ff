#pragma once

#include "model/Plan.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QLockFile;

// The autosaved copy of one window's unsaved work, in the application's data folder: written
// while the plan has unsaved changes, removed when the work is saved or deliberately discarded.
// Each window has its own file (recovery-<uuid>.json), locked with a QLockFile while the window
// lives, so that several running instances never offer, overwrite or remove each other's copies.
// A copy whose lock is free at start-up was left by a session that ended without saving or
// discarding: a crash.
class RecoveryFile
{
public:
    // A new, empty recovery file of this window, locked. `folder` empty: AppDataLocation.
    explicit RecoveryFile(const QString &folder = QString());
    RecoveryFile(RecoveryFile &&other) noexcept;
    RecoveryFile &operator=(RecoveryFile &&other) noexcept;
    ~RecoveryFile(); // releases the lock, leaves the copy (a crash leaves it the same way)

    // The copies in `folder` that no running instance holds, newest first.
    static QStringList orphans(const QString &folder = QString());
    // Takes over the orphan at `path` (locks it): null when another instance was faster.
    static std::optional<RecoveryFile> claim(const QString &path);

    QString path() const { return m_path; }
    bool exists() const;
    bool write(const Plan &plan, const QString &originalPath, QString *error) const;
    std::optional<Plan> read(QString *originalPath, QString *error) const;
    void remove() const;
    // Moves an unreadable copy aside (suffix .unreadable) instead of deleting what may still be
    // rescued by hand; the new path, empty when it could not be moved.
    QString setAside() const;

private:
    struct Existing
    {
    };
    RecoveryFile(Existing, const QString &path); // not locked yet
    bool lock();                                 // false when a running instance holds the lock
    void setPath(const QString &path);

    QString m_path;
    QString m_originPath; // a small text file naming the plan file the work belongs to
    std::unique_ptr<QLockFile> m_lock;
};
