#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

// A cache from id to position for Plan's lookups, so that exports of large plans stay linear
// instead of scanning the list for every row. Plan's lists are public and edited in place, so
// the cache is checked on every hit and rebuilt when stale; a miss is confirmed by a scan. Copies
// start empty and every index compares equal: it is no part of the plan's value. Lookups lock,
// since a const Plan may be read from two threads at once.
class IdIndex
{
public:
    IdIndex() = default;
    IdIndex(const IdIndex &) {}
    IdIndex &operator=(const IdIndex &)
    {
        const QMutexLocker lock(&m_mutex);
        m_positions.clear();
        m_built = -1;
        return *this;
    }
    bool operator==(const IdIndex &) const { return true; }

    template <typename List> int find(const List &items, const QString &id) const
    {
        const QMutexLocker lock(&m_mutex);
        if (const int i = m_positions.value(id, -1); valid(items, i, id))
            return i;
        if (m_built != items.size() || m_positions.contains(id)) {
            rebuild(items);
            if (const int i = m_positions.value(id, -1); valid(items, i, id))
                return i;
        }
        // Not there, or the cache missed an edit that kept its size: a scan decides.
        for (int i = 0; i < items.size(); ++i) {
            if (items[i].id == id) {
                rebuild(items);
                return i;
            }
        }
        return -1;
    }

private:
    template <typename List> static bool valid(const List &items, int i, const QString &id)
    {
        return i >= 0 && i < items.size() && items[i].id == id;
    }
    template <typename List> void rebuild(const List &items) const
    {
        m_positions.clear();
        m_positions.reserve(items.size());
        m_built = items.size();
        // The first of duplicate ids wins, as a scan would find it.
        for (int i = int(items.size()) - 1; i >= 0; --i)
            m_positions.insert(items[i].id, i);
    }

    mutable QMutex m_mutex;
    mutable QHash<QString, int> m_positions;
    mutable qsizetype m_built = -1; // the list's size when the cache was built
};
