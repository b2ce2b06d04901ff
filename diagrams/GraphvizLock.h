#pragma once

#include <QMutex>

// Graphviz keeps process-wide state: two layouts at once (the window's diagram worker drawing
// the figure while the GUI thread arranges the canvas) would corrupt it. Everything that calls
// into Graphviz holds this lock for the whole call.
namespace GraphvizLock {
QMutex &mutex();
} // namespace GraphvizLock
