#pragma once

// What a person does with mouse and keyboard, for the window tests: a right click that opens a
// context menu, a key pressed on whatever has the focus.

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTest>
#include <QWidget>

inline void rightClick(QWidget *viewport, const QPoint &pos)
{
    QTest::mouseMove(viewport, pos);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport->mapToGlobal(pos));
    QApplication::sendEvent(viewport, &event);
}

inline void pressOnFocus(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

// Tab from the focus on until `target` has it (at most `presses` times), as a keyboard-only user.
inline void tabTo(QWidget *target, int presses = 60)
{
    for (int i = 0; i < presses && QApplication::focusWidget() != target; ++i)
        pressOnFocus(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), target);
}

// The popup menu open now (a context menu or a menu bar's menu); null when none is.
inline QMenu *openPopupMenu()
{
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

// The entry of `menu` whose text, without its & mnemonic, starts with `text`; null when none does.
inline QAction *menuEntry(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (QString(a->text()).remove(QLatin1Char('&')).startsWith(text))
            return a;
    }
    return nullptr;
}

// Clicks an entry of an open menu as a user does; false when it is missing or disabled.
inline bool clickMenuEntry(QMenu *menu, const QString &text)
{
    QAction *a = menu ? menuEntry(menu, text) : nullptr;
    if (!a || !a->isEnabled())
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(a).center());
    return true;
}
