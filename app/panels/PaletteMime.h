#pragma once

#include "model/Catalog.h"

#include <QMimeData>

#include <memory>
#include <optional>
#include <variant>

// What the palette drags onto the canvas: a zone kind or a device role, in a private mime type.
namespace PaletteMime {
inline const char *const Type = "application/x-portolan-palette";

using Entry = std::variant<Catalog::ZoneKind, Catalog::Role>;

std::unique_ptr<QMimeData> encode(const Entry &entry);
std::optional<Entry> decode(const QMimeData *mime);
} // namespace PaletteMime
