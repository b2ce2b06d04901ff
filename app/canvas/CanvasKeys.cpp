#include "app/canvas/CanvasKeys.h"

#include "app/EditActions.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasView.h"
#include "app/canvas/DeviceItem.h"
#include "app/canvas/ZoneItem.h"

#include <QKeyEvent>
#include <QMouseEvent>

CanvasKeys::CanvasKeys(EditActions *edits, CanvasView *view, QObject *parent)
    : QObject(parent), m_edits(edits), m_view(view), m_viewport(view->viewport())
{
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

bool CanvasKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress)
        return keyPressed(static_cast<QKeyEvent *>(event));
    // The viewport captured at construction: while the view is being destroyed its events still
    // arrive here, and asking the half-destroyed view for its viewport is undefined behaviour.
    if (watched == m_viewport && event->type() == QEvent::MouseButtonDblClick)
        return doubleClicked(static_cast<QMouseEvent *>(event));
    return QObject::eventFilter(watched, event);
}

bool CanvasKeys::keyPressed(QKeyEvent *event)
{
    CanvasScene *canvas = m_view->canvas();
    const QStringList selected = canvas->selectedIds();
    QPointF direction;
    switch (event->key()) {
    case Qt::Key_Left:
        direction = QPointF(-1, 0);
        break;
    case Qt::Key_Right:
        direction = QPointF(1, 0);
        break;
    case Qt::Key_Up:
        direction = QPointF(0, -1);
        break;
    case Qt::Key_Down:
        direction = QPointF(0, 1);
        break;
    case Qt::Key_Escape:
        if (selected.isEmpty())
            return false;
        canvas->selectIds({});
        return true;
    case Qt::Key_F2:
        if (selected.size() != 1)
            return false;
        m_edits->rename(selected.first());
        return true;
    default:
        return false;
    }
    // Without a selection the arrows scroll, as they always did.
    if (selected.isEmpty())
        return false;
    m_edits->nudge(direction, event->modifiers().testFlag(Qt::ShiftModifier),
                   event->isAutoRepeat());
    return true;
}

bool CanvasKeys::doubleClicked(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    for (QGraphicsItem *item : m_view->items(event->position().toPoint())) {
        if (const auto *d = qgraphicsitem_cast<DeviceItem *>(item)) {
            m_edits->rename(d->id());
            return true;
        }
        if (const auto *z = qgraphicsitem_cast<ZoneItem *>(item)) {
            m_edits->rename(z->id());
            return true;
        }
    }
    return false;
}
