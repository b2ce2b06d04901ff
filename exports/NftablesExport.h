#pragma once

#include "model/Checklist.h"
#include "model/PlanAddress.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

// The checklist as an nftables ruleset (`nft -f FILE`): one table `inet portolan` with a forward
// chain that accepts exactly the checklist's connections. Devices with an IP literal in the plan
// are matched by it, a group given as subnets by a named set holding its prefixes; every other
// device (no address, a host name, an unusable address) by a named set per address family, left
// empty for the firewall team to fill in.
class NftablesExport
{
public:
    static constexpr int MaxCommentBytes = 128; // nft refuses longer comments
    static constexpr int MaxIdentifierLength = 48;

    static QByteArray write(const Plan &plan, const QList<ChecklistRow> &rows,
                            const Texts &texts = Texts());

    // `text` reduced to an nft identifier: [a-z][a-z0-9_]*, never empty.
    static QString identifier(const QString &text);
    // `text` as a quoted nft comment: no quotes, one line, at most MaxCommentBytes of UTF-8.
    static QString comment(const QString &text);

private:
    enum Family
    {
        V4,
        V6
    };
    struct Match
    {
        QString v4; // "10.0.0.5", "@office_computers_v4", or empty when the family cannot match
        QString v6;
    };
    struct NamedSet
    {
        QString name;
        Family family;
        QString note;
        QStringList elements; // a group's subnets; empty: left for the firewall team to fill
    };

    NftablesExport(const Plan &plan, const Texts &texts);

    Match matchFor(const QString &deviceId);
    QString setStem(const Device &device);
    QString setNote(const Device &device, PlanAddress::Kind kind) const;
    QStringList ruleLines(const ChecklistRow &row);
    QString setsText() const;
    QString text(const char *source) const; // not tr(): lupdate would skip what it wraps

    const Plan &m_plan;
    const Texts &m_texts;
    QHash<QString, Match> m_matches; // by device id
    QHash<QString, QString> m_stems; // by device id
    QSet<QString> m_usedStems;
    QList<NamedSet> m_sets;     // in order of first use
    QSet<QString> m_referenced; // set names some rule uses
};
