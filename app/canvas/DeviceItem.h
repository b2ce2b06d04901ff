#pragma once

#include "model/Plan.h"

#include <QFont>
#include <QGraphicsItem>

// A device on the canvas: icon, name, count and role. It mirrors the plan's device of the same id;
// dragging it only moves the item until the scene commits the move on release.
class DeviceItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };

    explicit DeviceItem(const Device &device);

    int type() const override { return Type; }
    QString id() const { return m_device.id; }
    const Device &device() const { return m_device; }
    void setDevice(const Device &device);
    // Marked by a selected finding or checklist row.
    void setMarked(bool marked);

    // The card in item coordinates: DeviceSize, wider or taller when the name needs it.
    QRectF cardRect() const { return QRectF(QPointF(), m_size); }
    QRectF sceneCardRect() const { return cardRect().translated(pos()); }
    // The name as drawn, one entry a line: never cut, at most two lines unless a single word is
    // wider than the widest card.
    QStringList nameLines() const { return m_nameLines; }
    // The lines under the name as drawn (count and role), joined by a space.
    QString shownSubtitle() const { return m_subtitleLines.join(QLatin1Char(' ')); }
    // Room for text right of the icon.
    qreal textWidth() const;
    static QFont nameFont();
    // The card `device` gets in the current language, measured without an item: the plan
    // operations move neighbours out of the way of a card a rename grows (CardRoom).
    static QSizeF cardSize(const Device &device);

    QRectF boundingRect() const override;
    // What a card at `card` paints: the group's second card lies 3 further.
    static QRectF boundsOfCard(const QRectF &card) { return card.adjusted(-3, -3, 6, 6); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    // The card's text laid out: its lines and the size they need.
    struct Layout
    {
        QStringList nameLines;
        QString subtitle;
        QStringList subtitleLines;
        QFont subtitleFont;
        QSizeF size;
    };
    static Layout layOut(const Device &device);
    static QString subtitle(const Device &device);
    QString subtitle() const { return subtitle(m_device); }
    void layOutName();

    Device m_device;
    QStringList m_nameLines;
    QString m_subtitle; // in the language of the last layout
    QStringList m_subtitleLines;
    QFont m_subtitleFont;
    QSizeF m_size;
    bool m_marked = false;
};
