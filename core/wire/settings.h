#pragma once

#include "common/money.h"
#include "common/result.h"
#include "crypto/carddata.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace holdfast::wire {

/// A location's offline policy (DESIGN section 4) as `GET /v1/settings` serves it:
/// {"locationId","locationName","currency","offlineAllowed","perPaymentLimit":Money,
///  "totalLimit":Money,"maxCount","acceptWindowMs","uploadDeadlineMs",
///  "offlineEntryMethods":["CHIP",…],"serverTime"}
struct OfflineSettings
{
    Q_DECLARE_TR_FUNCTIONS(OfflineSettings)

public:
    static constexpr qint64 hourMs = 60 * 60 * 1000;

    QString locationId;
    QString locationName;
    QString currency;
    bool offlineAllowed = true;
    Money perPaymentLimit;
    Money totalLimit;
    int maxCount = 1000;
    qint64 acceptWindowMs = 24 * hourMs;
    qint64 uploadDeadlineMs = 72 * hourMs;
    QList<crypto::EntryMethod> offlineEntryMethods;
    qint64 serverTime = 0; ///< the gateway's clock when it answered; 0 when stored

    /// The policy a new location starts with: offline on, 100.00 per payment, 2000.00 in all,
    /// 1000 payments, 24 h window, 72 h deadline, every entry method (Interac is refused
    /// offline whatever the entry method).
    static OfflineSettings defaults(const QString &locationId, const QString &locationName, const QString &currency);

    QJsonObject toJson() const;
    /// Strict, and checks the policy makes sense: limits in the location's currency and
    /// positive, window and deadline positive, the window no longer than the deadline.
    static Result<OfflineSettings> fromJson(const QJsonValue &value);

    bool operator==(const OfflineSettings &) const = default;
};

} // namespace holdfast::wire
