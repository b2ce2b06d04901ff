#pragma once

#include <QObject>

class CanvasView;
class EditActions;
class QKeyEvent;
class QMouseEvent;

// The keyboard and double-click habits of drawing programs on the canvas: arrows nudge the
// selection (Shift: a larger step), F2 or a double-click renames in place, Esc clears the
// selection.
class CanvasKeys : public QObject
{
    Q_OBJECT

public:
    CanvasKeys(EditActions *edits, CanvasView *view, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool keyPressed(QKeyEvent *event);
    bool doubleClicked(QMouseEvent *event);

    EditActions *m_edits;
    CanvasView *m_view;
    QObject *m_viewport;
};
