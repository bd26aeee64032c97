#include "cartmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

CartModel::CartModel(const sales::Cart &cart, QObject *parent) : QAbstractTableModel(parent), m_cart(cart)
{
}

void CartModel::refresh()
{
    beginResetModel();
    endResetModel();
}

int CartModel::rowOf(int lineId) const
{
    const auto &lines = m_cart.lines();
    for (int row = 0; row < lines.size(); ++row) {
        if (lines[row].id == lineId) {
            return row;
        }
    }
    return -1;
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cart.lines().size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cart.lines().size()) {
        return {};
    }
    const sales::CartLine &line = m_cart.lines().at(index.row());
    const QLocale locale;
    sales::CartLineTotals totals;
    for (const sales::CartLineTotals &candidate : m_cart.totals().lines) {
        if (candidate.lineId == line.id) {
            totals = candidate;
        }
    }
    if (role == LineIdRole) {
        return line.id;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == ItemColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case ItemColumn: {
        QString text = line.name;
        if (line.quantity > 1) {
            text += u"\n"_s + tr("%1 × %2").arg(locale.toString(line.quantity), line.unitPrice.format(locale));
        }
        if (totals.lineDiscount.isValid() && !totals.lineDiscount.isZero()) {
            text += u"\n"_s + tr("Discount −%1").arg(totals.lineDiscount.format(locale));
        }
        return text;
    }
    case QuantityColumn:
        return locale.toString(line.quantity);
    case AmountColumn: {
        if (!totals.extended.isValid()) {
            return {};
        }
        const auto amount = totals.extended.minus(totals.lineDiscount);
        return amount ? amount->format(locale) : totals.extended.format(locale);
    }
    default:
        return {};
    }
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Qty");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace holdfast::ui
