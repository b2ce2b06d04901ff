#pragma once

#include <QMenu>

class EditActions;

// Arrange ▸ align the selected cards' edges or centres, or space them evenly; each command is
// one undo step. Commands that need more selected cards than there are stay disabled.
class ArrangeMenu : public QMenu
{
    Q_OBJECT

public:
    ArrangeMenu(EditActions *edits, QWidget *parent);

    // Enables what applies to `selected` zones and devices.
    void updateFor(int selected);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<QAction *> m_align;      // left, right, top, bottom, centres (vertical line, horizontal)
    QList<QAction *> m_distribute; // horizontally, vertically
};
