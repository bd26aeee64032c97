#include "salepage.h"

#include "barcodeinput.h"
#include "cartpanel.h"
#include "catalogpanel.h"
#include "productgrid.h"
#include "receiptdialog.h"
#include "register/enginehost.h"
#include "statustracker.h"
#include "tenderdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

SalePage::SalePage(EngineHost &engine, StatusTracker &tracker, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_tracker(tracker)
    , m_catalog(new CatalogPanel(engine, this))
    , m_cart(new CartPanel(this))
    , m_notice(new QLabel(this))
    , m_barcode(new BarcodeInput(this, this))
{
    setObjectName(u"salePage"_s);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_catalog);
    splitter->addWidget(m_cart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({720, 480}); // the sale keeps about two fifths of the width
    m_notice->setObjectName(u"saleNotice"_s);
    m_notice->setContentsMargins(12, 0, 12, 4);
    m_notice->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_notice);

    qApp->installEventFilter(m_barcode);
    connect(m_barcode, &BarcodeInput::scanned, this, &SalePage::addBarcode);
    connect(m_catalog, &CatalogPanel::barcodeEntered, this, &SalePage::addBarcode);
    connect(m_catalog, &CatalogPanel::productChosen, m_cart, &CartPanel::add);
    connect(m_cart, &CartPanel::notice, this, &SalePage::showNotice);
    connect(m_cart, &CartPanel::payRequested, this, &SalePage::pay);
    setTabOrder(m_catalog->searchField(), m_catalog->grid());
    setTabOrder(m_catalog->grid(), m_cart->view());
    setTabOrder(m_cart->view(), m_cart->payButton());
}

void SalePage::start(const StartupInfo &info)
{
    m_catalog->setCategories(info.categories);
    if (info.taxRules) {
        m_cart->reset(info.store.currency, *info.taxRules);
    } else {
        showNotice(tr("Taxes are not set up yet, so nothing can be sold."), true);
    }
}

TenderDialog *SalePage::tenderDialog() const
{
    return m_tender;
}

ReceiptDialog *SalePage::receiptDialog() const
{
    return m_receipt;
}

QString SalePage::noticeText() const
{
    return m_notice->text();
}

void SalePage::showNotice(const QString &text, bool error)
{
    m_notice->setStyleSheet(error ? u"color: #b91c1c; font-weight: bold;"_s : u"color: #334155;"_s);
    m_notice->setText(text);
}

void SalePage::addBarcode(const QString &code)
{
    m_engine.call(
        this, [code](RegisterEngine &engine) { return engine.catalog().lookupBarcode(code); },
        [this](const Result<sales::Product> &product) {
            if (!product) {
                QApplication::beep();
                return showNotice(product.error().message, true);
            }
            m_cart->add(product.value());
        });
}

void SalePage::pay()
{
    if (m_creatingOrder || m_tender || m_cart->cart().isEmpty()) {
        if (m_cart->cart().isEmpty()) {
            showNotice(tr("The sale is empty: add items first."), true);
        }
        return;
    }
    m_creatingOrder = true;
    m_cart->payButton()->setEnabled(false);
    m_engine.call(
        this, [cart = m_cart->cart(), user = m_user](RegisterEngine &engine) { return engine.createOrder(cart, user); },
        [this](const Result<sales::Order> &order) {
            m_creatingOrder = false;
            m_cart->payButton()->setEnabled(!m_cart->cart().isEmpty());
            if (!order) {
                return showNotice(order.error().message, true);
            }
            m_tender = new TenderDialog(m_engine, m_tracker, order.value(), m_user, window());
            m_tender->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_tender, &TenderDialog::receiptRequested, this, &SalePage::showReceipt);
            connect(m_tender, &QDialog::finished, this, &SalePage::onTenderFinished);
            emit tenderOpened(m_tender);
            m_tender->open();
        });
}

void SalePage::onTenderFinished()
{
    if (!m_tender) {
        return;
    }
    const sales::Order order = m_tender->order();
    if (order.state == sales::OrderState::Paid) {
        m_lastOrderId = order.id;
        m_cart->clear();
        showNotice(tr("Sale %1 paid. Last receipt: Ctrl+R.").arg(order.id.left(8).toUpper()), false);
    } else if (order.state == sales::OrderState::Voided) {
        showNotice(tr("Sale cancelled. The items are still here."), false);
    }
    emit saleFinished(order);
    m_catalog->grid()->setFocus();
}

void SalePage::newSale()
{
    m_cart->clear();
    showNotice(tr("New sale."), false);
    m_catalog->focusSearch();
}

void SalePage::showLastReceipt()
{
    if (m_lastOrderId.isEmpty()) {
        return showNotice(tr("No sale has been paid yet on this screen."), true);
    }
    showReceipt(m_lastOrderId);
}

void SalePage::showReceipt(const QString &orderId)
{
    m_engine.call(
        this, [orderId](RegisterEngine &engine) { return engine.receipt(orderId); },
        [this, orderId](const Result<ReceiptDocument> &receipt) {
            if (!receipt) {
                return showNotice(receipt.error().message, true);
            }
            QWidget *parent = m_tender ? static_cast<QWidget *>(m_tender.data()) : window();
            m_receipt = new ReceiptDialog(receipt->html, orderId.left(8).toUpper(), parent);
            m_receipt->setAttribute(Qt::WA_DeleteOnClose);
            emit receiptOpened(m_receipt);
            m_receipt->open();
        });
}

} // namespace holdfast::ui
