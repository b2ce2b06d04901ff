#pragma once

#include <QMessageBox>

#include <functional>

// Asks the user something and returns the button chosen; tests replace it to answer without a
// dialog.
using Prompt = std::function<QMessageBox::StandardButton(QMessageBox::Icon icon,
                                                         const QString &title, const QString &text,
                                                         QMessageBox::StandardButtons buttons)>;

// The ordinary way to ask: a message box over `parent`.
inline Prompt messageBoxPrompt(QWidget *parent)
{
    return [parent](QMessageBox::Icon icon, const QString &title, const QString &text,
                    QMessageBox::StandardButtons buttons) {
        QMessageBox box(icon, title, text, buttons, parent);
        return QMessageBox::StandardButton(box.exec());
    };
}
