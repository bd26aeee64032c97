#pragma once

#include "payments/paymentqueries.h"
#include "payments/paymentstatus.h"
#include "payments/reminders.h"
#include "sync/connectivity.h"
#include "wire/settings.h"

#include <QString>

#include <optional>

namespace holdfast {

/// How the register sees its LAN payment terminal.
enum class TerminalLink {
    NotPaired, ///< no terminal: cards can only be keyed in (by a manager)
    Unknown, ///< paired, not asked yet
    Ready, ///< answered its last status call and is idle
    Busy, ///< answered and is waiting for a card or reading one
    Unreachable, ///< did not answer its last status call
};

/// "Ready", "Not paired", … translated.
QString displayName(TerminalLink link);

/// Everything the screens show about the queue, the links and the processing mode, taken at one
/// instant in the engine thread and handed to the UI thread as a value.
struct RegisterStatus
{
    bool paired = false; ///< with a gateway location
    QString registerName;
    QString currency; ///< the store's
    payments::QueueSummary queue; ///< the active location's payments
    payments::ReminderLevel level = payments::ReminderLevel::None;
    qint64 nowMs = 0; ///< the trusted time the snapshot was taken at (deadlines count from it)
    sync::Reachability gateway = sync::Reachability::Unknown;
    std::optional<qint64> gatewayContactMs; ///< wall-clock time the gateway last answered
    TerminalLink terminal = TerminalLink::NotPaired;
    QString terminalName; ///< its model, or its id
    std::optional<qint64> terminalContactMs; ///< wall-clock time the terminal last answered
    payments::ProcessingMode mode = payments::ProcessingMode::OnlineOnly; ///< the manager's toggle
    std::optional<wire::OfflineSettings> policy; ///< the location's cached offline limits
};

} // namespace holdfast
