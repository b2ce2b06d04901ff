#pragma once

#include "model/Catalog.h"

#include <QIcon>

// The planner's own SVG icons (resources/icons), one per role and zone kind.
namespace Icons {
QIcon role(Catalog::Role role);
QIcon zone(Catalog::ZoneKind kind);
QString rolePath(Catalog::Role role);
} // namespace Icons
