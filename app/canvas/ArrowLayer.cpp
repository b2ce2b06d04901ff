#include "app/canvas/ArrowLayer.h"

#include "app/canvas/CanvasStyle.h"
#include "app/canvas/FlowArrow.h"
#include "app/canvas/GridCells.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPaintEngine>
#include <QPainter>
#include <QRegion>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>
#include <QWidget>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace {

// Room the pen and the arrowhead take beside a line.
constexpr qreal LineMargin = 12;
// Room the label's outline takes outside its rectangle: half the widest pen, and smoothing.
constexpr qreal LabelMargin = 3;
// A long segment is repainted as pieces this long, each in its own box: a diagonal's strip, not
// its bounding box, which on a large plan holds the fans of hundreds of other arrows.
constexpr qreal PieceLength = 128;
// More pending areas than this are repainted as their common box: the view's region of thousands
// of rectangles (a selected server's whole fan changing emphasis) costs more than it saves.
constexpr qsizetype MaxDirtyAreas = 256;
// Below this zoom an arrowhead is a pixel or two: the line alone is drawn.
constexpr qreal MinimumHeadDetail = 0.25;
constexpr qreal HeadLength = 10;

QPen pen(FlowArrow::Emphasis emphasis)
{
    using Emphasis = FlowArrow::Emphasis;
    QColor colour =
        emphasis == Emphasis::Highlighted ? CanvasStyle::arrowHighlight() : CanvasStyle::arrow();
    if (emphasis == Emphasis::Dimmed)
        colour.setAlpha(45);
    // One scene unit: up to 100 % a line is at most a device pixel wide, which the raster engine
    // draws with its fast line stroker; a wider pen goes through the general stroker, which on a
    // server's fan of thousands of arrows cost most of a repaint.
    return QPen(colour, emphasis == Emphasis::Highlighted ? 2.5 : 1.0);
}

// The areas a repaint exposes, in scene coordinates: the strips of the changed arrows rather than
// their common box (which on a large plan holds hundreds of other arrows' segments). The view
// paints within its paint event's region, the painter's system clip; printing and image exports
// have none and get the box.
QList<QRectF> exposedAreas(const QPainter *painter, const QRectF &exposed)
{
    constexpr int MaxAreas = 64; // past this, testing each costs more than drawing a little more
    const QRegion clip = painter->paintEngine() ? painter->paintEngine()->systemClip() : QRegion();
    bool invertible = false;
    const QTransform toScene = painter->deviceTransform().inverted(&invertible);
    if (clip.isEmpty() || !invertible || clip.rectCount() > MaxAreas)
        return {exposed};
    QList<QRectF> areas;
    for (const QRect &r : clip)
        areas << toScene.mapRect(QRectF(r)).adjusted(-LineMargin, -LineMargin, LineMargin,
                                                     LineMargin);
    return areas;
}

// Where a line along `path` is drawn, as boxes along its segments.
QList<QRectF> strips(const QPolygonF &path)
{
    QList<QRectF> areas;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QLineF segment(path[i - 1], path[i]);
        const int pieces = qMax(1, qCeil(segment.length() / PieceLength));
        for (int p = 0; p < pieces; ++p) {
            const QPointF a = segment.pointAt(qreal(p) / pieces);
            const QPointF b = segment.pointAt(qreal(p + 1) / pieces);
            areas << QRectF(a, b).normalized().adjusted(-LineMargin, -LineMargin, LineMargin,
                                                        LineMargin);
        }
    }
    return areas;
}

// `areas` with the room a line beside them takes: its smoothed edge and its arrowhead reach in.
QList<QRectF> grown(QList<QRectF> areas)
{
    for (QRectF &a : areas)
        a.adjust(-LineMargin, -LineMargin, LineMargin, LineMargin);
    return areas;
}

