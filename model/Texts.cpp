#include "model/Texts.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

namespace {

// Translators are loaded once per language and shared: outputs are made often (every edit).
std::shared_ptr<const QTranslator> translatorFor(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(language); it != cache.constEnd())
        return it.value();
    auto translator = std::make_shared<QTranslator>();
    std::shared_ptr<const QTranslator> result;
    if (translator->load(Texts::translationPath(language)))
        result = translator;
    cache.insert(language, result);
    return result;
}

} // namespace

QString Texts::translationPath(const QString &language)
{
    return QStringLiteral(":/i18n/portolan_") + language;
}

Texts::Texts() : m_translator(translatorFor(QStringLiteral("en")))
{
    // English needs its translator too: it holds the plural forms of the English sources.
}

Texts Texts::forLanguage(const QString &language)
{
    Texts texts;
    if (language == QStringLiteral("ru")) {
        texts.m_language = language;
        texts.m_locale = QLocale(QLocale::Russian, QLocale::Russia);
        texts.m_translator = translatorFor(language);
    }
    return texts;
}

QString Texts::systemLanguage()
{
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru")
                                                            : QStringLiteral("en");
}

QStringList Texts::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString Texts::text(const char *context, const char *source, qint64 n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, nullptr, int(n));
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), number(n));
    return text;
}

QString Texts::number(qint64 value) const
{
    return m_locale.toString(value);
}
