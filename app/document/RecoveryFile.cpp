#include "app/document/RecoveryFile.h"

#include "model/io/OutputFile.h"
#include "model/io/PlanFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace {

const QLatin1String kPrefix("recovery-");
const QLatin1String kSuffix(".json");

QString folderOrDefault(const QString &folder)
{
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : folder;
}

// recovery-<uuid>.json -> recovery-<uuid><extension>
QString sibling(const QString &path, const QString &extension)
{
    return path.chopped(kSuffix.size()) + extension;
}

} // namespace

RecoveryFile::RecoveryFile(const QString &folder)
{
    const QString dir = folderOrDefault(folder);
    QDir().mkpath(dir);
    setPath(
        QDir(dir).filePath(kPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces) + kSuffix));
    lock(); // a fresh name: nobody else holds it
}

RecoveryFile::RecoveryFile(Existing, const QString &path)
{
    setPath(path);
}

RecoveryFile::RecoveryFile(RecoveryFile &&other) noexcept = default;
RecoveryFile &RecoveryFile::operator=(RecoveryFile &&other) noexcept = default;
RecoveryFile::~RecoveryFile() = default;

void RecoveryFile::setPath(const QString &path)
{
    m_path = path;
    m_originPath = sibling(path, QStringLiteral(".origin"));
}

bool RecoveryFile::lock()
{
    m_lock = std::make_unique<QLockFile>(sibling(m_path, QStringLiteral(".lock")));
    // Only a dead owner makes a lock stale: a running instance may hold its lock for days.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    m_lock.reset();
    return false;
}

QStringList RecoveryFile::orphans(const QString &folder)
{
    const QDir dir(folderOrDefault(folder));
    QStringList found;
    const QStringList names =
        dir.entryList({kPrefix + QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Time);
    for (const QString &name : names) {
        QLockFile probe(sibling(dir.filePath(name), QStringLiteral(".lock")));
        probe.setStaleLockTime(0);
        if (probe.tryLock(0)) // free or left by a dead process; released at once
            found << dir.filePath(name);
    }
    return found;
}

std::optional<RecoveryFile> RecoveryFile::claim(const QString &path)
{
    RecoveryFile file(Existing{}, path);
    if (!file.lock() || !file.exists())
        return std::nullopt;
    return file;
}

bool RecoveryFile::exists() const
{
    return QFile::exists(m_path);
}

bool RecoveryFile::write(const Plan &plan, const QString &originalPath, QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return OutputFile::write(m_originPath, originalPath.toUtf8(), error) &&
           PlanFile::save(plan, m_path, error);
}

std::optional<Plan> RecoveryFile::read(QString *originalPath, QString *error) const
{
    QFile origin(m_originPath);
    if (originalPath)
        *originalPath =
            origin.open(QIODevice::ReadOnly) ? QString::fromUtf8(origin.readAll()) : QString();
    PlanError planError;
    std::optional<Plan> plan = PlanFile::load(m_path, &planError);
    if (!plan && error)
        *error = planError.toString();
    return plan;
}

void RecoveryFile::remove() const
{
    QFile::remove(m_path);
    QFile::remove(m_originPath);
}

QString RecoveryFile::setAside() const
{
    QString aside = m_path + QStringLiteral(".unreadable");
    for (int n = 2; QFile::exists(aside); ++n)
        aside = m_path + QStringLiteral(".unreadable.") + QString::number(n);
    if (!QFile::rename(m_path, aside))
        return QString();
    QFile::remove(m_originPath);
    return aside;
}
