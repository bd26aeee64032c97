#pragma once

#include "order.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace holdfast::sales {

/// The register's offline exposure as the payment vault reports it (the vault is not read
/// here: whoever builds the report passes these figures in).
struct OfflineExposure
{
    int queuedCount = 0; ///< payments waiting to upload
    Money queuedAmount;
    std::optional<qint64> nearestDeadline; ///< the earliest upload deadline among them
};

/// Count and amount of one kind of tender.
struct TenderTotal
{
    int count = 0;
    Money amount;

    bool operator==(const TenderTotal &) const = default;
};

/// Something a manager must see before ending the shift.
struct ShiftWarning
{
    QString code; ///< open_orders, offline_queued, deadline_passed, card_pending, card_declined
    QString message; ///< a translated sentence with the figures
};

/// The numbers of the end-of-shift screen, from the shift's orders.
struct ShiftReport
{
    QString currency;
    int paidOrders = 0;
    int openOrders = 0;
    int voidedOrders = 0;
    Money subtotal; ///< paid orders, before discounts
    Money discounts;
    Money taxTotal;
    QList<TaxLine> taxes; ///< by tax name, summed over paid orders
    Money sales; ///< Σ totals of paid orders
    TenderTotal cash; ///< cash applied to sales (change already given back)
    TenderTotal cardOnline;
    TenderTotal cardOffline; ///< taken offline: approved later, still pending or declined
    TenderTotal cardPending; ///< of the cards above, those whose outcome is not known yet
    TenderTotal cardDeclined; ///< offline payments declined after the sale: follow up
    int declinedWithoutContact = 0; ///< of those, how many have no customer contact
    Money changeGiven;
    Money cashRounding;
    Money expectedCash; ///< what the drawer should hold from these sales: cash applied + rounding
    OfflineExposure exposure;
    QList<ShiftWarning> warnings; ///< empty when the shift can end cleanly

    /// Whether anything is not settled: open orders, queued or pending or declined payments.
    bool hasUnprocessed() const { return !warnings.isEmpty(); }
};

/// Builds the report from the shift's orders (voided ones are counted, nothing else of theirs)
/// and the vault's exposure, at `nowMs` (for the time left to the deadline).
class ShiftReporter
{
    Q_DECLARE_TR_FUNCTIONS(ShiftReporter)

public:
    static ShiftReport build(const QList<Order> &orders, const OfflineExposure &exposure, const QString &currency,
                             qint64 nowMs);
};

} // namespace holdfast::sales
