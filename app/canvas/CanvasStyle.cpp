#include "app/canvas/CanvasStyle.h"

namespace CanvasStyle {

QColor zoneFill(Catalog::ZoneKind kind)
{
    switch (kind) {
    case Catalog::ZoneKind::Lan:
        return QColor(0xe8, 0xf5, 0xe9);
    case Catalog::ZoneKind::Dmz:
        return QColor(0xff, 0xf3, 0xe0);
    case Catalog::ZoneKind::Internet:
        return QColor(0xe3, 0xf2, 0xfd);
    }
    return Qt::white;
}

QColor zoneAccent(Catalog::ZoneKind kind)
{
    switch (kind) {
    case Catalog::ZoneKind::Lan:
        return QColor(0x38, 0x8e, 0x3c);
    case Catalog::ZoneKind::Dmz:
        return QColor(0xef, 0x6c, 0x00);
    case Catalog::ZoneKind::Internet:
        return QColor(0x19, 0x76, 0xd2);
    }
    return Qt::darkGray;
}

QColor arrow()
{
    return QColor(0x45, 0x5a, 0x64);
}

QColor arrowHighlight()
{
    return QColor(0xd8, 0x1b, 0x60);
}

QColor selection()
{
    return QColor(0x15, 0x65, 0xc0);
}

} // namespace CanvasStyle
