#pragma once

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>

#include <optional>

// Raster and print exports of a Graphviz SVG, drawn by Qt's SVG renderer so that text uses the
// installed fonts (DejaVu Sans: Latin and Cyrillic). Needs a QGuiApplication (offscreen is
// enough); without one it returns an error instead of crashing.
class SvgExport
{
public:
    static constexpr int MinDpi = 24;
    static constexpr int MaxDpi = 1200;
    // The memory one PNG may take while it is drawn: A3 (297 × 420 mm) at MaxDpi, 14,032 × 19,843
    // pixels, as ARGB32 (~1.1 GB). Figures are drawn opaque on white, three bytes a pixel, so
    // that budget holds about 371 million pixels: a figure a little larger than A3 (the reference
    // figure is) still renders at MaxDpi.
    static constexpr qint64 MaxImageBytes = qint64(14'032) * 19'843 * 4;
    static constexpr qint64 MaxPixels = MaxImageBytes / 3;

    // The highest dpi at which a figure of `points` (1/72 inch) stays within MaxPixels.
    static int maxDpiFor(const QSizeF &points);

    static std::optional<QByteArray> toPng(const QByteArray &svg, int dpi, QString *error);
    // Vector PDF, one page the size of the figure.
    static std::optional<QByteArray> toPdf(const QByteArray &svg, QString *error);
    // Vector PDF, a page per figure, each page the size of its figure.
    static std::optional<QByteArray> toPdf(const QList<QByteArray> &svgs, QString *error);
};
