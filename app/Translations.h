#pragma once

#include <QObject>

class QTranslator;

// The language of the window: installs Qt's own translation (standard dialogs) and Portolan's,
// and switches them live; every widget retranslates on QEvent::LanguageChange.
class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);

    // "en", "ru"; empty follows the system. Returns the language now in effect.
    QString apply(const QString &language);
    QString current() const { return m_current; }

private:
    QTranslator *m_qt;
    QTranslator *m_own;
    QString m_current;
};
