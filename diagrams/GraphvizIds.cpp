#include "diagrams/GraphvizIds.h"

GraphvizIds::GraphvizIds()
    : m_ids{&GraphvizIds::open,      &GraphvizIds::map,   &GraphvizIds::alloc,
            &GraphvizIds::release,   &GraphvizIds::print, &GraphvizIds::finish,
            &GraphvizIds::idregister},
      m_holder{{&AgMemDisc, &m_ids, &AgIoDisc}, this}
{}

void *GraphvizIds::open(Agraph_t *, Agdisc_t *disc)
{
    // `disc` is the first member of a Holder (a standard-layout struct).
    return reinterpret_cast<Holder *>(disc)->owner;
}

long GraphvizIds::map(void *state, int, char *name, IDTYPE *id, int create)
{
    auto *self = static_cast<GraphvizIds *>(state);
    if (!name) {
        *id = self->m_nextAnonymous;
        self->m_nextAnonymous += 2;
        return 1;
    }
    const QByteArray key(name);
    if (const auto it = self->m_byName.constFind(key); it != self->m_byName.cend()) {
        *id = *it;
        return 1;
    }
    if (!create)
        return 0;
    self->m_names.push_back(key);
    *id = IDTYPE(2 * self->m_names.size());
    self->m_byName.insert(key, *id);
    return 1;
}

long GraphvizIds::alloc(void *, int, IDTYPE)
{
    return 0; // ids are never requested by number
}

void GraphvizIds::release(void *, int, IDTYPE) {}

char *GraphvizIds::print(void *state, int, IDTYPE id)
{
    auto *self = static_cast<GraphvizIds *>(state);
    if (id % 2 != 0 || id == 0 || id / 2 > self->m_names.size())
        return nullptr;
    return self->m_names[size_t(id / 2 - 1)].data();
}

void GraphvizIds::finish(void *) {}

void GraphvizIds::idregister(void *, int, void *) {}
