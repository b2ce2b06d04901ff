#include "Icons.h"

namespace Icons {

QString rolePath(Catalog::Role role)
{
    return QStringLiteral(":/icons/%1.svg").arg(QLatin1String(Catalog::roleInfo(role).id));
}

QIcon role(Catalog::Role role)
{
    return QIcon(rolePath(role));
}

QIcon zone(Catalog::ZoneKind kind)
{
    return QIcon(
        QStringLiteral(":/icons/zone-%1.svg").arg(QLatin1String(Catalog::zoneKindInfo(kind).id)));
}

} // namespace Icons
