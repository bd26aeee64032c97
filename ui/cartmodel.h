#pragma once

#include "sales/cart.h"

#include <QAbstractTableModel>

namespace holdfast::ui {

/// The cart as a table: item (with its discount), quantity, amount. A view of a Cart that
/// someone else owns and changes; refresh() after each change. Figures come from the cart's
/// totals, never computed here.
class CartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, QuantityColumn, AmountColumn, ColumnCount };
    enum Role { LineIdRole = Qt::UserRole + 1 };

    explicit CartModel(const sales::Cart &cart, QObject *parent = nullptr);

    void refresh();
    /// The row of a line, or -1.
    int rowOf(int lineId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const sales::Cart &m_cart;
};

} // namespace holdfast::ui
