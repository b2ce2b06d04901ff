#pragma once

#include "app/panels/PaletteMime.h"

#include <QListWidget>

// The list inside the palette; its drags carry PaletteMime data, so the canvas knows what arrives.
class PaletteList : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int EntryRole = Qt::UserRole + 1; // "zone:lan" / "device:…", as PaletteMime

    explicit PaletteList(QWidget *parent = nullptr);

    std::optional<PaletteMime::Entry> entry(const QListWidgetItem *item) const;
    // The drag data of an item (what a real drag of it carries); the caller owns it.
    QMimeData *mimeDataFor(const QListWidgetItem *item) const;

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};
