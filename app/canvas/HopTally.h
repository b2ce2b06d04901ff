#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <bitset>
#include <optional>
#include <utility>

class Analysis;
class Plan;

// Which pairs of devices the canvas draws an arrow between, and which flow numbers each arrow
// carries: every flow's hops (Route, the one route rule), counted in full for a plan derived from
// scratch and, for an edit re-derived from the last analysis counted, only for the flows it
// changed. Devices get numbers that stay theirs while the canvas shows the plan, so arrows are
// keyed by two integers, and an arrow's numbers are a set of bits compared in one step: a large
// plan has thousands of flows, and strings there cost more than the rest of the update.
class HopTally
{
public:
    // Distinct flow numbers a plan can have; at most one per catalog rule (a test holds the
    // catalog to it).
    static constexpr int MaxNumbers = 256;
    using Numbers = std::bitset<MaxNumbers>;

    static quint64 pairKey(quint32 from, quint32 to) { return (quint64(from) << 32) | to; }
    static quint32 fromOf(quint64 key) { return quint32(key >> 32); }
    static quint32 toOf(quint64 key) { return quint32(key & 0xffffffffu); }

    // The device's number, given on first sight.
    quint32 deviceKey(const QString &id);
    const QString &deviceId(quint32 key) const { return m_ids[key]; }
    // Forgets every device and number (a new plan).
    void clear();

    // What changed for one pair of devices in the last tally: no numbers before, a new arrow;
    // none after, an arrow gone.
    struct Change
    {
        quint64 key = 0;
        Numbers before;
        Numbers after;
    };
    // Counts the hops of every flow of `analysis`: afterwards pairs() holds each pair of
    // devices an arrow joins, with its flow numbers, and changes() the pairs that came, went or
    // changed numbers. When the analysis was re-derived from the last one tallied, only the flows
    // it changed are counted (out and in). Returns false, counting nothing, when the flows are
    // those of the last tally (an edit of names or places): the arrows stay as they are.
    bool tally(const Analysis &analysis);
    const QHash<quint64, Numbers> &pairs() const { return m_pairs; }
    const QList<Change> &changes() const { return m_changes; }
    // Forgets the pairs (the arrows were taken off the canvas).
    void forgetPairs();
    // The numbers as the label shows them, in the order the flows list them.
    QStringList names(const Numbers &numbers) const;

private:
    // The number of each device of `plan`, by position.
    const QList<quint32> &keysOf(const Plan &plan);

    QHash<QString, quint32> m_keys;
    QList<QString> m_ids;
    QList<QString> m_keyedIds; // the ids keysOf() last numbered, and their numbers
    QList<quint32> m_planKeys;
    // Counts every flow (full), or the flows the last edit changed; false when the change does
    // not fit what was counted.
    void tallyAll(const Analysis &analysis);
    bool tallyChange(const Analysis &analysis);
    // The bit of a flow number, given on first sight.
    int bitOf(const QString &number);
    // Adds `delta` hops with `bit` to a pair, keeping its numbers; false when taking away one
    // that was never counted.
    bool count(quint64 key, int bit, int delta);

    QHash<quint64, Numbers> m_pairs;
    // Hops per pair and bit (a pair carries a handful of numbers), and per bit in all: a change
    // takes hops away and adds others, and a number stays on a pair while one of its hops does.
    QHash<quint64, QVarLengthArray<std::pair<int, int>, 4>> m_counts;
    QList<int> m_hopsOfBit;
    QList<Change> m_changes;
    std::optional<quint64> m_generation; // Analysis::flowsGeneration() of the last tally
    // Flow number -> bit and back, kept while the plan is shown; where each number came first in
    // the last tally's flows.
    QHash<QString, int> m_bitOfNumber;
    QStringList m_names;
    QList<int> m_rank;
};
