#include "app/panels/KscHelpLinks.h"

#include "app/document/PlanDocument.h"
#include "model/DocTopics.h"

#include <QDesktopServices>
#include <QMenu>

KscHelpLinks::KscHelpLinks(PlanDocument *document, QObject *parent)
    : QObject(parent), m_document(document),
      m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{}

QUrl KscHelpLinks::flowUrl(const QString &number) const
{
    return DocTopics::url(DocTopics::forFlow(number), m_document->texts().language());
}

void KscHelpLinks::addFlowActions(QMenu *menu, const QStringList &flows)
{
    if (flows.isEmpty())
        return;
    menu->addSeparator();
    for (const QString &number : flows) {
        QAction *action = menu->addAction(QIcon::fromTheme(QStringLiteral("help-browser")),
                                          tr("Open KSC Documentation for Flow %1").arg(number),
                                          this, [this, number] { openFlow(number); });
        action->setToolTip(flowUrl(number).toString());
    }
}

void KscHelpLinks::openFlow(const QString &number)
{
    m_openUrl(flowUrl(number));
}
