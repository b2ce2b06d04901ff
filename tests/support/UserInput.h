#pragma once

// What a person does with mouse and keyboard, for the window tests: a right click that opens a
// context menu, a key pressed on whatever has the focus.

#include <QApplication>
#include <QContextMenuEvent>
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
