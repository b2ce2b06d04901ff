#pragma once

#include <QByteArray>
#include <QHash>

#include <graphviz/cgraph.h>

#include <deque>

// Graphviz's default ids are the addresses of its interned name strings, and a graph's clusters
// are kept ordered by id: their order, and with it dot's layout, would change from one run to
// the next in one process. This discipline numbers names in the order they are first used, so
// the same graph lays out the same way every time. One per graph; pass discipline() to agopen.
class GraphvizIds
{
public:
    GraphvizIds();
    GraphvizIds(const GraphvizIds &) = delete;
    GraphvizIds &operator=(const GraphvizIds &) = delete;

    Agdisc_t *discipline() { return &m_holder.disc; }

private:
    // Graphviz hands the discipline back to open(); the owner sits beside it.
    struct Holder
    {
        Agdisc_t disc;
        GraphvizIds *owner;
    };

    static void *open(Agraph_t *graph, Agdisc_t *disc);
    static long map(void *state, int type, char *name, IDTYPE *id, int create);
    static long alloc(void *state, int type, IDTYPE id);
    static void release(void *state, int type, IDTYPE id);
    static char *print(void *state, int type, IDTYPE id);
    static void finish(void *state);
    static void idregister(void *state, int type, void *object);

    Agiddisc_t m_ids;
    Holder m_holder;
    QHash<QByteArray, IDTYPE> m_byName;
    std::deque<QByteArray> m_names; // a deque: the texts handed out by print() never move
    IDTYPE m_nextAnonymous = 1;     // anonymous objects get odd ids, named ones even
};
