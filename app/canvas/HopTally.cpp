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
}

bool HopTally::tally(const Analysis &analysis)
{
    if (m_generation == analysis.flowsGeneration())
        return false;
    m_generation = analysis.flowsGeneration();
    // The analysis's own plan: the flows' device positions point into it.
    const Plan &plan = analysis.plan();
    const QList<quint32> &keys = keysOf(plan);
    // A rule has one number in a plan: each flow's bit is found by its rule, the number's text
    // hashed once per rule.
    QList<int> bitOfRule;
    QList<bool> ranked(m_names.size(), false);
    int rank = 0;
    m_previous = std::exchange(m_pairs, {});
    m_pairs.reserve(m_previous.size() + 16);
    // A number keeps its bit while the canvas shows the plan, so equal bits are equal labels.
    const auto bitOf = [&](const Flow &f) {
        int bit = m_bitOfNumber.value(f.number, -1);
        if (bit < 0) {
            bit = int(m_names.size());
            m_bitOfNumber.insert(f.number, bit);
            m_names << f.number;
            m_rank << 0;
            ranked << false;
        }
        if (!ranked[bit]) { // where the number came first: a number may have several rules
            ranked[bit] = true;
            m_rank[bit] = rank++;
        }
        return bit;
    };
    bitOfRule.resize(qsizetype(Catalog::flowRules().size()), -1);
    for (const Flow &f : analysis.flows().flows) {
        const bool known = f.rule >= 0 && f.rule < bitOfRule.size();
        int bit = known ? bitOfRule[f.rule] : -1;
        if (bit < 0) {
            bit = bitOf(f);
            if (known)
                bitOfRule[f.rule] = bit;
        }
        if (bit >= MaxNumbers)
            continue; // never: a number per catalog rule at most (tst_canvasroutes holds to it)
        for (const Hop &hop : Route::hops(plan, f))
            m_pairs[pairKey(keys[hop.from], keys[hop.to])].set(size_t(bit));
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
    m_previous.clear();
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
