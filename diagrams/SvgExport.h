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
    // The largest PNG: A3 (297 × 420 mm) at MaxDpi is 14,032 × 19,843 pixels; ~1.1 GB as ARGB32.
    static constexpr qint64 MaxPixels = 280'000'000;

    // The highest dpi at which a figure of `points` (1/72 inch) stays within MaxPixels.
    static int maxDpiFor(const QSizeF &points);

    static std::optional<QByteArray> toPng(const QByteArray &svg, int dpi, QString *error);
    // Vector PDF, one page the size of the figure.
    static std::optional<QByteArray> toPdf(const QByteArray &svg, QString *error);
    // Vector PDF, a page per figure, each page the size of its figure.
    static std::optional<QByteArray> toPdf(const QList<QByteArray> &svgs, QString *error);
};
