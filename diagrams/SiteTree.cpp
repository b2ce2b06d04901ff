#include "diagrams/SiteTree.h"

#include "model/Topology.h"

SiteTree::SiteTree(const Analysis &analysis)
{
    const Plan &plan = analysis.plan();
    const Topology &topology = analysis.topology();
    m_siteOf.fill(-1, plan.devices.size());
    for (int i = 0; i < plan.devices.size(); ++i) {
        const Device &device = plan.devices[i];
        if (device.role == Catalog::Role::AdministrationServer) {
            m_servers << i;
            m_siteOf[i] = i;
            if (const Device *primary = topology.primaryOf(device);
                primary && primary != &device && primary->role == device.role)
                m_parent.insert(i, topology.indexOf(*primary));
        } else if (const Device *server = topology.serverOf(device);
                   server && !Catalog::roleInfo(device.role).cloud) {
            m_siteOf[i] = topology.indexOf(*server);
        }
    }
    // Depths by walking up; a plan may name primaries in a circle, so a walk stops after as many
    // steps as there are servers and the circle's servers count as top level.
    for (const int server : std::as_const(m_servers)) {
        int depth = 0;
        for (int up = parentOf(server); up >= 0 && depth <= m_servers.size(); up = parentOf(up))
            ++depth;
        if (depth > m_servers.size()) {
            m_parent.remove(server);
            depth = 0;
        }
        m_depth.insert(server, depth);
    }
    for (const int server : std::as_const(m_servers)) {
        if (const int parent = parentOf(server); parent >= 0)
            m_children[parent] << server;
    }
}

QList<int> SiteTree::subtree(int server) const
{
    QList<int> result{server};
    for (qsizetype i = 0; i < result.size(); ++i)
        result << childrenOf(result[i]);
    return result;
}
