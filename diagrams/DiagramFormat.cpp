#include "diagrams/DiagramFormat.h"

#include <QFileInfo>

namespace {

struct FormatInfo
{
    DiagramFormat format;
    const char *extension;
};

constexpr FormatInfo kFormats[] = {
    {DiagramFormat::Svg, "svg"}, {DiagramFormat::Png, "png"},       {DiagramFormat::Pdf, "pdf"},
    {DiagramFormat::Dot, "dot"}, {DiagramFormat::Drawio, "drawio"},
};

} // namespace

std::optional<DiagramFormat> diagramFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const FormatInfo &info : kFormats) {
        if (suffix == QLatin1String(info.extension))
            return info.format;
    }
    return std::nullopt;
}

QStringList diagramExtensions()
{
    QStringList extensions;
    for (const FormatInfo &info : kFormats)
        extensions << QString::fromLatin1(info.extension);
    return extensions;
}
