#include "exports/NftablesExport.h"

#include "exports/FirewallExport.h"
#include "model/BoundaryTitles.h"

namespace {

const char *const kContext = "NftablesExport";

QString portsMatch(const ChecklistRow &row)
{
    const QString proto = Catalog::transportId(row.transport);
    if (row.ports.size() == 1)
        return QStringLiteral("%1 dport %2").arg(proto).arg(row.ports.first());
    return QStringLiteral("%1 dport { %2 }").arg(proto, Checklist::portsText(row.ports));
}

} // namespace

NftablesExport::NftablesExport(const Plan &plan, const Texts &texts) : m_plan(plan), m_texts(texts)
{}

QString NftablesExport::text(const char *source) const
{
    return m_texts.text(kContext, source);
}

QString NftablesExport::identifier(const QString &text)
{
    QString id;
    for (QChar c : text.toLower()) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            id += c;
        else if (!id.isEmpty() && !id.endsWith(u'_'))
            id += u'_';
    }
    while (id.endsWith(u'_'))
        id.chop(1);
    id.truncate(MaxIdentifierLength);
    if (id.isEmpty() || !id.front().isLetter())
        id.prepend(QStringLiteral("d_"));
    return id == QStringLiteral("d_") ? QStringLiteral("device") : id;
}

QString NftablesExport::comment(const QString &text)
{
    // nft comments are double-quoted strings with no escape for a quote, limited in bytes.
    QString clean = FirewallExport::oneLine(text);
    clean.replace(u'"', u'\'');
    // Cut once, at the last whole character within the limit: chopping a character at a time
    // and re-encoding made a long name (a merged rule lists many) cost its length squared.
    QByteArray utf8 = clean.toUtf8();
    if (utf8.size() > MaxCommentBytes) {
        qsizetype cut = MaxCommentBytes;
        while (cut > 0 && (uchar(utf8[cut]) & 0xC0) == 0x80) // inside a multi-byte character
            --cut;
        utf8.truncate(cut);
        clean = QString::fromUtf8(utf8);
    }
    return QLatin1Char('"') + clean + QLatin1Char('"');
}

QString NftablesExport::setStem(const Device &device)
{
    if (const auto it = m_stems.constFind(device.id); it != m_stems.constEnd())
        return it.value();
    // Readable names when the device's name has Latin letters, its id otherwise; the family
    // suffix (_v4, _v6) keeps a stem such as "tcp" from reading as an nft keyword.
    QString stem = identifier(device.name);
    if (stem == QStringLiteral("device") || stem.startsWith(QStringLiteral("d_")))
        stem = identifier(device.id);
    QString unique = stem;
    for (int n = 2; m_usedStems.contains(unique); ++n)
        unique = stem + QLatin1Char('_') + QString::number(n);
    m_usedStems.insert(unique);
    m_stems.insert(device.id, unique);
    return unique;
}

QString NftablesExport::setNote(const Device &device, PlanAddress::Kind kind) const
{
    const QString name = FirewallExport::oneLine(device.displayName());
    const QString address = FirewallExport::oneLine(device.address);
    switch (kind) {
    case PlanAddress::Kind::HostName:
        return text(QT_TRANSLATE_NOOP("NftablesExport", "%1: host name %2, add its addresses"))
            .arg(name, address);
    case PlanAddress::Kind::Invalid:
        return text(QT_TRANSLATE_NOOP("NftablesExport", "%1: %2 is not an IP address, add the "
                                                        "addresses"))
            .arg(name, address);
    default:
        break;
    }
    return text(
               QT_TRANSLATE_NOOP("NftablesExport", "%1: no address in the plan, add the addresses"))
        .arg(name);
}

NftablesExport::Match NftablesExport::matchFor(const QString &deviceId)
{
    if (const auto it = m_matches.constFind(deviceId); it != m_matches.constEnd())
        return it.value();
    Device fallback; // a row naming an unknown device still gets a set, named after the id
    fallback.id = deviceId;
    const Device *device = m_plan.device(deviceId);
    const Device &d = device ? *device : fallback;
    const PlanAddress::Kind kind = PlanAddress::kind(d.address);
    Match match;
    if (kind == PlanAddress::Kind::Ipv4) {
        match.v4 = d.address.trimmed();
    } else if (kind == PlanAddress::Kind::Ipv6) {
        match.v6 = d.address.trimmed();
    } else if (kind == PlanAddress::Kind::Subnets) {
        QStringList v4;
        QStringList v6;
        for (const QString &prefix : PlanAddress::prefixes(d.address))
            (PlanAddress::family(prefix) == PlanAddress::Kind::Ipv4 ? v4 : v6) << prefix;
        const QString stem = setStem(d);
        const QString note =
            text(QT_TRANSLATE_NOOP("NftablesExport", "%1: the subnets given in the plan"))
                .arg(FirewallExport::oneLine(d.name.isEmpty() ? d.id : d.name));
        // A family without prefixes stays empty: no rule of that family is written for it.
        if (!v4.isEmpty()) {
            m_sets << NamedSet{stem + QStringLiteral("_v4"), V4, note, v4};
            match.v4 = QLatin1Char('@') + stem + QStringLiteral("_v4");
        }
        if (!v6.isEmpty()) {
            m_sets << NamedSet{stem + QStringLiteral("_v6"), V6, note, v6};
            match.v6 = QLatin1Char('@') + stem + QStringLiteral("_v6");
        }
    } else {
        // nft would resolve a host name once, at load time, and silently keep a stale address:
        // a named set makes the team write the addresses down instead.
        const QString stem = setStem(d);
        const QString note = setNote(d, kind);
        m_sets << NamedSet{stem + QStringLiteral("_v4"), V4, note, {}}
               << NamedSet{stem + QStringLiteral("_v6"), V6, note, {}};
        match.v4 = QLatin1Char('@') + stem + QStringLiteral("_v4");
        match.v6 = QLatin1Char('@') + stem + QStringLiteral("_v6");
    }
    m_matches.insert(deviceId, match);
    return match;
}

