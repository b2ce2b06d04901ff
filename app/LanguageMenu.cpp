#include "app/LanguageMenu.h"

#include <QActionGroup>
#include <QEvent>

LanguageMenu::LanguageMenu(Follows follows, const QString &current, QWidget *parent)
    : QMenu(parent), m_follows(follows)
{
    // Each language in its own name, whatever the window speaks.
    const std::pair<QString, QString> choices[] = {
        {QString(), QString()},
        {QStringLiteral("en"), QStringLiteral("English")}, // not translated: native names
        {QStringLiteral("ru"), QStringLiteral("Русский")}, // not translated: native names
    };
    auto *group = new QActionGroup(this);
    for (const auto &[code, name] : choices) {
        QAction *action = addAction(name);
        action->setCheckable(true);
        action->setChecked(current == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { emit chosen(code); });
    }
    m_follow = actions().first();
    retranslateUi();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    m_follow->setText(m_follows == Follows::System ? tr("As the System") : tr("As the Window"));
}
