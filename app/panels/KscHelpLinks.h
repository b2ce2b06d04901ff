#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class PlanDocument;
class QMenu;

// The window's links to the Kaspersky Security Center help: the topic of a flow (model/DocTopics)
// on the help site of the window's language, offered wherever flows are listed (a checklist row's
// menu, the selected device's flow list). Pages open in the desktop's browser; tests look instead.
class KscHelpLinks : public QObject
{
    Q_OBJECT

public:
    explicit KscHelpLinks(PlanDocument *document, QObject *parent = nullptr);

    // https://support.kaspersky.com/KSC/15.1/<locale>/<topic>.htm for flow "3", "4a" or "D1".
    QUrl flowUrl(const QString &number) const;
    // "Open KSC Documentation for Flow 3", one item per flow, at the end of `menu`.
    void addFlowActions(QMenu *menu, const QStringList &flows);
    void openFlow(const QString &number);
    void open(const QUrl &url) { m_openUrl(url); }
    void setUrlOpener(std::function<void(const QUrl &)> open) { m_openUrl = std::move(open); }

private:
    PlanDocument *m_document;
    std::function<void(const QUrl &)> m_openUrl;
};
