#include "app/panels/PaletteMime.h"

namespace PaletteMime {

namespace {
const QByteArray kZone = "zone:";
const QByteArray kDevice = "device:";
} // namespace

std::unique_ptr<QMimeData> encode(const Entry &entry)
{
    QByteArray payload;
    if (const auto *kind = std::get_if<Catalog::ZoneKind>(&entry))
        payload = kZone + Catalog::zoneKindInfo(*kind).id;
    else
        payload = kDevice + Catalog::roleInfo(std::get<Catalog::Role>(entry)).id;
    auto mime = std::make_unique<QMimeData>();
    mime->setData(QLatin1String(Type), payload);
    return mime;
}

std::optional<Entry> decode(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QLatin1String(Type)))
        return std::nullopt;
    const QByteArray payload = mime->data(QLatin1String(Type));
    if (payload.startsWith(kZone)) {
        if (auto kind = Catalog::zoneKindFromId(QString::fromLatin1(payload.mid(kZone.size()))))
            return Entry(*kind);
    } else if (payload.startsWith(kDevice)) {
        if (auto role = Catalog::roleFromId(QString::fromLatin1(payload.mid(kDevice.size()))))
            return Entry(*role);
    }
    return std::nullopt;
}

} // namespace PaletteMime
