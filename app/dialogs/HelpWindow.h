#pragma once

#include <QDialog>
#include <QPointer>

class QAction;
class QTextBrowser;

// Help ▸ User Guide and Help ▸ Keyboard Shortcuts: the guide shipped inside the program (one HTML
// file per language, resources/help) and the window's shortcuts, listed from its actions so the
// list cannot drift from what the keys do. After a language switch the open page, its title and
// buttons follow the new language.
class HelpWindow : public QDialog
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);
    // The one help window of a main window, made when first asked for.
    static HelpWindow *of(QWidget *owner);

    QTextBrowser *browser() const { return m_browser; }
    void showGuide(const QString &language);
    void showShortcuts(const QList<QAction *> &actions);

    // ":/help/guide.<language>.html", English for a language without a guide.
    static QString guidePath(const QString &language);
    // A table of every action with a shortcut: its menu text and its keys, as the platform
    // writes them.
    static QString shortcutsHtml(const QList<QAction *> &actions);
    // The window's language as the installed translation says: "ru" or "en".
    static QString currentLanguage();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Page
    {
        None,
        Guide,
        Shortcuts
    };

    void retranslateUi();
    void loadGuide(const QString &language);

    QTextBrowser *m_browser;
    Page m_page = Page::None;
    QList<QPointer<QAction>> m_actions; // of the shortcuts page
};
