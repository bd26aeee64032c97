#include "cart.h"

using namespace Qt::StringLiterals;

namespace holdfast::sales {

namespace {

Error noSuchLine()
{
    return {u"cart_line_not_found"_s, Cart::tr("That line is no longer in the cart.")};
}

} // namespace

Cart::Cart(QString currency, TaxRules rules) : m_currency(std::move(currency)), m_rules(std::move(rules))
{
    Q_ASSERT(m_rules.validate().ok());
    auto totals = computeTotals({}, std::nullopt, m_rules, m_currency);
    Q_ASSERT(totals.ok());
    if (totals) {
        m_totals = totals.value();
    }
}

const CartLine *Cart::line(int lineId) const
{
    const qsizetype index = indexOf(lineId);
    return index < 0 ? nullptr : &m_lines.at(index);
}

qsizetype Cart::indexOf(int lineId) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).id == lineId) {
            return i;
        }
    }
    return -1;
}

Status Cart::checkQuantity(qint64 quantity) const
{
    if (quantity < 1) {
        return Error {u"quantity_invalid"_s, tr("The quantity must be at least 1.")};
    }
    if (quantity > maxQuantity) {
        return Error {u"quantity_invalid"_s, tr("The quantity cannot be more than %1.").arg(maxQuantity)};
    }
    return {};
}

Status Cart::commit(QList<CartLine> lines, std::optional<Discount> orderDiscount)
{
    auto totals = computeTotals(lines, orderDiscount, m_rules, m_currency);
    if (!totals) {
        return totals.error();
    }
    m_lines = std::move(lines);
    m_orderDiscount = std::move(orderDiscount);
    m_totals = std::move(totals).value();
    return {};
}

Result<int> Cart::add(const Product &product, int quantity)
{
    if (!product.active) {
        return Error {u"product_inactive"_s, tr("%1 is no longer sold.").arg(product.name)};
    }
    if (product.price.currency() != m_currency) {
        return Error {u"currency_mismatch"_s,
                      tr("%1 is priced in %2, but this register sells in %3.")
                          .arg(product.name, product.price.currency(), m_currency)};
    }
    if (auto valid = checkQuantity(quantity); !valid) {
        return valid.error();
    }
    QList<CartLine> lines = m_lines;
    for (CartLine &existing : lines) {
        if (existing.productId == product.id && existing.unitPrice == product.price) {
            if (auto valid = checkQuantity(qint64(existing.quantity) + quantity); !valid) {
                return valid.error();
            }
            existing.quantity += quantity;
            const int id = existing.id;
            if (auto done = commit(std::move(lines), m_orderDiscount); !done) {
                return done.error();
            }
            return id;
        }
    }
    const int id = m_nextLineId;
    lines.append({id, product.id, product.sku, product.name, product.price, product.taxClassId, quantity, {}});
    if (auto done = commit(std::move(lines), m_orderDiscount); !done) {
        return done.error();
    }
    ++m_nextLineId;
    return id;
}

Status Cart::setQuantity(int lineId, int quantity)
{
    const qsizetype index = indexOf(lineId);
    if (index < 0) {
        return noSuchLine();
    }
    if (auto valid = checkQuantity(quantity); !valid) {
        return valid;
    }
    QList<CartLine> lines = m_lines;
    lines[index].quantity = quantity;
    return commit(std::move(lines), m_orderDiscount);
}

Status Cart::remove(int lineId)
{
    const qsizetype index = indexOf(lineId);
    if (index < 0) {
        return noSuchLine();
    }
    QList<CartLine> lines = m_lines;
    lines.removeAt(index);
    // An order discount on an empty cart means nothing; keeping it would make the next item
    // start discounted by surprise.
    return commit(lines, lines.isEmpty() ? std::nullopt : m_orderDiscount);
}

Status Cart::setLineDiscount(int lineId, const std::optional<Discount> &discount)
{
    const qsizetype index = indexOf(lineId);
    if (index < 0) {
        return noSuchLine();
    }
    QList<CartLine> lines = m_lines;
    lines[index].discount = discount;
    return commit(std::move(lines), m_orderDiscount);
}

Status Cart::setOrderDiscount(const std::optional<Discount> &discount)
{
    if (discount && m_lines.isEmpty()) {
        return Error {u"cart_empty"_s, tr("Add an item before giving a discount on the order.")};
    }
    return commit(m_lines, discount);
}

void Cart::clear()
{
    const Status done = commit({}, std::nullopt);
    Q_ASSERT(done.ok());
    Q_UNUSED(done);
}

} // namespace holdfast::sales
