#include "app/canvas/InlineRename.h"

#include "app/canvas/CanvasView.h"
#include "app/canvas/DeviceItem.h"
#include "app/document/PlanDocument.h"
#include "model/edit/CardRoom.h"
#include "model/edit/PlanLayout.h"
#include "model/edit/PlanOperations.h"

#include <QKeyEvent>

InlineRename::InlineRename(PlanDocument *document, CanvasView *view)
    : QLineEdit(view->viewport()), m_document(document), m_view(view)
{
    setObjectName(QStringLiteral("inlineRename"));
    hide();
    // The plan changing under the editor (undo, open) leaves nothing to rename.
    connect(document, &PlanDocument::planReset, this, [this] { finish(false); });
}

bool InlineRename::start(const QString &id)
{
    const Plan &plan = m_document->plan();
    QRectF area;
    QString name;
    if (const Zone *z = plan.zone(id)) {
        area = QRectF(z->geometry.topLeft(),
                      QSizeF(qMin(z->geometry.width(), 260.0), PlanLayout::ZoneHeader));
        name = z->name;
    } else if (const Device *d = plan.device(id)) {
        area = QRectF(d->position, PlanLayout::DeviceSize);
        name = d->name;
    } else {
        return false;
    }
    m_id = id;
    m_view->ensureVisible(area, 20, 20);
    const QRect onScreen = m_view->mapFromScene(area).boundingRect();
    // Readable at any zoom: a line of text high and wide enough for a name, centred on the card.
    const int height = sizeHint().height();
    setGeometry(onScreen.left(), onScreen.center().y() - height / 2, qMax(onScreen.width(), 160),
                height);
    setText(name);
    selectAll();
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
    return true;
}

void InlineRename::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        finish(true);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void InlineRename::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Clicking elsewhere keeps the text, as a drawing program does.
    if (event->reason() != Qt::PopupFocusReason)
        finish(true);
}

void InlineRename::finish(bool keep)
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    m_id.clear(); // hiding moves the focus, which comes back here
    const bool hadFocus = hasFocus();
    hide();
    if (hadFocus)
        m_view->setFocus(Qt::OtherFocusReason);
    if (!keep)
        return;
    if (text().trimmed().isEmpty())
        return; // a zone or device keeps a name
    auto renamed = PlanOperations::rename(m_document->plan(), id, text().trimmed());
    // A longer name grows the card: its neighbours make way in the same undo step.
    PlanOperations::makeRoom(m_document->plan(), renamed.edit, id, &DeviceItem::cardSize);
    if (!renamed.edit.isEmpty())
        m_document->edit(renamed.edit, tr("Rename to “%1”").arg(text().trimmed()));
}
