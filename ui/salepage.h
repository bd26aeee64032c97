#pragma once

#include "register/registerengine.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace holdfast {
class EngineHost;
}

namespace holdfast::ui {

class BarcodeInput;
class CartPanel;
class CatalogPanel;
class ReceiptDialog;
class StatusTracker;
class TenderDialog;

/// The sale screen: the catalog on the left (tap a tile, search, or scan), the sale on the
/// right, and Pay. It holds the cart; orders, tenders and receipts go through the engine.
class SalePage : public QWidget
{
    Q_OBJECT

public:
    SalePage(EngineHost &engine, StatusTracker &tracker, QWidget *parent = nullptr);

    /// What the engine said at start (categories, tax rules, currency).
    void start(const StartupInfo &info);
    void setUser(const sales::StaffMember &user) { m_user = user; }
    CatalogPanel *catalog() const { return m_catalog; }
    CartPanel *cart() const { return m_cart; }
    BarcodeInput *barcodeInput() const { return m_barcode; }
    TenderDialog *tenderDialog() const;
    ReceiptDialog *receiptDialog() const;
    QString lastOrderId() const { return m_lastOrderId; }
    QString noticeText() const;

public slots:
    void pay();
    void addBarcode(const QString &code);
    void showReceipt(const QString &orderId);
    void showLastReceipt();
    void newSale();
    void showNotice(const QString &text, bool error);

signals:
    void tenderOpened(holdfast::ui::TenderDialog *dialog);
    void receiptOpened(holdfast::ui::ReceiptDialog *dialog);
    void saleFinished(const holdfast::sales::Order &order);

private:
    void onTenderFinished();

    EngineHost &m_engine;
    StatusTracker &m_tracker;
    sales::StaffMember m_user;
    CatalogPanel *m_catalog;
    CartPanel *m_cart;
    QLabel *m_notice;
    BarcodeInput *m_barcode;
    QPointer<TenderDialog> m_tender;
    QPointer<ReceiptDialog> m_receipt;
    QString m_lastOrderId;
    bool m_creatingOrder = false;
};

} // namespace holdfast::ui
