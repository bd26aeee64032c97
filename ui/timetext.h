#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace holdfast::ui {

/// "just now", "12 s ago", "5 min ago", "3 h ago", "2 days ago"; "never" without a time.
QString sinceText(std::optional<qint64> thenMs, qint64 nowMs);
/// "2 h 05 min", "45 min", "30 s": a duration for deadlines; "0 s" when it is over.
QString durationText(qint64 ms);

} // namespace holdfast::ui
