#include "app/Translations.h"

#include "model/Texts.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
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
    if (m_current != QStringLiteral("en") &&
        m_qt->load(QStringLiteral("qtbase_") + m_current,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    // English has a translation too: the plural forms of its own source texts.
    if (m_own->load(Texts::translationPath(m_current)))
        QCoreApplication::installTranslator(m_own);
    // Numbers on screen follow the language: 5 000 in Russian, 5,000 in English.
    QLocale::setDefault(Texts::forLanguage(m_current).locale());
    return m_current;
}
