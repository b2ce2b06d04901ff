#include "app/Icons.h"

#include <QHash>

namespace Icons {

QString rolePath(Catalog::Role role)
{
    return QStringLiteral(":/icons/%1.svg").arg(QLatin1String(Catalog::roleInfo(role).id));
}

// Parsing an SVG costs more than painting it: every icon is loaded once (GUI thread only).
QIcon cached(const QString &path)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(path);
    if (it == icons.end())
        it = icons.insert(path, QIcon(path));
    return it.value();
}

QIcon role(Catalog::Role role)
{
    return cached(rolePath(role));
}

QIcon zone(Catalog::ZoneKind kind)
{
    return cached(
        QStringLiteral(":/icons/zone-%1.svg").arg(QLatin1String(Catalog::zoneKindInfo(kind).id)));
}

} // namespace Icons
