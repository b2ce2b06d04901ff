#include "model/PlanAddress.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

PlanAddress::Kind PlanAddress::kind(const QString &address)
{
    const QString text = address.trimmed();
    if (text.isEmpty())
        return Kind::None;
    if (isIpv4(text))
        return Kind::Ipv4;
    if (isIpv6(text))
        return Kind::Ipv6;
    if (isHostName(text))
        return Kind::HostName;
    if (!text.contains(QLatin1Char('/')) && !text.contains(QLatin1Char(',')))
        return Kind::Invalid;
    const QStringList items = prefixes(text);
    const bool allValid = std::all_of(items.begin(), items.end(), [](const QString &item) {
        return family(item) != Kind::Invalid;
    });
    return allValid ? Kind::Subnets : Kind::Invalid;
}

QStringList PlanAddress::prefixes(const QString &address)
{
    QStringList items;
    for (const QString &item : address.split(QLatin1Char(',')))
        items << item.trimmed(); // an empty item stays: "10.0.0.0/8," is a typo, not a list
    return items;
}

PlanAddress::Kind PlanAddress::family(const QString &prefix)
{
    const qsizetype slash = prefix.indexOf(QLatin1Char('/'));
    const QString address = slash < 0 ? prefix : prefix.left(slash);
    const Kind kind = isIpv4(address) ? Kind::Ipv4 : isIpv6(address) ? Kind::Ipv6 : Kind::Invalid;
    if (kind == Kind::Invalid || slash < 0)
        return kind;
    const QString length = prefix.mid(slash + 1);
    // Digits only, no sign or leading zero: "/08" and "/+8" are typos.
    if (length.isEmpty() || length.size() > 3 || (length.size() > 1 && length.startsWith(u'0')) ||
        !std::all_of(length.begin(), length.end(),
                     [](QChar c) { return c.isDigit() && c.unicode() < 128; }))
        return Kind::Invalid;
    return length.toInt() <= (kind == Kind::Ipv4 ? 32 : 128) ? kind : Kind::Invalid;
}

bool PlanAddress::isIpv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        // Leading zeros are refused: some parsers read them as octal, others as decimal.
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith(u'0')))
            return false;
        bool ok = false;
        const int value = part.toInt(&ok, 10);
        if (!ok || value > 255 || !std::all_of(part.begin(), part.end(), [](QChar c) {
                return c.isDigit() && c.unicode() < 128;
            }))
            return false;
    }
    return true;
}

bool PlanAddress::isIpv6(const QString &text)
{
    // Brackets belong to URLs, not to firewall rules or sockets: "[::1]" is refused.
    if (!text.contains(QLatin1Char(':')) || text.contains(QLatin1Char('[')))
        return false;
    // QUrl's strict host parser validates IPv6 literals (and refuses zone ids, which no firewall
    // rule can carry anyway).
    QUrl url;
    url.setHost(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

bool PlanAddress::isHostName(const QString &text)
{
    QString name = text;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar c : label) {
            if (c.unicode() >= 128 || !(c.isLetterOrNumber() || c == u'-'))
                return false;
        }
    }
    // An all-numeric last label is a mistyped IPv4 address ("10.0.0.300"), not a name.
    const QString last = labels.last();
    return !std::all_of(last.begin(), last.end(), [](QChar c) { return c.isDigit(); });
}
