#include "app/panels/PaletteList.h"

PaletteList::PaletteList(QWidget *parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(SingleSelection);
    setIconSize(QSize(28, 28));
    setSpacing(1);
    setUniformItemSizes(false);
}

std::optional<PaletteMime::Entry> PaletteList::entry(const QListWidgetItem *item) const
{
    if (!item)
        return std::nullopt;
    QMimeData probe;
    probe.setData(QLatin1String(PaletteMime::Type), item->data(EntryRole).toByteArray());
    return PaletteMime::decode(&probe);
}

QStringList PaletteList::mimeTypes() const
{
    return {QLatin1String(PaletteMime::Type)};
}

QMimeData *PaletteList::mimeDataFor(const QListWidgetItem *item) const
{
    const auto e = entry(item);
    return e ? PaletteMime::encode(*e).release() : nullptr;
}

QMimeData *PaletteList::mimeData(const QList<QListWidgetItem *> &items) const
{
    return items.isEmpty() ? nullptr : mimeDataFor(items.first());
}
