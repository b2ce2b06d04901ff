#pragma once

#include "model/Plan.h"

#include <memory>
#include <optional>

class QMimeData;

// Zones and devices on the clipboard, as a plan fragment in the plan file format (so a copy can
// also be pasted into a text editor and read). PlanFragment (model/edit) cuts and pastes them.
namespace PlanClipboard {
inline const char *const MimeType = "application/x-portolan-fragment";

std::unique_ptr<QMimeData> encode(const Plan &fragment);
std::optional<Plan> decode(const QMimeData *mime);
} // namespace PlanClipboard
