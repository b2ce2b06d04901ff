#include "app/EditActions.h"
#include "diagrams/Arranger.h"

#include "app/Settings.h"
#include "app/canvas/CanvasScene.h"
#include "app/canvas/CanvasView.h"
#include "app/canvas/DeviceItem.h"
#include "app/canvas/InlineRename.h"
#include "app/document/PlanClipboard.h"
#include "app/document/PlanDocument.h"
#include "model/edit/PlanFactory.h"
#include "model/edit/PlanFragment.h"
#include "model/edit/PlanLayout.h"
#include "model/edit/PlanOperations.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>

namespace {
const QPointF kPasteOffset(24, 24);
constexpr qreal kZoneSpacing = 40;
} // namespace

EditActions::EditActions(PlanDocument *document, CanvasScene *canvas, CanvasView *view,
                         Settings *settings, QObject *parent)
    : QObject(parent), m_document(document), m_canvas(canvas), m_view(view), m_settings(settings),
      m_rename(new InlineRename(document, view)), m_prompt(messageBoxPrompt(view)),
      m_snap(settings->snapToGrid())
{
    m_canvas->setGrid(m_snap ? GridStep : 0);
}

void EditActions::copy()
{
    const Plan fragment = PlanFragment::select(m_document->plan(), m_canvas->selectedIds());
    if (fragment.zones.isEmpty() && fragment.devices.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(PlanClipboard::encode(fragment).release());
}

void EditActions::cut()
{
    copy();
    deleteSelection();
}

void EditActions::paste()
{
    if (const auto fragment = PlanClipboard::decode(QApplication::clipboard()->mimeData()))
        pasteFragment(*fragment, kPasteOffset, tr("Paste"));
}

void EditActions::duplicate()
{
    pasteFragment(PlanFragment::select(m_document->plan(), m_canvas->selectedIds()), kPasteOffset,
                  tr("Duplicate"));
}

void EditActions::pasteFragment(const Plan &fragment, const QPointF &offset, const QString &text)
{
    // New ids; a device whose zone did not come along lands in the zone under it.
    const auto pasted = PlanOperations::paste(m_document->plan(), fragment, offset);
    if (pasted.edit.isEmpty())
        return;
    m_document->edit(pasted.edit, text);
    m_canvas->selectIds(pasted.ids);
}

void EditActions::deleteSelection()
{
    deleteIds(m_canvas->selectedIds());
}

bool EditActions::deleteIds(const QStringList &ids)
{
    // Zones take their devices; devices on a deleted machine get their own (the model's rules).
    const Plan &plan = m_document->plan();
    const auto removed = PlanOperations::remove(plan, ids);
    if (removed.edit.isEmpty())
        return false;
    QStringList zones;
    for (const auto &change : removed.edit.zones)
        zones << change.id;
    QStringList names;
    int inZones = 0;
    for (const QString &id : zones)
        names << plan.zone(id)->displayName();
    for (const auto &change : removed.edit.devices) {
        const Device *d = plan.device(change.id);
        if (!change.after && d && zones.contains(d->zone))
            ++inZones;
    }
    if (inZones > 0) {
        // A zone full of devices goes with one key press: say what goes with it.
        const QString quoted =
            QStringLiteral("“") + names.join(QStringLiteral("”, “")) + QStringLiteral("”");
        const QString text =
            tr("Delete %1 and the %n device(s) in it? Undo brings them back.", nullptr, inZones)
                .arg(quoted);
        if (m_prompt(QMessageBox::Question, tr("Delete zone"), text,
                     QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
            return false;
    }
    m_document->edit(removed.edit, tr("Delete"));
    return true;
}

void EditActions::arrangeAll()
{
    const Plan &plan = m_document->plan();
    const PlanOperations::Result r = PlanOperations::arrange(plan, Arranger::arrange(plan));
    if (!r.edit.isEmpty())
        m_document->edit(r.edit, tr("Arrange"));
    m_view->zoomToFit();
}

void EditActions::selectAll()
{
    QStringList ids;
    for (const Zone &z : m_document->plan().zones)
        ids << z.id;
    for (const Device &d : m_document->plan().devices)
        ids << d.id;
    m_canvas->selectIds(ids);
}

void EditActions::nudge(const QPointF &direction, bool large, bool repeated)
{
    // A held arrow key is one step to undo; separate presses are separate steps.
    if (!repeated)
        ++m_nudges;
    const QStringList ids = m_canvas->selectedIds();
    // Without the grid a plain step is one unit, as in drawing programs; with it, one grid step.
    const qreal step = large ? LargeStep : (m_snap ? GridStep : 1);
    const auto moved = PlanAlignment::nudge(m_document->plan(), ids, direction * step,
                                            m_snap ? GridStep : 0, &DeviceItem::cardSize);
    m_document->edit(moved.edit, tr("Nudge"), QStringLiteral("nudge %1").arg(m_nudges));
    tellOutside(moved);
}

void EditActions::align(PlanAlignment::Edge edge)
{
    const auto aligned = PlanAlignment::align(m_document->plan(), m_canvas->selectedIds(), edge,
                                              &DeviceItem::cardSize);
    m_document->edit(aligned.edit, tr("Align"));
    tellOutside(aligned);
}

void EditActions::distribute(Qt::Orientation along)
{
    const auto spaced = PlanAlignment::distribute(m_document->plan(), m_canvas->selectedIds(),
                                                  along, &DeviceItem::cardSize);
    m_document->edit(spaced.edit, tr("Distribute"));
    tellOutside(spaced);
}

void EditActions::tellOutside(const PlanOperations::Result &result)
{
    if (result.outside.isEmpty())
        return;
    const Plan &plan = m_document->plan();
    const Device *first = plan.device(result.outside.first());
    const Zone *zone = plan.zone(first->zone);
    emit statusMessage(
        tr("“%1” is outside every zone and still belongs to “%2”; move it into a zone.")
            .arg(first->displayName(), zone ? zone->displayName() : first->zone));
}

void EditActions::setSnapToGrid(bool on)
{
    m_snap = on;
    m_settings->setSnapToGrid(on);
    m_canvas->setGrid(on ? GridStep : 0);
}

void EditActions::rename(const QString &id)
{
    m_rename->start(id);
}

void EditActions::addZone(Catalog::ZoneKind kind, const QPointF &topLeft)
{
    const auto added =
        PlanOperations::addZone(m_document->plan(), kind, QRectF(topLeft, PlanLayout::NewZoneSize));
    m_document->edit(added.edit, tr("Add “%1”").arg(added.edit.zones.first().after->name));
    m_canvas->selectIds(added.ids);
    m_view->showIds(added.ids);
}

void EditActions::addZoneBesideOthers(Catalog::ZoneKind kind)
{
    QRectF bounds;
    for (const Zone &z : m_document->plan().zones)
        bounds = bounds.united(z.geometry);
    addZone(kind,
            bounds.isNull() ? QPointF(0, 0) : QPointF(bounds.right() + kZoneSpacing, bounds.top()));
}

void EditActions::addDevice(Catalog::Role role, const QString &zone)
{
    const Plan &plan = m_document->plan();
    const auto added =
        PlanOperations::addDevice(plan, role, zone, PlanFactory::freeSpot(plan, PlanEdit(), zone));
    m_document->edit(added.edit, tr("Add “%1”").arg(added.edit.devices.first().after->name));
    m_canvas->selectIds(added.ids);
    m_view->showIds(added.ids);
}

void EditActions::addToSelectedZone(Catalog::Role role)
{
    const QString zone = selectedZone();
    if (zone.isEmpty()) {
        emit statusMessage(tr("Select a zone first: devices are added to the selected zone."));
        return;
    }
    addDevice(role, zone);
}

void EditActions::addFromPalette(const PaletteMime::Entry &entry)
{
    if (const auto *kind = std::get_if<Catalog::ZoneKind>(&entry))
        addZoneBesideOthers(*kind);
    else
        addToSelectedZone(std::get<Catalog::Role>(entry));
}

QString EditActions::selectedZone() const
{
    const QStringList ids = m_canvas->selectedIds();
    for (const QString &id : ids) {
        if (m_document->plan().zone(id))
            return id;
    }
    for (const QString &id : ids) {
        if (const Device *d = m_document->plan().device(id))
            return d->zone;
    }
    return QString();
}
