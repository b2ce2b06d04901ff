#pragma once

#include <QLabel>

class CanvasView;

// The status bar's zoom of the canvas, in percent.
class ZoomLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ZoomLabel(CanvasView *view, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showZoom(int percent);

    CanvasView *m_view;
};
