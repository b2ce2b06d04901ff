#pragma once

#include <QLineEdit>

class CanvasView;
class PlanDocument;

// Renaming in place: a line editor over a zone's header or a device card, as in drawing programs
// (F2 or a double-click). Enter or leaving the editor renames (one undo step); Esc drops the text.
class InlineRename : public QLineEdit
{
    Q_OBJECT

public:
    InlineRename(PlanDocument *document, CanvasView *view);

    // Opens the editor on `id`'s name; false when it is neither a zone nor a device.
    bool start(const QString &id);
    QString target() const { return m_id; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(bool keep);

    PlanDocument *m_document;
    CanvasView *m_view;
    QString m_id;
};
