#include "cartpanel.h"

#include "cartmodel.h"
#include "discountdialog.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

CartPanel::CartPanel(QWidget *parent)
    : QWidget(parent)
    , m_cart(u"CAD"_s, {})
    , m_model(new CartModel(m_cart, this))
    , m_view(new QTableView(this))
    , m_totals(new QGridLayout)
    , m_totalsBox(new QWidget(this))
    , m_total(new QLabel(this))
    , m_minus(new QPushButton(tr("− Qty"), this))
    , m_plus(new QPushButton(tr("+ Qty"), this))
    , m_remove(new QPushButton(tr("Remove (Del)"), this))
    , m_lineDiscount(new QPushButton(tr("Item discount (F4)"), this))
    , m_orderDiscount(new QPushButton(tr("Sale discount (Shift+F4)"), this))
    , m_pay(new QPushButton(this))
{
    m_view->setObjectName(u"cartView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setMinimumSectionSize(44);
    m_view->horizontalHeader()->setSectionResizeMode(CartModel::ItemColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(CartModel::QuantityColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CartModel::AmountColumn, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Sale"));

    m_totalsBox->setObjectName(u"totalsBox"_s);
    m_totalsBox->setLayout(m_totals);
    m_totals->setContentsMargins(4, 4, 4, 4);
    m_totals->setColumnStretch(0, 1);
    m_total->setObjectName(u"totalLabel"_s);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_minus->setObjectName(u"decreaseButton"_s);
    m_plus->setObjectName(u"increaseButton"_s);
    m_remove->setObjectName(u"removeButton"_s);
    m_lineDiscount->setObjectName(u"lineDiscountButton"_s);
    m_orderDiscount->setObjectName(u"orderDiscountButton"_s);
    m_minus->setToolTip(tr("One fewer of the selected item (-)"));
    m_plus->setToolTip(tr("One more of the selected item (+)"));
    m_pay->setObjectName(u"payButton"_s);
    m_pay->setMinimumHeight(64);
    QFont payFont = m_pay->font();
    payFont.setPointSizeF(payFont.pointSizeF() * 1.4);
    payFont.setBold(true);
    m_pay->setFont(payFont);
    m_pay->setStyleSheet(u"QPushButton { background: #15803d; color: white; border-radius: 6px; } "
                         "QPushButton:disabled { background: #cbd5e1; color: #475569; } "
                         "QPushButton:focus { border: 3px solid #1e3a8a; }"_s);

    auto *lineButtons = new QGridLayout;
    lineButtons->addWidget(m_minus, 0, 0);
    lineButtons->addWidget(m_plus, 0, 1);
    lineButtons->addWidget(m_remove, 0, 2);
    lineButtons->addWidget(m_lineDiscount, 1, 0, 1, 2);
    lineButtons->addWidget(m_orderDiscount, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_view, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(m_totalsBox);
    layout->addWidget(m_total);
    layout->addWidget(m_pay);

    connect(m_minus, &QPushButton::clicked, this, [this] { changeQuantity(-1); });
    connect(m_plus, &QPushButton::clicked, this, [this] { changeQuantity(1); });
    connect(m_remove, &QPushButton::clicked, this, &CartPanel::removeSelected);
    connect(m_lineDiscount, &QPushButton::clicked, this, &CartPanel::discountSelected);
    connect(m_orderDiscount, &QPushButton::clicked, this, &CartPanel::discountOrder);
    connect(m_pay, &QPushButton::clicked, this, &CartPanel::payRequested);
    refreshTotals();
}

void CartPanel::reset(const QString &currency, const sales::TaxRules &rules)
{
    m_cart = sales::Cart(currency, rules);
    m_ready = true;
    m_model->refresh();
    refreshTotals();
}

void CartPanel::add(const sales::Product &product)
{
    if (!m_ready) {
        return emit notice(tr("The register is not ready to sell yet."), true);
    }
    auto line = m_cart.add(product);
    if (!line) {
        return emit notice(line.error().message, true);
    }
    m_model->refresh();
    selectLine(line.value());
    refreshTotals();
    emit notice(tr("Added %1").arg(product.name), false);
}

void CartPanel::changeQuantity(int delta)
{
    const int lineId = selectedLineId();
    const sales::CartLine *line = m_cart.line(lineId);
    if (!line) {
        return emit notice(tr("Select an item first."), true);
    }
    if (line->quantity + delta < 1) {
        return removeSelected();
    }
    apply(m_cart.setQuantity(lineId, line->quantity + delta), lineId);
}

void CartPanel::removeSelected()
{
    const int lineId = selectedLineId();
    if (!m_cart.line(lineId)) {
        return emit notice(tr("Select an item first."), true);
    }
    const int row = m_model->rowOf(lineId);
    apply(m_cart.remove(lineId), -1);
    if (m_model->rowCount() > 0) {
        m_view->selectRow(std::min(row, m_model->rowCount() - 1));
    }
}

void CartPanel::discountSelected()
{
    const int lineId = selectedLineId();
    const sales::CartLine *line = m_cart.line(lineId);
    if (!line) {
        return emit notice(tr("Select an item first."), true);
    }
    DiscountDialog dialog(tr("Discount on %1").arg(line->name), m_cart.currency(), line->discount, this);
    if (dialog.exec() == QDialog::Accepted) {
        apply(m_cart.setLineDiscount(lineId, dialog.discount()), lineId);
    }
}

void CartPanel::discountOrder()
{
    if (m_cart.isEmpty()) {
        return emit notice(tr("The sale is empty."), true);
    }
    DiscountDialog dialog(tr("Discount on the whole sale"), m_cart.currency(), m_cart.orderDiscount(), this);
    if (dialog.exec() == QDialog::Accepted) {
        apply(m_cart.setOrderDiscount(dialog.discount()), selectedLineId());
    }
}

void CartPanel::clear()
{
    m_cart.clear();
    m_model->refresh();
    refreshTotals();
}

QString CartPanel::totalText() const
{
    return m_total->text();
}

int CartPanel::selectedLineId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->index(index.row(), 0).data(CartModel::LineIdRole).toInt() : 0;
}

void CartPanel::selectLine(int lineId)
{
    const int row = m_model->rowOf(lineId);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void CartPanel::apply(const Status &status, int lineId)
{
    if (!status) {
        return emit notice(status.error().message, true);
    }
    m_model->refresh();
    selectLine(lineId);
    refreshTotals();
}

void CartPanel::refreshTotals()
{
    while (QLayoutItem *item = m_totals->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    const sales::CartTotals &totals = m_cart.totals();
    int row = 0;
    const auto addRow = [&](const QString &label, const Money &amount) {
        auto *name = new QLabel(label, m_totalsBox);
        auto *value = new QLabel(amount.isValid() ? amount.format(locale) : QString(), m_totalsBox);
        value->setAlignment(Qt::AlignRight);
        m_totals->addWidget(name, row, 0);
        m_totals->addWidget(value, row, 1);
        ++row;
    };
    if (!m_cart.isEmpty()) {
        addRow(tr("Subtotal"), totals.subtotal);
        if (totals.discounts.isValid() && !totals.discounts.isZero()) {
            addRow(tr("Discounts"), totals.discounts.negated());
        }
        for (const sales::TaxLine &tax : totals.taxes) {
            const QString name = tax.name.contains(u'%')
                ? tax.name
                : tr("%1 %2%").arg(tax.name, sales::formatRatePercent(tax.ratePpm, locale));
            addRow(totals.taxMode == sales::TaxMode::Inclusive ? tr("Includes %1").arg(name) : name, tax.amount);
        }
    }
    const Money total = totals.total.isValid() ? totals.total : Money::zero(m_cart.currency());
    m_total->setText(tr("Total %1").arg(total.format(locale)));
    m_pay->setText(tr("Pay %1 (F12)").arg(total.format(locale)));
    m_pay->setEnabled(!m_cart.isEmpty());
    for (QPushButton *button : {m_minus, m_plus, m_remove, m_lineDiscount, m_orderDiscount}) {
        button->setEnabled(!m_cart.isEmpty());
    }
    emit changed();
}

} // namespace holdfast::ui
