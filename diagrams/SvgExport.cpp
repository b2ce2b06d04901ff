#include "diagrams/SvgExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

#include <cmath>
#include <memory>

namespace {

const char *const kContext = "SvgExport";

void setError(QString *error, const char *message)
{
    if (error)
        *error = QCoreApplication::translate(kContext, message);
}

// Graphviz writes sizes in points (1/72 inch) and a viewBox in the same unit.
bool loadSvg(QSvgRenderer &renderer, const QByteArray &svg, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        setError(error,
                 QT_TRANSLATE_NOOP("SvgExport", "PNG and PDF export need a graphical application "
                                                "object (the offscreen platform is enough)"));
        return false;
    }
    if (!renderer.load(svg) || renderer.viewBoxF().isEmpty()) {
        setError(error, QT_TRANSLATE_NOOP("SvgExport", "The diagram's SVG could not be read"));
        return false;
    }
    return true;
}

} // namespace

int SvgExport::maxDpiFor(const QSizeF &points)
{
    const double area = points.width() * points.height(); // square points
    if (area <= 0)
        return MaxDpi;
    // pixels = area × (dpi / 72)²; one less than the exact bound absorbs the rounding of toSize().
    const int fits = int(std::floor(72.0 * std::sqrt(double(MaxPixels) / area))) - 1;
    return std::clamp(fits, 0, MaxDpi);
}

std::optional<QByteArray> SvgExport::toPng(const QByteArray &svg, int dpi, QString *error)
{
    QSvgRenderer renderer;
    if (!loadSvg(renderer, svg, error))
        return std::nullopt;
    dpi = std::clamp(dpi, MinDpi, MaxDpi);
    const QSizeF points = renderer.viewBoxF().size();
    const QSize pixels = (points * dpi / 72.0).toSize().expandedTo(QSize(1, 1));
    if (qint64(pixels.width()) * pixels.height() > MaxPixels) {
        if (error)
            *error = QCoreApplication::translate("SvgExport",
                                                 "The image would be %1 × %2 pixels at %3 dpi, "
                                                 "more than %4 million; this diagram allows at "
                                                 "most %5 dpi")
                         .arg(pixels.width())
                         .arg(pixels.height())
                         .arg(dpi)
                         .arg(MaxPixels / 1'000'000)
                         .arg(maxDpiFor(points));
        return std::nullopt;
    }
    // Opaque (the figure is drawn on white): three bytes a pixel instead of four.
    QImage image(pixels, QImage::Format_RGB888);
    if (image.isNull()) {
        setError(error, QT_TRANSLATE_NOOP("SvgExport", "Not enough memory for the image"));
        return std::nullopt;
    }
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        setError(error, QT_TRANSLATE_NOOP("SvgExport", "The PNG image could not be written"));
        return std::nullopt;
    }
    return png;
}

std::optional<QByteArray> SvgExport::toPdf(const QByteArray &svg, QString *error)
{
    return toPdf(QList<QByteArray>{svg}, error);
}

std::optional<QByteArray> SvgExport::toPdf(const QList<QByteArray> &svgs, QString *error)
{
    QList<std::shared_ptr<QSvgRenderer>> renderers;
    for (const QByteArray &svg : svgs) {
        renderers << std::make_shared<QSvgRenderer>();
        if (!loadSvg(*renderers.last(), svg, error))
            return std::nullopt;
    }
    if (renderers.isEmpty()) {
        setError(error, QT_TRANSLATE_NOOP("SvgExport", "The PDF could not be written"));
        return std::nullopt;
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Portolan"));
        writer.setResolution(72); // one device unit = one Graphviz point
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPageSize(QPageSize(renderers.first()->viewBoxF().size(), QPageSize::Point));
        QPainter painter(&writer);
        if (!painter.isActive()) {
            setError(error, QT_TRANSLATE_NOOP("SvgExport", "The PDF could not be written"));
            return std::nullopt;
        }
        for (qsizetype i = 0; i < renderers.size(); ++i) {
            const QSizeF points = renderers[i]->viewBoxF().size();
            if (i > 0) {
                // The next page takes its own figure's size.
                writer.setPageSize(QPageSize(points, QPageSize::Point));
                writer.newPage();
            }
            renderers[i]->render(&painter, QRectF(QPointF(0, 0), points));
        }
    }
    return pdf;
}
