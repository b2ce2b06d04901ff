#pragma once

#include <QStringList>

// The languages Portolan ships, found from the compiled translations embedded under :/i18n.
class TranslationCatalog
{
public:
    static QString resourcePath(const QString &language); // ":/i18n/portolan_ru.qm"
    static bool isAvailable(const QString &language);
};
