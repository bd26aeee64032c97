#pragma once

#include "discount.h"
#include "taxcalc.h"

#include <QList>

#include <optional>

namespace holdfast::sales {

/// One line of a cart: a product snapshot, a quantity and an optional line discount.
struct CartLine
{
    int id = 0; ///< stable within its cart, so the screen can point at a line
    qint64 productId = 0;
    QString sku;
    QString name;
    Money unitPrice;
    QString taxClassId;
    int quantity = 1; ///< whole units; weighed items are not supported (docs/sales.md)
    std::optional<Discount> discount;

    bool operator==(const CartLine &) const = default;
};

/// A line's amounts after discounts.
struct CartLineTotals
{
    int lineId = 0;
    Money extended; ///< unit price × quantity
    Money lineDiscount; ///< the line's own discount
    Money orderDiscount; ///< its share of the order discount
    Money net; ///< extended − both discounts: what tax applies to

    bool operator==(const CartLineTotals &) const = default;
};

/// Everything the sale screen and the order show at the bottom of a cart. All exact.
struct CartTotals
{
    TaxMode taxMode = TaxMode::Exclusive;
    QList<CartLineTotals> lines; ///< in the cart's order
    Money subtotal; ///< Σ extended, before discounts
    Money lineDiscounts;
    Money orderDiscount;
    Money discounts; ///< lineDiscounts + orderDiscount
    Money net; ///< subtotal − discounts; in inclusive mode this still includes the tax
    QList<TaxLine> taxes; ///< one per tax name that applies
    Money taxTotal; ///< Σ taxes (added on top when exclusive, contained in `net` when inclusive)
    Money total; ///< what the customer pays: net + taxTotal (exclusive) or net (inclusive)
};

/// Computes a cart's totals (docs/sales.md): line discounts first, then the order discount on
/// what is left, split across lines in proportion to their amounts (remainder cents to the
/// largest fractions, ties to the earlier line), then taxes on each class's net total.
Result<CartTotals> computeTotals(const QList<CartLine> &lines, const std::optional<Discount> &orderDiscount,
                                 const TaxRules &rules, QStringView currency);

} // namespace holdfast::sales
