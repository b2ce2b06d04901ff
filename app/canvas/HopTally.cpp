#include "app/canvas/HopTally.h"

#include "model/Analysis.h"
#include "model/Route.h"

#include <algorithm>

quint32 HopTally::deviceKey(const QString &id)
{
    const auto it = m_keys.constFind(id);
    if (it != m_keys.constEnd())
        return *it;
    const auto key = quint32(m_ids.size());
    m_keys.insert(id, key);
    m_ids << id;
    return key;
}

void HopTally::clear()
{
    m_keys.clear();
    m_ids.clear();
    m_keyedIds.clear();
    m_planKeys.clear();
    forgetPairs();
    m_bitOfNumber.clear();
    m_names.clear();
    m_rank.clear();
    m_hopsOfBit.clear();
}

bool HopTally::tally(const Analysis &analysis)
{
    if (m_generation == analysis.flowsGeneration())
        return false;
    m_changes.clear();
    if (!tallyChange(analysis))
        tallyAll(analysis);
    m_generation = analysis.flowsGeneration();
    return true;
}

int HopTally::bitOf(const QString &number)
{
    // A number keeps its bit while the canvas shows the plan, so equal bits are equal labels.
    int bit = m_bitOfNumber.value(number, -1);
    if (bit < 0) {
        bit = int(m_names.size());
        m_bitOfNumber.insert(number, bit);
        m_names << number;
        m_rank << 0;
        m_hopsOfBit << 0;
    }
    return bit;
}

bool HopTally::count(quint64 key, int bit, int delta)
{
    auto &numbers = m_counts[key];
    auto it = std::find_if(numbers.begin(), numbers.end(),
                           [&](const std::pair<int, int> &n) { return n.first == bit; });
    if (it == numbers.end()) {
        if (delta < 0)
            return false;
        numbers.append({bit, 0});
        it = numbers.end() - 1;
    }
    m_hopsOfBit[bit] += delta;
    it->second += delta;
    if (it->second > 0) {
        m_pairs[key].set(size_t(bit));
        return true;
    }
    numbers.erase(it);
    const auto pair = m_pairs.find(key);
    if (pair != m_pairs.end() && pair->reset(size_t(bit)).none())
        m_pairs.erase(pair);
    if (numbers.isEmpty())
        m_counts.remove(key);
    return true;
}

void HopTally::tallyAll(const Analysis &analysis)
{
    // The analysis's own plan: the flows' device positions point into it.
    const Plan &plan = analysis.plan();
    const QList<quint32> &keys = keysOf(plan);
    const QHash<quint64, Numbers> before = std::exchange(m_pairs, {});
    m_pairs.reserve(before.size() + 16);
    m_counts.clear();
    m_counts.reserve(before.size() + 16);
    m_hopsOfBit.fill(0);
    // A rule has one number in a plan: each flow's bit is found by its rule, the number's text
    // hashed once per rule. Where a number comes first ranks it (a number may have several
    // rules).
    QList<int> bitOfRule(qsizetype(Catalog::flowRules().size()), -1);
    QList<bool> ranked(m_names.size(), false);
    int rank = 0;
    for (const Flow &f : analysis.flows().flows) {
        const bool known = f.rule >= 0 && f.rule < bitOfRule.size();
        int bit = known ? bitOfRule[f.rule] : -1;
        if (bit < 0) {
            bit = bitOf(f.number);
            ranked.resize(m_names.size(), false);
            if (!ranked[bit]) {
                ranked[bit] = true;
                m_rank[bit] = rank++;
            }
            if (known)
                bitOfRule[f.rule] = bit;
        }
        if (bit >= MaxNumbers)
            continue; // never: a number per catalog rule at most (tst_canvasroutes holds to it)
        for (const Hop &hop : Route::hops(plan, f))
            count(pairKey(keys[hop.from], keys[hop.to]), bit, 1);
    }
    for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it) {
        const auto was = before.constFind(it.key());
        if (was == before.cend() || *was != it.value())
            m_changes << Change{it.key(), was == before.cend() ? Numbers() : *was, it.value()};
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!m_pairs.contains(it.key()))
            m_changes << Change{it.key(), it.value(), Numbers()};
    }
}

bool HopTally::tallyChange(const Analysis &analysis)
{
    const Analysis::FlowChange *change = analysis.flowChange();
    if (!change || m_generation != change->from)
        return false;
    // A number new to the flows would need its place among the others (the label's order): the
    // whole flows tell it.
    for (const Flow &f : change->added) {
        const int bit = m_bitOfNumber.value(f.number, -1);
        if (bit < 0 || bit >= MaxNumbers || m_hopsOfBit[bit] == 0)
            return false;
    }
    const Plan &plan = analysis.plan(); // the same devices in the same places as before
    const QList<quint32> &keys = keysOf(plan);
    QHash<quint64, Numbers> before; // of the pairs touched
    bool fits = true;
    const auto apply = [&](const QList<Flow> &flows, int delta) {
        for (const Flow &f : flows) {
            const int bit = m_bitOfNumber.value(f.number, -1);
            fits = fits && bit >= 0 && bit < MaxNumbers;
            for (const Hop &hop : Route::hops(plan, f)) {
                if (!fits)
                    return;
                const quint64 key = pairKey(keys[hop.from], keys[hop.to]);
                if (!before.contains(key))
                    before.insert(key, m_pairs.value(key));
                fits = count(key, bit, delta);
            }
        }
    };
    apply(change->removed, -1);
    apply(change->added, 1);
    if (!fits) {
        // Never, for a change of the flows counted last; the pairs as they were, then all anew.
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.value().none())
                m_pairs.remove(it.key());
            else
                m_pairs[it.key()] = it.value();
        }
        return false;
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const Numbers now = m_pairs.value(it.key());
        if (now != it.value())
            m_changes << Change{it.key(), it.value(), now};
    }
    return true;
}

const QList<quint32> &HopTally::keysOf(const Plan &plan)
{
    // Most edits keep the devices' ids and order: comparing the ids (their texts mostly shared)
    // costs less than hashing them.
    const bool same = m_keyedIds.size() == plan.devices.size() &&
                      std::equal(m_keyedIds.cbegin(), m_keyedIds.cend(), plan.devices.cbegin(),
                                 [](const QString &id, const Device &d) { return id == d.id; });
    if (!same) {
        m_keyedIds.resize(plan.devices.size());
        m_planKeys.resize(plan.devices.size());
        for (qsizetype i = 0; i < plan.devices.size(); ++i) {
            m_keyedIds[i] = plan.devices[i].id;
            m_planKeys[i] = deviceKey(plan.devices[i].id);
        }
    }
    return m_planKeys;
}

void HopTally::forgetPairs()
{
    m_generation.reset();
    m_pairs.clear();
    m_counts.clear();
    m_hopsOfBit.fill(0);
    m_changes.clear();
}

QStringList HopTally::names(const Numbers &numbers) const
{
    // In the order the flows list them (the catalog's): the same for every derivation.
    QList<std::pair<int, QString>> ranked;
    for (qsizetype bit = 0; bit < m_names.size(); ++bit) {
        if (numbers.test(size_t(bit)))
            ranked.append({m_rank[bit], m_names[bit]});
    }
    std::sort(ranked.begin(), ranked.end());
    QStringList list;
    for (const auto &r : std::as_const(ranked))
        list << r.second;
    return list;
}
