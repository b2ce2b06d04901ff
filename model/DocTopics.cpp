#include "model/DocTopics.h"

#include <QHash>

namespace {
// Help topics of KSC 15.1 (the same numbers in every language of the help).
const char *const kPorts = "158830";        // ports used by Kaspersky Security Center
const char *const kGateway = "204420";      // connection gateway
const char *const kGatewayDmz = "183058";   // scheme: devices on the Internet via a gateway
const char *const kReverseProxy = "183056"; // scheme: the server published by a reverse proxy
const char *const kPushServer = "219573";   // push server
const char *const kDistribution = "155206"; // distribution point as a connection gateway
const char *const kSchemes = "183039";      // list of typical deployment schemes
const char *const kKsn = "89312";           // access to KSN, the KSN proxy
} // namespace

namespace DocTopics {

QString forFlow(const QString &number)
{
    // Flows 1 to 17 are numbered as on the gateway scheme's figure, which explains each; the
    // distribution point's own flows have their pages; anything else is in the port reference.
    if (number == QLatin1String("D1"))
        return QLatin1String(kDistribution);
    if (number == QLatin1String("D2"))
        return QLatin1String(kPushServer);
    if (number == QLatin1String("K1"))
        return QLatin1String(kKsn);
    bool numeric = false;
    const int n = QString(number).remove(QLatin1Char('a')).toInt(&numeric);
    return QLatin1String(numeric && n >= 1 && n <= 17 ? kGatewayDmz : kPorts);
}

QString forFinding(const QString &code)
{
    static const QHash<QString, const char *> topics = {
        {QStringLiteral("no-path-to-server"), kGatewayDmz},
        {QStringLiteral("gateway-outside-dmz"), kGatewayDmz},
        {QStringLiteral("gateway-unreachable"), kGateway},
        {QStringLiteral("gateway-chain"), kGateway},
        {QStringLiteral("gateway-overloaded"), kGateway},
        {QStringLiteral("dmz-opens-into-lan"), kGatewayDmz},
        {QStringLiteral("server-exposed"), kReverseProxy},
        {QStringLiteral("web-console-exposed"), kReverseProxy},
        {QStringLiteral("management-port-exposed"), kPorts},
        {QStringLiteral("database-exposed"), kPorts},
        {QStringLiteral("legacy-agent-port"), kPorts},
        {QStringLiteral("push-server-overloaded"), kPushServer},
        {QStringLiteral("ios-without-mdm"), kGatewayDmz},
        {QStringLiteral("ios-mdm-unreachable"), kGatewayDmz},
        {QStringLiteral("android-without-fcm"), kPorts},
        {QStringLiteral("ios-without-apns"), kPorts},
        {QStringLiteral("host-in-other-zone"), kDistribution},
        {QStringLiteral("ksn-proxy-offline"), kKsn},
    };
    return QLatin1String(topics.value(code, kSchemes));
}

QUrl url(const QString &topic, const QString &language)
{
    const QString locale =
        language == QLatin1String("ru") ? QStringLiteral("ru-RU") : QStringLiteral("en-US");
    return QUrl(
        QStringLiteral("https://support.kaspersky.com/KSC/15.1/%1/%2.htm").arg(locale, topic));
}

} // namespace DocTopics
