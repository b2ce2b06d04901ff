#pragma once

#include <QString>

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
        Invalid, // anything else: ranges, lists, typos — never passed on to a firewall or a socket
    };

    static Kind kind(const QString &address);
    static bool isLiteral(Kind kind) { return kind == Kind::Ipv4 || kind == Kind::Ipv6; }

private:
    static bool isIpv4(const QString &text);
    static bool isIpv6(const QString &text);
    static bool isHostName(const QString &text);
};
