#include "app/document/PlanClipboard.h"

#include "model/io/PlanFile.h"

#include <QMimeData>

namespace PlanClipboard {

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
