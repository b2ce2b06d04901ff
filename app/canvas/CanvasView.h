#pragma once

#include <QGraphicsView>

class CanvasScene;

// The view on the canvas: zoom (Ctrl+wheel, fit, 100 %), pan (middle button or Space+drag),
// rubber-band selection.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);

    CanvasScene *canvas() const { return m_canvas; }
    qreal zoom() const;
    // The words drawn on an empty canvas (empty when the plan has zones).
    QString emptyHint() const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomActualSize();
    void showIds(const QStringList &ids);
    // A new plan is shown whole: fits it as soon as the view is on screen.
    void fitWhenShown();

signals:
    void zoomChanged(int percent);

protected:
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    // On an empty plan: how to begin.
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void setZoom(qreal factor);
    bool startPan(QMouseEvent *event);
    void fitLater();

    CanvasScene *m_canvas;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panStart;
    bool m_fitPending = false;
};
