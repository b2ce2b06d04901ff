#include "app/canvas/DeviceItem.h"

#include "app/Icons.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

DeviceItem::DeviceItem(const Device &device)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(10);
    // Cards are text and an SVG icon: painting them from a pixmap keeps repaints of large plans
    // within a frame (the cache is redrawn when the card changes or the zoom does).
    setCacheMode(DeviceCoordinateCache);
    setDevice(device);
}

namespace {

// Left of the text: the icon; right: a margin.
constexpr qreal TextLeft = 41;
constexpr qreal TextRight = 5;
constexpr qreal TextTop = 6;
// A long name widens the card up to this, then wraps onto more lines.
constexpr qreal WidestCard = 3 * CanvasStyle::DeviceSize.width();
// A role's letters shrink down to this share of their size before the card widens for a word.
constexpr qreal SmallestRole = 0.85;

QFont subtitleFont()
{
    QFont font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

// Greedy word wrap; a word wider than the line is cut between characters.
QStringList wrap(const QString &text, const QFontMetricsF &fm, qreal width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString joined = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(joined) <= width) {
            line = joined;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line.clear();
        for (const QChar c : word) {
            if (!line.isEmpty() && fm.horizontalAdvance(line + c) > width) {
                lines << line;
                line.clear();
            }
            line += c;
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

} // namespace

QFont DeviceItem::nameFont()
{
    QFont font;
    font.setBold(true);
    return font;
}

qreal DeviceItem::textWidth() const
{
    return m_size.width() - TextLeft - TextRight;
}

DeviceItem::Layout DeviceItem::layOut(const Device &device)
{
    Layout layout;
    const QFontMetricsF fm(nameFont());
    const QString name = device.displayName();
    qreal width = CanvasStyle::DeviceSize.width();
    // A word of the name is not cut ("Administratio / n Server") where a wider card holds it.
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        width = qMin(WidestCard,
                     qMax(width, std::ceil(fm.horizontalAdvance(word)) + TextLeft + TextRight));
    layout.nameLines = wrap(name, fm, width - TextLeft - TextRight);
    // Two lines at most where a wider card allows it: the architect reads the whole name.
    while (layout.nameLines.size() > 2 && width < WidestCard) {
        width += 24;
        layout.nameLines = wrap(name, fm, width - TextLeft - TextRight);
    }
    // The role is wrapped too, never cut (the catalog's names are short): in Russian
    // "Мобильное устройство Android" and "… iOS" differ only at the end.
    layout.subtitle = subtitle(device);
    // A role word is not split ("администрирования"): its line's letters get a little smaller
    // first (a card that widens for its role in one language would cover its neighbour there),
    // then the card widens to the longest word.
    layout.subtitleFont = subtitleFont();
    qreal widest = 0;
    for (const QString &word : layout.subtitle.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = qMax(widest, QFontMetricsF(layout.subtitleFont).horizontalAdvance(word));
    const qreal room = width - TextLeft - TextRight;
    if (widest > room) {
        const qreal size = layout.subtitleFont.pointSizeF();
        layout.subtitleFont.setPointSizeF(qMax(size * SmallestRole, size * room / widest));
    }
    const QFontMetricsF small(layout.subtitleFont);
    for (const QString &word : layout.subtitle.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        width = qMin(WidestCard, qMax(width, small.horizontalAdvance(word) + TextLeft + TextRight));
    layout.subtitleLines = wrap(layout.subtitle, small, width - TextLeft - TextRight);
    const qreal text = layout.nameLines.size() * fm.lineSpacing() +
                       layout.subtitleLines.size() * small.lineSpacing() + 2 * TextTop;
    layout.size = QSizeF(width, qMax(CanvasStyle::DeviceSize.height(), text));
    return layout;
}

QSizeF DeviceItem::cardSize(const Device &device)
{
    return layOut(device).size;
}

void DeviceItem::layOutName()
{
    const Layout layout = layOut(m_device);
    m_nameLines = layout.nameLines;
    m_subtitle = layout.subtitle;
    m_subtitleLines = layout.subtitleLines;
    m_subtitleFont = layout.subtitleFont;
    m_size = layout.size;
}

void DeviceItem::setDevice(const Device &device)
{
    const bool changed = !m_size.isValid() || device.name != m_device.name ||
                         device.role != m_device.role || device.count != m_device.count ||
                         device.address != m_device.address;
    m_device = device;
    // The role's words follow the language: another language lays the card out again.
    if (changed || subtitle() != m_subtitle) {
        prepareGeometryChange();
        layOutName();
    }
    setPos(device.position);
    setToolTip(device.address.isEmpty()
                   ? device.name
                   : QStringLiteral("%1\n%2").arg(device.name, device.address));
    update();
}

void DeviceItem::setMarked(bool marked)
{
    if (marked == m_marked)
        return;
    m_marked = marked;
    update();
}

QRectF DeviceItem::boundingRect() const
{
    return boundsOfCard(cardRect());
}

QString DeviceItem::subtitle(const Device &device)
{
    const QString role = QCoreApplication::translate("Role", Catalog::roleInfo(device.role).name);
    if (device.count <= 1)
        return device.name == role ? device.address : role;
    return QStringLiteral("× %1  ·  %2").arg(QLocale().toString(device.count), role);
}

void DeviceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = cardRect();
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(selected ? CanvasStyle::selection() : QColor(0x90, 0xa4, 0xae), selected ? 2.5 : 1);
    if (m_marked && !selected)
        pen = QPen(CanvasStyle::arrowHighlight(), 2.5);
    painter->setPen(pen);
    painter->setBrush(Qt::white);
    if (m_device.count > 1) {
        // A group of devices: a second card behind the first.
        painter->drawRoundedRect(r.translated(3, 3), 6, 6);
    }
    painter->drawRoundedRect(r, 6, 6);
    Icons::role(m_device.role).paint(painter, QRect(6, 12, 30, 30));
    if (option->levelOfDetailFromTransform(painter->worldTransform()) <
        CanvasStyle::MinimumTextDetail)
        return; // unreadable at this zoom: the icon says what it is

    const QRectF text = r.adjusted(TextLeft, TextTop, -TextRight, -TextTop);
    painter->setFont(nameFont());
    painter->setPen(QColor(0x26, 0x32, 0x38));
    const QFontMetricsF fm(nameFont());
    qreal y = text.top();
    for (const QString &line : m_nameLines) {
        painter->drawText(QRectF(text.left(), y, text.width(), fm.lineSpacing()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.lineSpacing();
    }
    painter->setFont(m_subtitleFont);
    painter->setPen(QColor(0x54, 0x6e, 0x7a));
    const QFontMetricsF small(m_subtitleFont);
    if (subtitle() != m_subtitle) {
        // The language changed since the layout: the new words, cut in the middle if need be.
        painter->drawText(QRectF(text.left(), y, text.width(), text.bottom() - y),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          small.elidedText(subtitle(), Qt::ElideMiddle, text.width()));
        return;
    }
    for (const QString &line : m_subtitleLines) {
        painter->drawText(QRectF(text.left(), y, text.width(), small.lineSpacing()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += small.lineSpacing();
    }
}

QVariant DeviceItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && scene()) {
        if (auto *canvas = qobject_cast<CanvasScene *>(scene()))
            return canvas->snapped(value.toPointF());
    }
    if (change == ItemPositionHasChanged && scene()) {
        if (auto *canvas = qobject_cast<CanvasScene *>(scene()))
            canvas->deviceMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}
