#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QTransform>

#include <functional>

class FlowArrow;
class QPainter;
class QRegion;

// A picture of the arrows that stay put while a card is moved or dragged: the repaint along the
// moving card's arrows copies the fan they cross (a large plan's server has thousands of lines
// there) instead of drawing it again. An arrow whose line changes after the picture was drawn is
// left out of it and drawn live over it from then on, and the strips it took in the picture are
// drawn again from the arrows that stay; the arrows that keep changing (the moved card's) are
// the live ones, and the picture is not touched again while they change.
//
// The picture is kept for one view transform and viewport size. It is drawn on the first paint
// after a small change, never on a scroll or zoom step (those drop it and paint as before); a
// change of hundreds of arrows (a selection dims every other arrow) drops it too.
class ArrowCache
{
public:
    // Past this many live arrows, or stale strips, the picture is drawn anew on the next change.
    static constexpr qsizetype MaxLive = 256;
    static constexpr qsizetype MaxStale = 1024;

    // Draws the lines of the arrows the picture holds that cross `areas` (scene coordinates).
    using DrawLines = std::function<void(QPainter *painter, const QList<QRectF> &areas)>;

    // Told by the layer: an arrow came or went (before it goes, its line was announced as
    // changing), or its line is changing; `strips` is where it is drawn (before the change).
    void added(const FlowArrow *arrow);
    void removed(const FlowArrow *arrow);
    void lineChanging(const FlowArrow *arrow, const QList<QRectF> &strips);

    // Whether `arrow` is drawn in the picture (not live); false when there is no picture.
    bool holds(const FlowArrow *arrow) const { return m_valid && !m_live.contains(arrow); }
    // The arrows drawn live over the picture (few: the moved card's), in no particular order.
    const QSet<const FlowArrow *> &live() const { return m_live; }

    // Before a view's paint: makes the picture match `toViewport` (scene to viewport) and the
    // viewport's size, drawing it anew or drawing its stale strips again (`arrows`: how many the
    // canvas has). False when there is no picture to use: every arrow is then drawn live.
    bool prepare(const QTransform &toViewport, const QSize &size, qreal pixelRatio, bool antialias,
                 qsizetype arrows, const DrawLines &draw);
    // Copies the picture into `region` (viewport coordinates) of `painter`.
    void blit(QPainter *painter, const QRegion &region) const;
    // After a paint: the changes from now on belong to the next one.
    void painted() { m_recent.clear(); }
    bool hasPicture() const { return m_valid; }
    // Forgets the picture: the next paints draw every arrow until the next small change.
    void drop();

private:
    QImage m_image;
    QTransform m_transform;
    bool m_antialias = false;
    bool m_valid = false;
    QSet<const FlowArrow *> m_live;   // not in the picture
    QSet<const FlowArrow *> m_recent; // lines changed since the last paint
    QList<QRectF> m_stale;            // in the picture, to draw again (scene coordinates)
};