// The viewport's pixels `areas` (scene coordinates) cover, each once.
QRegion viewportRegion(const QList<QRectF> &areas, const QTransform &toViewport,
                       const QRect &viewport)
{
    QRegion region;
    for (const QRectF &a : areas)
        region |= toViewport.mapRect(a).toAlignedRect() & viewport;
    return region;
}

QPolygonF arrowhead(const QLineF &last)
{
    const qreal angle = qDegreesToRadians(last.angle());
    const QPointF tip = last.p2();
    return QPolygonF(
        {tip, tip + QPointF(-qCos(angle - 0.4) * HeadLength, qSin(angle - 0.4) * HeadLength),
         tip + QPointF(-qCos(angle + 0.4) * HeadLength, qSin(angle + 0.4) * HeadLength)});
}

} // namespace

ArrowLayer::ArrowLayer()
{
    setZValue(ZValue);
    setAcceptedMouseButtons(Qt::NoButton);
    // paint() is told which part is exposed: a small repaint draws only the segments it crosses.
    setFlag(ItemUsesExtendedStyleOption);
}

QFont ArrowLayer::labelFont()
{
    QFont font;
    font.setBold(true);
    font.setPointSizeF(9);
    return font;
}

const ArrowLayer::Label &ArrowLayer::label(const QString &text)
{
    auto it = m_labels.find(text);
    if (it == m_labels.end()) {
        Label made{QStaticText(text), {}};
        made.text.prepare(QTransform(), labelFont());
        const QFontMetricsF fm(labelFont());
        made.size = QSizeF(fm.horizontalAdvance(text) + 10, fm.height() + 4);
        it = m_labels.insert(text, made);
    }
    return *it;
}

void ArrowLayer::add(FlowArrow *arrow)
{
    m_index.insert(arrow, m_arrows.size());
    m_arrows << arrow;
    m_cache.added(arrow);
}

void ArrowLayer::remove(FlowArrow *arrow)
{
    m_cache.removed(arrow);
    m_labelGrid.remove(arrow);
    const qsizetype at = m_index.take(arrow);
    FlowArrow *last = m_arrows.takeLast();
    if (last != arrow) {
        m_arrows[at] = last;
        m_index[last] = at;
    }
}

void ArrowLayer::repaint(const FlowArrow &arrow)
{
    const QList<QRectF> areas = strips(arrow.path());
    m_cache.lineChanging(&arrow, areas);
    for (const QRectF &area : areas)
        repaintArea(area);
    repaintLabel(arrow);
}

void ArrowLayer::repaintLabel(const FlowArrow &arrow)
{
    // Told before and after every change of a shown label: filed where it stands.
    m_labelGrid.file(&arrow, arrow.labelRect());
    repaintArea(arrow.labelRect().adjusted(-LabelMargin, -LabelMargin, LabelMargin, LabelMargin));
}

void ArrowLayer::repaintArea(const QRectF &area)
{
    if (m_dirty.size() >= MaxDirtyAreas) {
        QRectF all = area;
        for (const QRectF &r : std::as_const(m_dirty))
            all |= r;
        m_dirty = {all};
    } else {
        m_dirty << area;
    }
    if (m_flushPending)
        return;
    // After the edit has changed all it changes: one batch of areas for the view.
    m_flushPending = true;
    QMetaObject::invokeMethod(this, &ArrowLayer::flush, Qt::QueuedConnection);
}

void ArrowLayer::flush()
{
    m_flushPending = false;
    const QList<QRectF> dirty = std::exchange(m_dirty, {});
    if (QGraphicsScene *s = scene()) {
        for (const QRectF &r : dirty)
            s->update(r);
    }
}

QRectF ArrowLayer::boundingRect() const
{
    // Everywhere: the arrows' own boxes decide what is drawn (and a growing box would repaint the
    // whole canvas each time it grew).
    constexpr qreal Far = 1e7;
    return QRectF(-Far, -Far, 2 * Far, 2 * Far);
}

QPainterPath ArrowLayer::shape() const
{
    return {};
}

void ArrowLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed =
        option->exposedRect.adjusted(-LineMargin, -LineMargin, LineMargin, LineMargin);
    const QList<QRectF> areas = exposedAreas(painter, exposed);
    const bool heads = detail >= MinimumHeadDetail;
    const bool labels = detail >= CanvasStyle::MinimumTextDetail;
    // Zoomed out, thousands of hairlines: smoothing them costs more than it shows.
    painter->setRenderHint(QPainter::Antialiasing, labels);
    // The view's paints use the picture of the arrows that stay; printing and exports draw all.
    const QTransform toViewport = painter->worldTransform();
    const bool picture =
        widget && m_cache.prepare(toViewport, widget->size(), widget->devicePixelRatioF(), labels,
                                  m_arrows.size(), [&](QPainter *p, const QList<QRectF> &stale) {
                                      drawLines(p, grown(stale), heads, Lines::InPicture);
                                  });
    if (picture) {
        m_cache.blit(painter, viewportRegion(areas, toViewport, widget->rect()));
        drawLines(painter, areas, heads, Lines::Live);
    } else {
        drawLines(painter, areas, heads, Lines::All);
    }
    // Labels over every line (the picture holds lines only: a label there would lie under the
    // moving card's lines).
    if (labels)
        drawLabels(painter, areas, widget);
    if (widget)
        m_cache.painted();
}

bool ArrowLayer::draws(const FlowArrow *arrow, FlowArrow::Emphasis emphasis, Lines which) const
{
    return arrow->emphasis() == emphasis && arrow->isVisible() && arrow->length() >= 1 &&
           (which == Lines::All || m_cache.holds(arrow) == (which == Lines::InPicture));
}

void ArrowLayer::drawLines(QPainter *painter, const QList<QRectF> &areas, bool heads,
                           Lines which) const
{
    using Emphasis = FlowArrow::Emphasis;
    const QRectF box = std::accumulate(areas.cbegin(), areas.cend(), QRectF(), std::bit_or<>());
    const auto touches = [&](const QRectF &r) {
        return r.intersects(box) && std::any_of(areas.cbegin(), areas.cend(),
                                                [&](const QRectF &a) { return a.intersects(r); });
    };
    const auto crosses = [&](const QLineF &segment) {
        return std::any_of(areas.cbegin(), areas.cend(),
                           [&](const QRectF &a) { return GridCells::crosses(segment, a); });
    };
    // The live ones are few (the moved card's): taken from the picture's list of them, in the
    // layer's order, rather than asking of each of thousands of arrows whether it is one.
    QList<const FlowArrow *> arrows;
    if (which == Lines::Live) {
        arrows = QList<const FlowArrow *>(m_cache.live().cbegin(), m_cache.live().cend());
        std::sort(arrows.begin(), arrows.end(), [&](const FlowArrow *a, const FlowArrow *b) {
            return m_index.value(a) < m_index.value(b);
        });
    } else {
        arrows = QList<const FlowArrow *>(m_arrows.cbegin(), m_arrows.cend());
    }
    for (const Emphasis emphasis : {Emphasis::Dimmed, Emphasis::Normal, Emphasis::Highlighted}) {
        QVarLengthArray<QLineF, 512> lines;
        QVarLengthArray<QPolygonF, 64> tips;
        for (const FlowArrow *arrow : std::as_const(arrows)) {
            if (!draws(arrow, emphasis, which) || !touches(arrow->lineBounds()))
                continue;
            const QPolygonF &path = arrow->path();
            for (qsizetype i = 1; i < path.size(); ++i) {
                const QLineF segment(path[i - 1], path[i]);
                if (crosses(segment))
                    lines.append(segment);
            }
            if (heads && touches(QRectF(path.last(), QSizeF(0, 0)).adjusted(-1, -1, 1, 1)))
                tips.append(arrowhead(QLineF(path[path.size() - 2], path.last())));
        }
        const QPen linePen = pen(emphasis);
        painter->setPen(linePen);
        painter->drawLines(lines.constData(), int(lines.size()));
        painter->setBrush(linePen.color());
        for (const QPolygonF &tip : std::as_const(tips))
            painter->drawPolygon(tip);
    }
}

