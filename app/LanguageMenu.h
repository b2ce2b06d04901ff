#pragma once

#include <QMenu>

class QAction;

// A choice of language: first one that follows something else (the system for the window, the
// window for exports and prints), then each language in its own name. The owner sets the title.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    enum class Follows
    {
        System,
        Window
    };

    // `current`: "" (the first choice), "en" or "ru".
    LanguageMenu(Follows follows, const QString &current, QWidget *parent = nullptr);

signals:
    void chosen(const QString &language); // "" for the first choice

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Follows m_follows;
    QAction *m_follow;
};
