#pragma once

#include "app/canvas/ArrowRouter.h"
#include "app/canvas/HopTally.h"
#include "app/canvas/LabelPlacer.h"
#include "app/canvas/PathIndex.h"
#include "model/Plan.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QSet>

class DeviceItem;
class ArrowLayer;
class FlowArrow;
class PlanDocument;
class ZoneItem;

// The canvas: mirrors the document's zones and devices by id (items never own plan data), turns a
// finished drag, resize or palette drop into one undoable edit, and draws the derived flows as
// numbered arrows over the architect's layout.
class CanvasScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit CanvasScene(PlanDocument *document, QObject *parent = nullptr);
    ~CanvasScene() override;

    PlanDocument *document() const { return m_document; }
    ZoneItem *zoneItem(const QString &id) const { return m_zones.value(id); }
    DeviceItem *deviceItem(const QString &id) const { return m_devices.value(id); }
    QList<FlowArrow *> arrows() const { return m_arrows.values(); }
    // The flows an arrow stands for, one per line (its tooltip).
    QString arrowDetails(const FlowArrow *arrow) const;

    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);
    // Marks devices (of a finding) without selecting them.
    void markDevices(const QStringList &ids);

    bool flowsVisible() const { return m_flowsVisible; }
    void setFlowsVisible(bool visible);
    // Emphasises the arrows between two devices carrying some of `numbers` (a checklist row);
    // empty `from` returns to following the selection.
    void highlightRoute(const QString &from, const QString &to, const QStringList &numbers);

    // The zone whose area holds `scenePos` (the plan's rule: PlanFactory::zoneAt); empty when none.
    QString zoneAt(const QPointF &scenePos) const;
    QRectF itemsBoundingRect() const;

    // The grid moves snap to while dragging (0: none).
    void setGrid(qreal step) { m_grid = step; }
    qreal grid() const { return m_grid; }
    // `pos` on the grid during a drag; unchanged otherwise (the plan's own positions stay exact).
    QPointF snapped(const QPointF &pos) const;

    // Called by items.
    void zoneDragged(ZoneItem *zone, const QPointF &delta);
    void deviceMoved(DeviceItem *device);
    void commitZoneGeometry(const QString &id, const QRectF &geometry);

signals:
    void selectedIdsChanged(const QStringList &ids);
    void statusMessage(const QString &text);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void addZone(const QString &id);
    void addDevice(const QString &id);
    void removeZone(const QString &id);
    void removeDevice(const QString &id);
    void updateZone(const QString &id);
    void updateDevice(const QString &id);
    void updateArrows();
    // Re-routes the arrows of the devices changed since last time and those passing where a
    // changed card was or now is, and re-places the labels that moved or that a card now covers.
    void refreshGeometry(QList<FlowArrow *> relabel = {});
    bool placeArrow(FlowArrow *arrow);
    void placeLabels(QList<FlowArrow *> arrows);
    void deviceCardChanged(const DeviceItem *item);
    void removeArrow(FlowArrow *arrow);
    void updateEmphasis();
    void commitMove();
    void revertMove();
    bool acceptsDrop(const QGraphicsSceneDragDropEvent *event) const;

    PlanDocument *m_document;
    QHash<QString, ZoneItem *> m_zones;
    QHash<QString, DeviceItem *> m_devices;
    // By the pair of device numbers they join (HopTally::pairKey); owned, painted by m_layer.
    QHash<quint64, FlowArrow *> m_arrows;
    // The same by each of their ends (device numbers): a moved card's arrows without a visit of
    // every arrow.
    QHash<quint32, QList<FlowArrow *>> m_arrowsAt;
    HopTally m_tally;
    ArrowLayer *m_layer = nullptr;
    // Cards and placed labels, for the label placer.
    LabelPlacer m_placer;
    // Cards, for routing arrows around them; where the arrows run, to find those a card blocks.
    ArrowRouter m_router;
    PathIndex m_paths;
    // Devices whose card changed since the arrows were last routed, and the areas their cards
    // left or took.
    QSet<quint32> m_changedDevices; // device numbers (HopTally)
    QList<QRectF> m_changedAreas;
    // Arrows to route again although neither card moved (new ones, and partners of new or
    // removed ones).
    QSet<FlowArrow *> m_replace;
    bool m_flowsVisible = true;
    QString m_routeFrom;
    QString m_routeTo;
    QStringList m_routeNumbers;
    bool m_emphasised = false; // some arrow is highlighted or dimmed
    // Positions at mouse press, by id, to find what a drag moved.
    QHash<QString, QPointF> m_pressDevices;
    QHash<QString, QPointF> m_pressZones;
    bool m_dragging = false;
    qreal m_grid = 0;
};