void ArrowLayer::drawLabels(QPainter *painter, const QList<QRectF> &areas, const QWidget *view)
{
    // One pass over the arrows, then the labels shown by emphasis: the highlighted ones last, on
    // top.
    const QRectF box = std::accumulate(areas.cbegin(), areas.cend(), QRectF(), std::bit_or<>());
    // The labels in the areas from the grid, in the layer's order; or every arrow's.
    QList<const void *> filed;
    QList<const FlowArrow *> candidates;
    if (!m_plainLabels && view && m_labelGrid.find(areas, m_arrows.size(), &filed)) {
        for (const void *owner : std::as_const(filed))
            candidates << static_cast<const FlowArrow *>(owner);
        std::sort(candidates.begin(), candidates.end(),
                  [&](const FlowArrow *a, const FlowArrow *b) {
                      return m_index.value(a) < m_index.value(b);
                  });
    } else {
        candidates = QList<const FlowArrow *>(m_arrows.cbegin(), m_arrows.cend());
    }
    QList<const FlowArrow *> shown[3];
    for (const FlowArrow *arrow : std::as_const(candidates)) {
        const QRectF label = arrow->labelRect();
        if (!label.intersects(box) || !arrow->isVisible() || arrow->length() < 1 ||
            std::none_of(areas.cbegin(), areas.cend(),
                         [&](const QRectF &a) { return a.intersects(label); }))
            continue;
        shown[int(arrow->emphasis())] << arrow;
    }
    const QTransform toViewport = painter->worldTransform();
    // The view stamps labels drawn once per text, emphasis, zoom and quarter pixel (LabelStamps),
    // where it neither turns nor shears, up to 150 %: zoomed in further, few labels fit the view,
    // and the raster engine draws large text from outlines, which a stamp does not match.
    constexpr qreal MaxStampedZoom = 1.5;
    if (!view || m_plainLabels || toViewport.type() > QTransform::TxScale ||
        toViewport.m11() != toViewport.m22() || toViewport.m11() > MaxStampedZoom) {
        for (const QList<const FlowArrow *> &arrows : shown) {
            for (const FlowArrow *arrow : arrows)
                drawLabel(painter, arrow->labelRect(), arrow->labelText(), arrow->emphasis());
        }
        return;
    }
    const qreal ratio = view->devicePixelRatioF();
    const qreal scale = toViewport.m11();
    painter->save();
    painter->resetTransform();
    for (const QList<const FlowArrow *> &arrows : shown) {
        for (const FlowArrow *arrow : arrows) {
            const QString key = QString::number(int(arrow->emphasis())) + QLatin1Char('|') +
                                arrow->labelText().text();
            const QRectF label = arrow->labelRect();
            QPointF at;
            const QImage &stamp = m_stamps.stamp(
                key, label.size(), toViewport.map(label.topLeft()) * ratio, scale, ratio,
                [&](QPainter *p) {
                    drawLabel(p, QRectF(QPointF(0, 0), label.size()), arrow->labelText(),
                              arrow->emphasis());
                },
                &at);
            painter->drawImage(at, stamp);
        }
    }
    painter->restore();
}

void ArrowLayer::drawLabel(QPainter *painter, const QRectF &label, const QStaticText &text,
                           FlowArrow::Emphasis emphasis)
{
    using Emphasis = FlowArrow::Emphasis;
    painter->setFont(labelFont());
    painter->setPen(pen(emphasis));
    painter->setBrush(emphasis == Emphasis::Dimmed ? QColor(255, 255, 255, 120) : Qt::white);
    painter->drawRoundedRect(label, label.height() / 2, label.height() / 2);
    const QSizeF size = text.size();
    painter->drawStaticText(label.center() - QPointF(size.width() / 2, size.height() / 2), text);
}
