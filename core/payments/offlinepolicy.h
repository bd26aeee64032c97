#pragma once

#include "common/money.h"
#include "common/result.h"
#include "crypto/carddata.h"
#include "crypto/keyschedule.h"
#include "wire/settings.h"

#include <QCoreApplication>

#include <optional>

namespace holdfast::payments {

/// What the policy needs to know about a payment that might be taken offline.
struct OfflineRequest
{
    Money amount;
    crypto::EntryMethod entryMethod = crypto::EntryMethod::Chip;
    bool interacDebit = false;
};

/// What this register already holds offline for the location: QUEUED payments.
struct OfflineExposure
{
    int count = 0;
    qint64 amountMinor = 0;
    std::optional<qint64> oldestQueuedAt;
};

/// The offline rules of DESIGN section 4 for one location, from its cached gateway settings.
/// Pure: it decides from its inputs and never looks at the clock or the vault itself.
class OfflinePolicy
{
    Q_DECLARE_TR_FUNCTIONS(OfflinePolicy)

public:
    explicit OfflinePolicy(wire::OfflineSettings settings) : m_settings(std::move(settings)) { }

    const wire::OfflineSettings &settings() const { return m_settings; }

    /// Whether a new payment may be taken offline at `nowMs` with `key` (the schedule's key for
    /// now, if any). A refusal has a stable code and a sentence for the cashier:
    /// offline_not_allowed, offline_currency_mismatch, offline_interac_debit,
    /// offline_entry_method, offline_payment_limit, offline_total_limit, offline_count_limit,
    /// offline_window_closed, offline_no_key.
    Status allows(const OfflineRequest &request, const OfflineExposure &exposure,
                  const std::optional<crypto::ScheduleKey> &key, qint64 nowMs) const;

    /// When a payment captured at `createdAtMs` must have reached the gateway.
    qint64 uploadDeadlineFor(qint64 createdAtMs) const { return createdAtMs + m_settings.uploadDeadlineMs; }
    /// When no new offline payment may be taken, given the oldest one still queued.
    std::optional<qint64> windowClosesAt(const OfflineExposure &exposure) const;

private:
    wire::OfflineSettings m_settings;
};

} // namespace holdfast::payments
