#pragma once

#include <QDockWidget>

class PaletteList;
class QLabel;
class QLineEdit;
class QListWidgetItem;
class QMimeData;

// The palette dock: zone kinds and device roles with icons and names, filtered by a search line,
// dragged onto the canvas.
class PaletteWidget : public QDockWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    PaletteList *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    // The item for a zone kind or role id ("lan", "connection-gateway").
    QListWidgetItem *item(const QString &id) const;
    // The drag data the palette produces for that item (what a real drag carries).
    QMimeData *mimeDataFor(QListWidgetItem *item) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void retranslateUi();
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    PaletteList *m_list;
    QListWidgetItem *m_zonesHeader = nullptr;
    QListWidgetItem *m_devicesHeader = nullptr;
};
