#include "Translations.h"

#include "Texts.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

Translations::Translations(QObject *parent)
    : QObject(parent), m_qt(new QTranslator(this)), m_own(new QTranslator(this))
{}

QString Translations::apply(const QString &language)
{
    const QString wanted = language.isEmpty() ? Texts::systemLanguage() : language;
    // Reloading an installed translator changes nothing on screen: remove, load, install.
    QCoreApplication::removeTranslator(m_qt);
    QCoreApplication::removeTranslator(m_own);
    m_current = Texts::languages().contains(wanted) ? wanted : QStringLiteral("en");
    if (m_current != QStringLiteral("en")) {
        if (m_qt->load(QStringLiteral("qtbase_") + m_current,
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
        // Absent until the translation of this language is added; English stays then.
        if (m_own->load(QStringLiteral(":/i18n/portolan_") + m_current))
            QCoreApplication::installTranslator(m_own);
    }
    return m_current;
}
