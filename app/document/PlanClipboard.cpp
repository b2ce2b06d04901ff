#include "app/document/PlanClipboard.h"

#include "model/io/PlanFile.h"

#include <QMimeData>

namespace PlanClipboard {

Plan fragment(const Plan &plan, const QStringList &ids)
{
    Plan result;
    for (const Zone &z : plan.zones) {
        if (ids.contains(z.id))
            result.zones << z;
    }
    for (const Device &d : plan.devices) {
        if (ids.contains(d.id) || result.zone(d.zone))
            result.devices << d;
    }
    return result;
}

std::unique_ptr<QMimeData> encode(const Plan &fragment)
{
    auto mime = std::make_unique<QMimeData>();
    const QByteArray bytes = PlanFile::serialize(fragment);
    mime->setData(QLatin1String(MimeType), bytes);
    mime->setText(QString::fromUtf8(bytes));
    return mime;
}

std::optional<Plan> decode(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QLatin1String(MimeType)))
        return std::nullopt;
    return PlanFile::parse(mime->data(QLatin1String(MimeType)), QString(), nullptr);
}

} // namespace PlanClipboard