QStringList NftablesExport::ruleLines(const ChecklistRow &row)
{
    const QString what = FirewallExport::flowsLabel(row, m_texts);
    const QString from = FirewallExport::deviceName(m_plan, row.from);
    const QString to = FirewallExport::deviceName(m_plan, row.to);
    QStringList lines = {QStringLiteral("# %1: %2 → %3, %4 %5. %6")
                             .arg(what, from, to, Checklist::transportText(row.transport),
                                  Checklist::portsText(row.ports),
                                  FirewallExport::oneLine(row.purpose))};
    const Match src = matchFor(row.from);
    const Match dst = matchFor(row.to);
    const QString ruleComment = comment(what + QStringLiteral(": ") + row.purpose);
    bool any = false;
    for (const auto &[family, s, d] : {std::tuple{QStringLiteral("ip"), src.v4, dst.v4},
                                       std::tuple{QStringLiteral("ip6"), src.v6, dst.v6}}) {
        if (s.isEmpty() || d.isEmpty())
            continue;
        // nft syntax, not translated
        lines << QStringLiteral("%1 saddr %2 %1 daddr %3 %4 counter accept comment %5")
                     .arg(family, s, d, portsMatch(row), ruleComment);
        // Only sets some rule refers to are declared: an unused empty set only confuses.
        for (const QString &end : {s, d}) {
            if (end.startsWith(u'@'))
                m_referenced.insert(end.mid(1));
        }
        any = true;
    }
    if (!any)
        lines << QStringLiteral("# ") +
                     text(QT_TRANSLATE_NOOP("NftablesExport", "Not written: one end has an IPv4 "
                                                              "address, the other an IPv6 "
                                                              "address."));
    return lines;
}

QString NftablesExport::setsText() const
{
    QString out;
    for (const NamedSet &set : m_sets) {
        if (!m_referenced.contains(set.name))
            continue;
        // Overlapping subnets of one group are merged by nft instead of refused.
        const QString elements =
            set.elements.isEmpty()
                ? QString()
                : QStringLiteral("        auto-merge\n        elements = { %1 }\n")
                      .arg(set.elements.join(QStringLiteral(", ")));
        out +=
            QStringLiteral("    set %1 {\n        type %2\n        flags interval\n"
                           "        comment %3\n%4    }\n")
                .arg(set.name,
                     set.family == V4 ? QStringLiteral("ipv4_addr") : QStringLiteral("ipv6_addr"),
                     comment(set.note), elements);
    }
    return out;
}

QByteArray NftablesExport::write(const Plan &plan, const QList<ChecklistRow> &rows,
                                 const Texts &texts)
{
    NftablesExport exporter(plan, texts);
    QString chain;
    QString lastBoundary;
    const BoundaryTitles boundaries(plan, texts);
    for (const ChecklistRow &row : rows) {
        if (const QString key = Checklist::boundaryKey(plan, row); key != lastBoundary) {
            chain += QStringLiteral("\n        # == %1 ==\n")
                         .arg(FirewallExport::oneLine(boundaries.title(row)));
            lastBoundary = key;
        }
        for (const QString &line : exporter.ruleLines(row))
            chain += QStringLiteral("        ") + line + QLatin1Char('\n');
    }
    const QString title = FirewallExport::oneLine(plan.title);
    QString out = QStringLiteral("#!/usr/sbin/nft -f\n# ") +
                  exporter
                      .text(QT_TRANSLATE_NOOP("NftablesExport",
                                              "Portolan: firewall rules for the KSC plan “%1”."))
                      .arg(title) +
                  QStringLiteral("\n# ") +
                  exporter.text(QT_TRANSLATE_NOOP(
                      "NftablesExport",
                      "Made from the port checklist. Fill in the empty sets, review, then set "
                      "the policy to drop.")) +
                  QStringLiteral("\n\n");
    // Declaring then deleting the table makes the file loadable again and again.
    out += QStringLiteral("table inet portolan\ndelete table inet portolan\n\n"
                          "table inet portolan {\n") +
           exporter.setsText() +
           QStringLiteral("\n    chain forward {\n"
                          "        type filter hook forward priority filter; policy accept;\n"
                          "        ct state established,related accept\n") +
           chain + QStringLiteral("    }\n}\n");
    return out.toUtf8();
}
