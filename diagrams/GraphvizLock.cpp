#include "diagrams/GraphvizLock.h"

#include <graphviz/gvc.h>

QMutex &GraphvizLock::mutex()
{
    static QMutex lock;
    return lock;
}

GVC_s *GraphvizLock::context()
{
    static GVC_t *const shared = gvContext();
    return shared;
}
