#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

// The language of one output (a checklist, a diagram, a findings list), independent of the
// language of the window: it translates the model's English source texts through its own
// translator and formats numbers for its locale.
class Texts
{
public:
    Texts();                                           // English
    static Texts forLanguage(const QString &language); // "en" or "ru"; unknown -> English
    static QString systemLanguage();                   // "ru" on a Russian system, else "en"
    static QStringList languages();
    // The compiled translation of a language in the resources the model carries; the window's
    // translator loads the same file.
    static QString translationPath(const QString &language);

    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }

    // Like QCoreApplication::translate; %n is replaced by n formatted for the locale. Not named
    // tr(): lupdate would take its context argument for a message.
    QString text(const char *context, const char *source, qint64 n = -1) const;
    QString number(qint64 value) const;

private:
    QString m_language = QStringLiteral("en");
    QLocale m_locale{QLocale::English, QLocale::UnitedStates};
    std::shared_ptr<const QTranslator> m_translator;
};
