#include "TranslationCatalog.h"

#include <QFile>

QString TranslationCatalog::resourcePath(const QString &language)
{
    return QStringLiteral(":/i18n/portolan_%1.qm").arg(language);
}

bool TranslationCatalog::isAvailable(const QString &language)
{
    return QFile::exists(resourcePath(language));
}
