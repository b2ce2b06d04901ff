#include "diagrams/RoleStyle.h"

#include <iterator>
#include <utility>

namespace {

using Catalog::Role;

// Servers are boxes, clients notes and tabs, the gateway a hexagon like a firewall hole, vendor
// services ellipses ("clouds"); the colours follow the zone a role usually sits in.
const std::pair<Role, RoleStyle> kStyles[] = {
    {Role::AdministrationServer, {"box3d", "filled", "#cfe8dc", "#2d6a4f"}},
    {Role::DatabaseServer, {"cylinder", "filled", "#fbe3c2", "#9c6b1f"}},
    {Role::MmcConsole, {"tab", "filled", "#e3e7f5", "#44508a"}},
    {Role::WebConsoleServer, {"component", "filled", "#dbe9f7", "#2f5f8f"}},
    {Role::AdminBrowser, {"note", "filled", "#eeeeee", "#555555"}},
    {Role::ConnectionGateway, {"hexagon", "filled", "#ffd8d0", "#a23b2a"}},
    {Role::DistributionPoint, {"house", "filled", "#e6f3c9", "#5a7a1c"}},
    {Role::ManagedComputer, {"box", "rounded,filled", "#f4f4f4", "#4d4d4d"}},
    {Role::AndroidDevice, {"box", "rounded,filled", "#dcf2d2", "#3d7a2a"}},
    {Role::IosDevice, {"box", "rounded,filled", "#e6e6ee", "#4a4a5a"}},
    {Role::IosMdmServer, {"folder", "filled", "#efe0f5", "#6a3d7a"}},
    {Role::ReverseProxy, {"invhouse", "filled", "#ffe4c4", "#8a5a1c"}},
    {Role::KasperskyCloud, {"ellipse", "filled", "#d0efe5", "#006d5b"}},
    {Role::GoogleFcm, {"ellipse", "filled", "#fdf1c7", "#8a7300"}},
    {Role::ApplePush, {"ellipse", "filled", "#e8e8e8", "#3a3a3a"}},
};

} // namespace

const RoleStyle &RoleStyle::of(Catalog::Role role)
{
    for (const auto &[r, style] : kStyles) {
        if (r == role)
            return style;
    }
    return std::prev(std::end(kStyles))->second;
}

const char *RoleStyle::zoneFill(Catalog::ZoneKind kind)
{
    switch (kind) {
    case Catalog::ZoneKind::Lan:
        return "#f1f8f1";
    case Catalog::ZoneKind::Dmz:
        return "#fff7e6";
    case Catalog::ZoneKind::Internet:
        return "#eef3fb";
    }
    return "#ffffff";
}
