#pragma once

#include "model/Analysis.h"

#include <QHash>
#include <QList>

// The estate as sites: an Administration Server with every entry it manages, and the servers'
// hierarchy (a secondary's primary is its parent). Positions are in plan.devices.
class SiteTree
{
public:
    explicit SiteTree(const Analysis &analysis);

    // The server whose site the entry belongs to (a server belongs to its own); -1 for vendor
    // clouds and entries no server manages.
    int siteOf(int device) const { return m_siteOf.value(device, -1); }
    const QList<int> &servers() const { return m_servers; }
    int parentOf(int server) const { return m_parent.value(server, -1); }
    QList<int> childrenOf(int server) const { return m_children.value(server); }
    int depthOf(int server) const { return m_depth.value(server, 0); }
    // The server itself and every secondary below it, at any depth.
    QList<int> subtree(int server) const;
    bool isServer(int device) const { return m_depth.contains(device); }

private:
    QList<int> m_siteOf;
    QList<int> m_servers;
    QHash<int, int> m_parent;
    QHash<int, QList<int>> m_children;
    QHash<int, int> m_depth;
};
