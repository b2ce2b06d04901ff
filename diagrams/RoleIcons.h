#pragma once

#include "model/Catalog.h"

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QStringList>

// The role icons of the palette and the canvas (resources/icons/<role id>.svg), read as SVG
// elements a figure can hold inline: the figure stays one file, and Qt's SVG renderer (which does
// not draw an SVG inside <image>) draws them as vectors in PNG and PDF.
class RoleIcons
{
public:
    struct Icon
    {
        QRectF viewBox;         // the icon's own coordinates
        QString rootAttributes; // presentation attributes of its <svg> element, for the wrapper
        // The icon's elements, cut where an id or a reference to one needs the prefix that keeps
        // it unique in the figure: join() them with the prefix.
        QStringList pieces;

        bool isNull() const { return viewBox.isEmpty(); }
        // The elements with every id (and every reference to one) prefixed.
        QString elements(const QString &idPrefix) const { return pieces.join(idPrefix); }
    };

    // The icon of a role; a null icon when its file is missing or unreadable. Loaded once per
    // process (safe from any thread).
    static const Icon &of(Catalog::Role role);

    // Parses one icon file. Drops what would make the figure depend on anything outside it or
    // run code: external references (href not starting with '#'), <script>, <foreignObject>,
    // event attributes.
    static Icon parse(const QByteArray &svg);
};
