#include "app/panels/ZoomLabel.h"

#include "app/canvas/CanvasView.h"

#include <QEvent>

ZoomLabel::ZoomLabel(CanvasView *view, QWidget *parent) : QLabel(parent), m_view(view)
{
    connect(m_view, &CanvasView::zoomChanged, this, &ZoomLabel::showZoom);
    showZoom(qRound(m_view->zoom() * 100));
}

void ZoomLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showZoom(qRound(m_view->zoom() * 100));
    QLabel::changeEvent(event);
}

void ZoomLabel::showZoom(int percent)
{
    setText(tr("Zoom %1 %").arg(percent));
}
