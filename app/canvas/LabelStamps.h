#pragma once

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <cmath>

#include <functional>

class QPainter;

// Arrow labels drawn once as images, per text, emphasis and zoom, and stamped where the view
// shows them: a repaint along a moved card's arrows passes the labels of a server's fan, and
// drawing each rounded box and its text again cost more than the rest of the repaint. Printing
// and exports draw the labels themselves.
class LabelStamps
{
public:
    // Draws a label of `size` (scene units) with its box's top left corner at the origin.
    using Draw = std::function<void(QPainter *painter)>;

    // A stamp for a label of `size` (scene units) whose top left corner falls at `device` (in
    // device pixels), at `scale` (scene to viewport) on a screen of `pixelRatio`: drawn with
    // `draw` the first time for `key` and the quarter of a pixel the label starts at, so that
    // its edges shade as when drawn in place. `at` is where its top left corner goes, in
    // viewport coordinates (the stamp has room around the label for its outline).
    const QImage &stamp(const QString &key, const QSizeF &size, const QPointF &device, qreal scale,
                        qreal pixelRatio, const Draw &draw, QPointF *at);

private:
    // Room around a stamp for the box's pen (half of the widest, 2.5 scene units, grows with the
    // zoom) and its smoothing, in viewport pixels.
    static qreal pad(qreal scale) { return std::ceil(1.25 * scale) + 1; }

    // Past this many, the stamps are drawn anew (a plan has a few dozen label texts).
    static constexpr qsizetype MaxStamps = 2048;

    qreal m_scale = 0;
    qreal m_pixelRatio = 0;
    QHash<QString, QImage> m_stamps;
};
