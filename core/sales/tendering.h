#pragma once

#include "common/money.h"

#include <QCoreApplication>

namespace holdfast::sales {

/// Whether cash is rounded, as Canada does since the penny went: a cash payment that settles
/// the balance is rounded to the nearest 0.05 (…1, …2 down; …3, …4 up to …5; …6, …7 down to
/// …5; …8, …9 up). Card payments and partial cash are never rounded.
enum class CashRounding { None, Nickel };

/// What a cash tender does to a balance.
struct CashOutcome
{
    Money applied; ///< counted toward the order (at most the balance)
    Money rounding; ///< the cash rounding adjustment, −0.02 to +0.02
    Money change; ///< handed back
};

/// The pure rules of tendering. The order store applies them inside its transactions.
class Tendering
{
    Q_DECLARE_TR_FUNCTIONS(Tendering)

public:
    /// `amount` rounded to the nearest 0.05 (CashRounding::Nickel), or unchanged.
    static Money roundCash(const Money &amount, CashRounding rounding);
    /// Cash handed over against `remaining`: when it covers the (rounded) balance it settles
    /// it and the rest is change; otherwise all of it is applied. Refuses nothing handed over
    /// ("tender_invalid"), another currency ("currency_mismatch"), a settled balance
    /// ("order_settled").
    static Result<CashOutcome> settleCash(const Money &remaining, const Money &tendered, CashRounding rounding);
    /// A card amount must be positive and at most the balance: only cash may overpay
    /// ("tender_invalid", "tender_overpay", "currency_mismatch", "order_settled").
    static Status checkCard(const Money &remaining, const Money &amount);
};

} // namespace holdfast::sales
