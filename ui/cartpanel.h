#pragma once

#include "sales/cart.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace holdfast::ui {

class CartModel;

/// The right half of the sale screen: the cart's lines, its totals and the actions on it. It
/// holds the Cart (a value: every change is checked and priced by the Cart itself) and shows
/// what the Cart says.
class CartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CartPanel(QWidget *parent = nullptr);

    /// Starts an empty cart under these rules.
    void reset(const QString &currency, const sales::TaxRules &rules);
    const sales::Cart &cart() const { return m_cart; }
    bool hasCart() const { return m_ready; }

    /// Adds one of `product`; errors go to notice().
    void add(const sales::Product &product);
    void changeQuantity(int delta);
    void removeSelected();
    void discountSelected();
    void discountOrder();
    void clear();

    QTableView *view() const { return m_view; }
    QPushButton *payButton() const { return m_pay; }
    /// The TOTAL as shown.
    QString totalText() const;

signals:
    void payRequested();
    void notice(const QString &text, bool error);
    void changed();

private:
    int selectedLineId() const;
    void selectLine(int lineId);
    void apply(const Status &status, int lineId);
    void refreshTotals();

    sales::Cart m_cart;
    bool m_ready = false;
    CartModel *m_model;
    QTableView *m_view;
    QGridLayout *m_totals;
    QWidget *m_totalsBox;
    QLabel *m_total;
    QPushButton *m_minus;
    QPushButton *m_plus;
    QPushButton *m_remove;
    QPushButton *m_lineDiscount;
    QPushButton *m_orderDiscount;
    QPushButton *m_pay;
};

} // namespace holdfast::ui
