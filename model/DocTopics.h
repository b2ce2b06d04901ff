#pragma once

#include <QString>
#include <QUrl>

// Where the KSC documentation explains a flow or a finding: a topic number of the Kaspersky
// Security Center help, and the page's address in the reader's language. Numbers come from the
// help pages the catalog was written from (docs/domain.md, "Sources").
namespace DocTopics {
// The topic of a flow rule ("4a"): the port reference, or the page of the component it serves.
QString forFlow(const QString &number);
// The topic of a finding's code ("gateway-outside-dmz").
QString forFinding(const QString &code);
// https://support.kaspersky.com/KSC/15.1/en-US/<topic>.htm, ru-RU for Russian.
QUrl url(const QString &topic, const QString &language);
} // namespace DocTopics
