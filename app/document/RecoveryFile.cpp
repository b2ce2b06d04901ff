#include "app/document/RecoveryFile.h"

#include "model/io/PlanFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

RecoveryFile::RecoveryFile(const QString &folder)
{
    const QString dir = folder.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : folder;
    m_path = QDir(dir).filePath(QStringLiteral("recovery.portolan.json"));
    m_originPath = QDir(dir).filePath(QStringLiteral("recovery.origin"));
}

bool RecoveryFile::exists() const
{
    return QFile::exists(m_path);
}

bool RecoveryFile::write(const Plan &plan, const QString &originalPath, QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return writeFileAtomically(m_originPath, originalPath.toUtf8(), error) &&
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
