#include "probe/SystemHostResolver.h"

#include <QHostInfo>

int SystemHostResolver::lookup(const QString &name, QObject *context, Done done)
{
    return QHostInfo::lookupHost(name, context, [done = std::move(done)](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError)
            done({}, info.errorString());
        else
            done(info.addresses(), QString());
    });
}

void SystemHostResolver::abort(int id)
{
    QHostInfo::abortHostLookup(id);
}
