#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>

class QObject;

// Turns a host name from the plan into addresses for the reachability probe. An interface so that
// the probe's timeout bounds the lookup (a lookup is abandoned at the deadline, whatever the
// resolver does) and so that tests answer names without asking the system resolver.
class HostResolver
{
public:
    // `addresses` is empty when the name did not resolve; `error` then says why when known.
    using Done = std::function<void(const QList<QHostAddress> &addresses, const QString &error)>;

    virtual ~HostResolver() = default;

    // Starts looking `name` up and returns an id for abort(). `done` is called at most once, from
    // the event loop after lookup() has returned, and never once `context` is destroyed or the
    // lookup aborted.
    virtual int lookup(const QString &name, QObject *context, Done done) = 0;
    // Abandons a lookup: its `done` is never called.
    virtual void abort(int id) = 0;
};
