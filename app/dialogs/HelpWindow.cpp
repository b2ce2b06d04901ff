#include "app/dialogs/HelpWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
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
    setWindowTitle(tr("Portolan User Guide"));
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guidePath(language)));
    show();
    raise();
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
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_browser->setHtml(shortcutsHtml(actions));
    show();
    raise();
}
