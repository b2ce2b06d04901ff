#pragma once

#include <QStringList>

// What a device's address field holds. Judged with Qt Core only (the model has no Qt Network), so
// that every export and the reachability probe agree on what is a literal, a name or neither.
class PlanAddress
{
public:
    enum class Kind
    {
        None,     // empty: the plan gives no address
        Ipv4,     // dotted quad, no leading zeros
        Ipv6,     // RFC 4291 text form, without a zone id
        HostName, // RFC 1123 host name; resolving it is up to the reader
        // A group's networks: one CIDR prefix ("10.20.0.0/16", "2001:db8::/32") or a
        // comma-separated list of prefixes and addresses. Firewalls take them; the probe cannot.
        Subnets,
        Invalid, // anything else: ranges, typos — never passed on to a firewall or a socket
    };

    static Kind kind(const QString &address);
    static bool isLiteral(Kind kind) { return kind == Kind::Ipv4 || kind == Kind::Ipv6; }
    // The items of a Subnets address, trimmed, in the plan's order ("10.0.0.0/8", "::1").
    static QStringList prefixes(const QString &address);
    // Ipv4 or Ipv6 for one prefix or address ("10.0.0.0/8", "fd00::/8", "10.0.0.1"), else Invalid.
    static Kind family(const QString &prefix);

private:
    static bool isIpv4(const QString &text);
    static bool isIpv6(const QString &text);
    static bool isHostName(const QString &text);
};
