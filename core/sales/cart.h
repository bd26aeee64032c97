#pragma once

#include "carttotals.h"
#include "product.h"

#include <QCoreApplication>

namespace holdfast::sales {

/// The sale being rung up. Every change is checked by recomputing the totals on a copy: a
/// change that would make nonsense (a quantity under 1, a discount above the price, another
/// currency) is refused with an error and leaves the cart as it was. totals() is therefore
/// always valid. The screen shows lines() and totals(); it computes nothing itself.
class Cart
{
    Q_DECLARE_TR_FUNCTIONS(Cart)

public:
    /// The largest quantity on one line; beyond it a mistyped number is more likely than a sale.
    static constexpr int maxQuantity = 9999;

    /// An empty cart in the location's currency under its tax rules (which must be valid).
    Cart(QString currency, TaxRules rules);

    const QString &currency() const { return m_currency; }
    const TaxRules &taxRules() const { return m_rules; }
    const QList<CartLine> &lines() const { return m_lines; }
    const std::optional<Discount> &orderDiscount() const { return m_orderDiscount; }
    const CartTotals &totals() const { return m_totals; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    /// The line with `lineId`, or nullptr.
    const CartLine *line(int lineId) const;

    /// Adds `quantity` of an active product; a product already in the cart at the same price
    /// gets its quantity raised instead. Returns the line's id.
    Result<int> add(const Product &product, int quantity = 1);
    /// Sets a line's quantity (1 to maxQuantity).
    Status setQuantity(int lineId, int quantity);
    /// Removes a line. Removing the last line also drops the order discount.
    Status remove(int lineId);
    /// Sets or (with nullopt) clears a line's discount.
    Status setLineDiscount(int lineId, const std::optional<Discount> &discount);
    /// Sets or (with nullopt) clears the order discount.
    Status setOrderDiscount(const std::optional<Discount> &discount);
    /// Empties the cart and drops the order discount.
    void clear();

private:
    Status commit(QList<CartLine> lines, std::optional<Discount> orderDiscount);
    Status checkQuantity(qint64 quantity) const;
    qsizetype indexOf(int lineId) const;

    QString m_currency;
    TaxRules m_rules;
    QList<CartLine> m_lines;
    std::optional<Discount> m_orderDiscount;
    CartTotals m_totals;
    int m_nextLineId = 1;
};

} // namespace holdfast::sales
