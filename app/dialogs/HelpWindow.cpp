#include "app/dialogs/HelpWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

HelpWindow::HelpWindow(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("helpWindow"));
    // Links to the KSC help go to the desktop's browser; links inside the guide stay here.
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString HelpWindow::guidePath(const QString &language)
{
    const QString path = QStringLiteral(":/help/guide.%1.html").arg(language);
    return QFile::exists(path) ? path : QStringLiteral(":/help/guide.en.html");
}

HelpWindow *HelpWindow::of(QWidget *owner)
{
    auto *help = owner->findChild<HelpWindow *>();
    return help ? help : new HelpWindow(owner);
}

void HelpWindow::showGuide(const QString &language)
{
    m_page = Page::Guide;
    retranslateUi();
    loadGuide(language);
    show();
    raise();
}

void HelpWindow::loadGuide(const QString &language)
{
    // The place read in the guide stays: the other language's page has the same anchors.
    const QString fragment = m_browser->source().fragment();
    QUrl url(QStringLiteral("qrc") + guidePath(language));
    if (m_browser->source().path().startsWith(QLatin1String(":/help/")))
        url.setFragment(fragment);
    m_browser->setSource(url);
}

QString HelpWindow::currentLanguage()
{
    // The translation installed last sets the default locale (Translations::apply).
    return QLocale().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

void HelpWindow::retranslateUi()
{
    if (m_page == Page::Guide)
        setWindowTitle(tr("Portolan User Guide"));
    else if (m_page == Page::Shortcuts)
        setWindowTitle(tr("Keyboard Shortcuts"));
}

void HelpWindow::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslateUi();
    // After the event has reached every widget: the main window's actions have their new texts
    // by then, whichever window heard of the change first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_page == Page::Guide) {
                loadGuide(currentLanguage());
            } else if (m_page == Page::Shortcuts) {
                QList<QAction *> actions;
                for (const QPointer<QAction> &action : std::as_const(m_actions)) {
                    if (action)
                        actions << action;
                }
                m_browser->setHtml(shortcutsHtml(actions));
            }
        },
        Qt::QueuedConnection);
}

QString HelpWindow::shortcutsHtml(const QList<QAction *> &actions)
{
    QString rows;
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(text.toHtmlEscaped(), keys.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    return QStringLiteral("<h2>%1</h2><table cellpadding=\"4\">%2</table>")
        .arg(tr("Keyboard Shortcuts").toHtmlEscaped(), rows);
}

void HelpWindow::showShortcuts(const QList<QAction *> &actions)
{
    m_page = Page::Shortcuts;
    m_actions.clear();
    for (QAction *action : actions)
        m_actions << action;
    retranslateUi();
    m_browser->setHtml(shortcutsHtml(actions));
    show();
    raise();
}
