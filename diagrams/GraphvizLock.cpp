#include "diagrams/GraphvizLock.h"

QMutex &GraphvizLock::mutex()
{
    static QMutex lock;
    return lock;
}
