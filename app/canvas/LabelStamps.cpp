#include "app/canvas/LabelStamps.h"

#include <QPainter>

#include <cmath>

const QImage &LabelStamps::stamp(const QString &key, const QSizeF &size, const QPointF &device,
                                 qreal scale, qreal pixelRatio, const Draw &draw, QPointF *at)
{
    if (scale != m_scale || pixelRatio != m_pixelRatio || m_stamps.size() >= MaxStamps) {
        m_stamps.clear(); // a zoom: the stamps of the last one are not shown again soon
        m_scale = scale;
        m_pixelRatio = pixelRatio;
    }
    const QPointF whole(std::floor(device.x()), std::floor(device.y()));
    const int quarterX = int(std::round((device.x() - whole.x()) * 4));
    const int quarterY = int(std::round((device.y() - whole.y()) * 4));
    const qreal room = pad(scale);
    *at = whole / pixelRatio - QPointF(room, room);
    const QString name = QStringLiteral("%1@%2,%3").arg(key).arg(quarterX).arg(quarterY);
    auto it = m_stamps.find(name);
    if (it == m_stamps.end()) {
        const QSizeF logical = size * scale + QSizeF(2 * room, 2 * room);
        QImage image((logical * pixelRatio).toSize() + QSize(2, 2),
                     QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(pixelRatio);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.translate(QPointF(room, room) + QPointF(quarterX, quarterY) / (4 * pixelRatio));
        painter.scale(scale, scale);
        draw(&painter);
        it = m_stamps.insert(name, image);
    }
    return *it;
}
