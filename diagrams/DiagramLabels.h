#pragma once

#include "diagrams/Figure.h"
#include "model/Flow.h"
#include "model/Plan.h"
#include "model/Texts.h"

#include <QList>
#include <QString>

// The texts of a diagram as bodies of Graphviz HTML-like labels. Every piece of text from a plan or
// a translation passes through escaped(), so no name can inject markup into the label, the DOT
// or the SVG.
class DiagramLabels
{
public:
    static constexpr int MaxNameLength = 60;

    // Plain text made safe for a label: control characters become spaces, long text is cut to
    // maxLength characters plus "…", markup characters are escaped.
    static QString escaped(const QString &text, int maxLength = MaxNameLength);

    static QString device(const Device &device, const Texts &texts);
    // Several entries that draw alike as one node: the first one's name, the role, how many
    // entries and devices ("18 entries · × 450").
    static QString merged(const Device &first, int entries, qint64 devices, const Texts &texts);
    // A whole site as one box: its server's name and what the site holds.
    static QString site(const Device &server, const SiteCounts &counts, const Texts &texts);
    static QString zone(const Zone &zone);
    // A node's label with its role's icon above it, as in KSC's figures: a square cell of `size`
    // points filled with FigureIcons::Marker, where the icon is drawn after the layout.
    static QString withIcon(const QString &label, int size);
    // One arrow: the flow numbers in bold, then each distinct transport and port on its own line.
    static QString flows(const QList<Flow> &flows);
    // Only the flow numbers, for figures whose legend carries the rest.
    static QString numbersLabel(const QList<Flow> &flows);
    static QString title(const QString &title);
    // A caption table: the plan's title (if any), then every number drawn with its purpose.
    static QString legend(const QList<Flow> &flows, const Texts &texts, const QString &title);
    static QString note(const QString &text);

    static QString numbers(const QList<Flow> &flows); // "4, 16" in catalog order, no repeats
};
