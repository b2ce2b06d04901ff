#pragma once

// One line of text per result of an analysis (a flow with all its fields, a missing path, a
// finding, a checklist row) and a digest of a list of them: what the tests that guard derivation
// compare.
#include "model/Analysis.h"

#include <QCryptographicHash>
#include <QStringList>

namespace AnalysisText {

inline QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(','));
}

inline QString joined(const QList<int> &list)
{
    QStringList parts;
    for (int value : list)
        parts << QString::number(value);
    return joined(parts);
}

inline QString text(const Flow &f)
{
    return QStringList{f.number,
                       QString::number(f.rule),
                       f.from,
                       f.to,
                       Catalog::transportId(f.transport),
                       joined(f.ports),
                       QString::number(f.tls),
                       f.via,
                       QString::number(f.local),
                       f.replaces,
                       QString::number(f.push),
                       QString::number(f.fromIndex),
                       QString::number(f.toIndex),
                       QString::number(f.viaIndex)}
        .join(QLatin1Char('|'));
}

inline QString text(const MissingPath &m)
{
    return QStringList{m.number, m.from, m.to}.join(QLatin1Char('|'));
}

inline QString text(const Finding &f)
{
    return QStringList{Finding::severityId(f.severity),
                       f.code,
                       joined(f.devices),
                       joined(f.zones),
                       joined(f.flows),
                       f.message,
                       f.fix,
                       QString::number(int(f.fixAction))}
        .join(QLatin1Char('|'));
}

inline QString text(const ChecklistRow &r)
{
    return QStringList{r.from,
                       r.to,
                       r.fromZone,
                       r.toZone,
                       Catalog::transportId(r.transport),
                       joined(r.ports),
                       joined(r.flows),
                       r.purpose,
                       QString::number(r.tls),
                       joined(r.alsoFrom),
                       joined(r.alsoTo)}
        .join(QLatin1Char('|'));
}

// "<count>:<sha-256 prefix>": the count tells at a glance whether items came or went.
template <typename T> inline QString digest(const QList<T> &items)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const T &item : items) {
        hash.addData(text(item).toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QStringLiteral("%1:%2")
        .arg(items.size())
        .arg(QString::fromLatin1(hash.result().toHex().left(16)));
}

} // namespace AnalysisText
