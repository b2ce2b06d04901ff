#include "app/canvas/ArrowCache.h"

#include <QPainter>
#include <QRegion>

void ArrowCache::added(const FlowArrow *arrow)
{
    m_recent.insert(arrow);
    if (m_valid)
        m_live.insert(arrow);
}

void ArrowCache::removed(const FlowArrow *arrow)
{
    m_recent.remove(arrow);
    m_live.remove(arrow);
}

void ArrowCache::lineChanging(const FlowArrow *arrow, const QList<QRectF> &strips)
{
    m_recent.insert(arrow);
    if (!m_valid || m_live.contains(arrow))
        return;
    m_live.insert(arrow);
    m_stale << strips;
    if (m_live.size() > MaxLive || m_stale.size() > MaxStale)
        drop();
}

bool ArrowCache::prepare(const QTransform &toViewport, const QSize &size, qreal pixelRatio,
                         bool antialias, qsizetype arrows, const DrawLines &draw)
{
    const QSize pixels = (QSizeF(size) * pixelRatio).toSize();
    if (m_valid && (toViewport != m_transform || m_image.size() != pixels ||
                    m_image.devicePixelRatio() != pixelRatio || antialias != m_antialias))
        drop();
    if (!m_valid) {
        // Only right after a small change (a card's arrows, not a new plan or a selection that
        // dims the others): a scroll or zoom step paints as without a picture.
        if (m_recent.isEmpty() || m_recent.size() > MaxLive || 2 * m_recent.size() > arrows ||
            pixels.isEmpty())
            return false;
        m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(pixelRatio);
        m_image.fill(Qt::transparent);
        m_transform = toViewport;
        m_antialias = antialias;
        m_valid = true;
        m_live = m_recent; // what changed just now is what is likely to change next
        m_stale = {toViewport.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(size)))};
    }
    if (m_stale.isEmpty())
        return true;
    QRegion region;
    for (const QRectF &r : std::as_const(m_stale))
        region |= m_transform.mapRect(r).toAlignedRect();
    region &= QRect(QPoint(0, 0), size);
    QPainter painter(&m_image);
    painter.setCompositionMode(QPainter::CompositionMode_Clear);
    for (const QRect &r : region)
        painter.fillRect(r, Qt::transparent);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter.setClipRegion(region);
    painter.setRenderHint(QPainter::Antialiasing, m_antialias);
    painter.setWorldTransform(m_transform);
    draw(&painter, std::exchange(m_stale, {}));
    return true;
}

void ArrowCache::blit(QPainter *painter, const QRegion &region) const
{
    const qreal ratio = m_image.devicePixelRatio();
    painter->save();
    painter->resetTransform();
    for (const QRect &r : region)
        painter->drawImage(QRectF(r), m_image,
                           QRectF(QPointF(r.topLeft()) * ratio, QSizeF(r.size()) * ratio));
    painter->restore();
}

void ArrowCache::drop()
{
    m_valid = false;
    m_image = QImage();
    m_live.clear();
    m_stale.clear();
}
