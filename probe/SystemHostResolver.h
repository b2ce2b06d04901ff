#pragma once

#include "probe/HostResolver.h"

// The system resolver, through QHostInfo's worker threads: the probe never waits on it, so a
// resolver that does not answer costs no more than the probe's timeout.
class SystemHostResolver : public HostResolver
{
public:
    int lookup(const QString &name, QObject *context, Done done) override;
    void abort(int id) override;
};
