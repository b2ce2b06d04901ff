#pragma once

#include "app/dialogs/Prompt.h"
#include "app/panels/PaletteMime.h"
#include "model/Catalog.h"
#include "model/edit/PlanAlignment.h"

#include <QObject>
#include <QPointF>

class CanvasScene;
class CanvasView;
class InlineRename;
class Plan;
class PlanDocument;
class Settings;

// The edits the planner starts on the canvas's selection, whatever the way in (menu, shortcut,
// context menu, palette, keyboard): clipboard, delete (asking when zones take devices along),
// nudge, align and distribute, snap to grid, rename in place, add from the palette. Each is one
// plan operation pushed as one undo step.
class EditActions : public QObject
{
    Q_OBJECT

public:
    static constexpr qreal GridStep = 20; // the dot grid the canvas draws
    static constexpr qreal LargeStep = 5 * GridStep;

    EditActions(PlanDocument *document, CanvasScene *canvas, CanvasView *view, Settings *settings,
                QObject *parent);

    void setPrompt(const Prompt &prompt) { m_prompt = prompt; }

    void copy();
    void cut();
    void paste();
    void duplicate();
    void deleteSelection();
    // Deletes zones and devices; when zones take devices with them, asks first, naming how many.
    bool deleteIds(const QStringList &ids);
    void selectAll();
    // Every zone and device laid out afresh (the figure's engine), one undo step; then fitted.
    void arrangeAll();

    // Moves the selection one step (`large`: five) along `direction` (a unit vector);
    // `repeated` (a held key) joins the previous nudge's undo step.
    void nudge(const QPointF &direction, bool large, bool repeated = false);
    void align(PlanAlignment::Edge edge);
    void distribute(Qt::Orientation along);
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on);

    // An editor over the zone's or device's name; Enter keeps, Esc drops the text.
    void rename(const QString &id);
    InlineRename *renameEditor() const { return m_rename; }
    // Adds what the palette offers: a zone right of the others, a device to the selected zone (or
    // the zone of the selected device).
    void addZone(Catalog::ZoneKind kind, const QPointF &topLeft);
    void addZoneBesideOthers(Catalog::ZoneKind kind);
    void addDevice(Catalog::Role role, const QString &zone);
    void addToSelectedZone(Catalog::Role role);
    void addFromPalette(const PaletteMime::Entry &entry);
    // The zone the selection is in: a selected zone, else the zone of a selected device.
    QString selectedZone() const;

signals:
    void statusMessage(const QString &text);

private:
    void pasteFragment(const Plan &fragment, const QPointF &offset, const QString &text);
    // Says in the status bar when a card was left outside every zone (it keeps its zone).
    void tellOutside(const PlanOperations::Result &result);

    PlanDocument *m_document;
    CanvasScene *m_canvas;
    CanvasView *m_view;
    Settings *m_settings;
    InlineRename *m_rename;
    Prompt m_prompt;
    bool m_snap = false;
    int m_nudges = 0;
};
