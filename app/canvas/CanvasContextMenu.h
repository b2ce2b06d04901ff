#pragma once

#include <QObject>
#include <QPoint>
#include <QPointer>

class CanvasScene;
class CanvasView;
class EditActions;
class PlanDocument;
class QMenu;

// The canvas's right-click menus: on empty canvas (add a zone there, paste, fit), on a zone
// (rename, add a device of a role, delete naming how many devices go along) and on a device
// (rename, duplicate, delete, the machine it runs on, its flows). Each offers only what applies;
// every command goes through EditActions, so it is the same undo step as the menu bar's.
class CanvasContextMenu : public QObject
{
    Q_OBJECT

public:
    CanvasContextMenu(EditActions *edits, CanvasView *view, QObject *parent);

    // Menus the window adds at the end of each menu (Arrange); may be null.
    void setExtraMenus(const QList<QMenu *> &menus) { m_extra = menus; }
    // Builds the menu for what is under `viewportPos`, selecting it first as drawing programs
    // do; the caller owns the menu.
    QMenu *menuAt(const QPoint &viewportPos);
    // The menu shown last (open until it closes), for tests.
    QMenu *lastMenu() const { return m_last; }

signals:
    // The planner asks to see the flows of a device.
    void flowsRequested(const QString &deviceId);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillCanvas(QMenu *menu, const QPointF &scenePos);
    void fillZone(QMenu *menu, const QString &id);
    void fillDevice(QMenu *menu, const QString &id);
    void addHostMenu(QMenu *menu, const QString &id);
    void addExtra(QMenu *menu);
    QString flowsText(const QString &id) const; // "Flows of “KSC”: 1, 2, 5"
    QString itemAt(const QPoint &viewportPos) const;

    EditActions *m_edits;
    CanvasView *m_view;
    CanvasScene *m_canvas;
    PlanDocument *m_document;
    QList<QMenu *> m_extra;
    QPointer<QMenu> m_last;
};
