#include "offlinepolicy.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace holdfast::payments {

std::optional<qint64> OfflinePolicy::windowClosesAt(const OfflineExposure &exposure) const
{
    if (!exposure.oldestQueuedAt) {
        return std::nullopt;
    }
    return *exposure.oldestQueuedAt + m_settings.acceptWindowMs;
}

Status OfflinePolicy::allows(const OfflineRequest &request, const OfflineExposure &exposure,
                             const std::optional<crypto::ScheduleKey> &key, qint64 nowMs) const
{
    const QLocale locale;
    if (!m_settings.offlineAllowed) {
        return Error {u"offline_not_allowed"_s,
                      tr("Offline payments are turned off for this store. Take the payment online or use another "
                         "form of payment.")};
    }
    if (request.amount.currency() != m_settings.currency) {
        return Error {u"offline_currency_mismatch"_s,
                      tr("This store takes offline payments in %1 only.").arg(m_settings.currency)};
    }
    if (request.interacDebit) {
        return Error {u"offline_interac_debit"_s,
                      tr("Interac debit cards cannot be used offline. Ask for a credit card or another form of "
                         "payment.")};
    }
    if (!m_settings.offlineEntryMethods.contains(request.entryMethod)) {
        return Error {
            u"offline_entry_method"_s,
            tr("This way of reading the card (%1) is not allowed offline.").arg(crypto::toWire(request.entryMethod))};
    }
    if (request.amount.minor() > m_settings.perPaymentLimit.minor()) {
        return Error {u"offline_payment_limit"_s,
                      tr("Offline payments are limited to %1 each.").arg(m_settings.perPaymentLimit.format(locale))};
    }
    if (exposure.amountMinor + request.amount.minor() > m_settings.totalLimit.minor()) {
        return Error {u"offline_total_limit"_s,
                      tr("This register already holds as much in offline payments as it may (%1 in all). Reconnect "
                         "to upload them before taking more offline.")
                          .arg(m_settings.totalLimit.format(locale))};
    }
    if (exposure.count + 1 > m_settings.maxCount) {
        return Error {u"offline_count_limit"_s,
                      tr("This register already holds %n offline payment(s), the most it may. Reconnect to upload "
                         "them before taking more offline.",
                         nullptr, m_settings.maxCount)};
    }
    if (const auto closes = windowClosesAt(exposure); closes && nowMs >= *closes) {
        return Error {u"offline_window_closed"_s,
                      tr("The oldest offline payment is more than %n hour(s) old. Reconnect to upload it before "
                         "taking more offline.",
                         nullptr, int(m_settings.acceptWindowMs / wire::OfflineSettings::hourMs))};
    }
    if (!key || !key->covers(nowMs)) {
        return Error {u"offline_no_key"_s,
                      tr("This register has no valid sealing key for today, so it cannot store card data safely. "
                         "Reconnect to the gateway to fetch new keys.")};
    }
    return {};
}

} // namespace holdfast::payments
