#pragma once

#include <QString>
#include <QStringList>

#include <optional>

enum class DiagramFormat
{
    Svg,
    Png,
    Pdf,
    Dot,
    Drawio // an editable diagrams.net file
};

// The output format named by a file's extension ("plan.svg" -> Svg); nullopt when unknown.
std::optional<DiagramFormat> diagramFormatFromPath(const QString &path);
QStringList diagramExtensions(); // "svg", "png", "pdf", "dot", "drawio"
