#pragma once

#include <QMutex>

// Graphviz keeps process-wide state: two layouts at once (the window's diagram worker drawing
// the figure while the GUI thread arranges the canvas) would corrupt it. Everything that calls
// into Graphviz holds this lock for the whole call.
struct GVC_s;

namespace GraphvizLock {
QMutex &mutex();
// The process's one Graphviz context, created on first use and never freed; call it holding the
// lock. Graphviz 2.42's pango plugin remembers the last font name it measured as a pointer into
// the context's font table, so a context freed between two figures leaves it dangling
// (AddressSanitizer: heap-use-after-free in textspan_size on the next layout).
GVC_s *context();
} // namespace GraphvizLock
