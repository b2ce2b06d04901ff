#pragma once

#include "model/Plan.h"

#include <QStringList>

#include <memory>
#include <optional>

class QMimeData;

// Zones and devices on the clipboard, as a plan fragment in the plan file format (so a copy can
// also be pasted into a text editor and read).
namespace PlanClipboard {
inline const char *const MimeType = "application/x-portolan-fragment";

// The fragment of `plan` for the selected ids: selected zones take their devices along.
Plan fragment(const Plan &plan, const QStringList &ids);
std::unique_ptr<QMimeData> encode(const Plan &fragment);
std::optional<Plan> decode(const QMimeData *mime);
} // namespace PlanClipboard
