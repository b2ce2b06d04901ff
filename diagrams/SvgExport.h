#pragma once

#include <QByteArray>
#include <QList>
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
    static constexpr qint64 MaxPixels = 200'000'000; // ~800 MB as ARGB32

    static std::optional<QByteArray> toPng(const QByteArray &svg, int dpi, QString *error);
    // Vector PDF, one page the size of the figure.
    static std::optional<QByteArray> toPdf(const QByteArray &svg, QString *error);
    // Vector PDF, a page per figure, each page the size of its figure.
    static std::optional<QByteArray> toPdf(const QList<QByteArray> &svgs, QString *error);
};
