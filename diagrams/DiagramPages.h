#pragma once

#include "diagrams/DiagramOptions.h"
#include "model/Analysis.h"

#include <QByteArray>
#include <QString>

#include <optional>

class DiagramRenderer;

// A printable set of figures of an estate: the overview on the first page, then a page for each
// Administration Server's site in plan order.
namespace DiagramPages {

std::optional<QByteArray> pdf(DiagramRenderer &renderer, const Analysis &analysis,
                              const DiagramOptions &options, QString *error);

} // namespace DiagramPages
