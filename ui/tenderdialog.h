#pragma once

#include "crypto/secretbytes.h"
#include "sales/order.h"
#include "sales/staff.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QWidget;

namespace holdfast {
class EngineHost;
struct ChargeOutcome;
} // namespace holdfast

namespace holdfast::ui {

class StatusTracker;

/// Taking payment for an order: card on the paired terminal (with progress and Cancel), card
/// keyed in by a manager, cash with the change due, or several of them (split tender: change
/// the amount before choosing). The card processing mode in force is shown, and an offline
/// approval says so plainly and offers to note the customer's e-mail or phone.
class TenderDialog : public QDialog
{
    Q_OBJECT

public:
    TenderDialog(EngineHost &engine, StatusTracker &tracker, const sales::Order &order,
                 const sales::StaffMember &cashier, QWidget *parent = nullptr);

    const sales::Order &order() const { return m_order; }
    bool isCharging() const { return m_charging; }

    QLineEdit *amountField() const { return m_amount; }
    QLineEdit *cashField() const { return m_cash; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QLabel *changeLabel() const { return m_change; }

public slots:
    void payByTerminal();
    void payByKeyedCard();
    void showCash();
    void takeCash();
    void cancelCard();
    void saveContact();
    void cancelSale();

signals:
    /// The order as stored after a tender.
    void orderUpdated(const holdfast::sales::Order &order);
    void receiptRequested(const QString &orderId);
    /// A card charge finished (whatever its outcome); tests wait for it.
    void chargeFinished();

protected:
    void reject() override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startCharge(std::shared_ptr<crypto::SecretBytes> pan, std::shared_ptr<crypto::SecretBytes> expiry);
    void onCharged(const ChargeOutcome &outcome, const std::optional<sales::Order> &order);
    std::optional<Money> amountToPay();
    void setOrder(const sales::Order &order);
    void refresh();
    void setMessage(const QString &text, const QString &colour);

    EngineHost &m_engine;
    StatusTracker &m_tracker;
    sales::Order m_order;
    sales::StaffMember m_cashier;
    bool m_charging = false;
    bool m_busy = false;

    QLabel *m_dueLabel;
    QLabel *m_paidLabel;
    QLabel *m_mode;
    QLineEdit *m_amount;
    QPushButton *m_card;
    QPushButton *m_keyed;
    QPushButton *m_cashButton;
    QStackedWidget *m_stack;
    QWidget *m_idlePage;
    QWidget *m_cashPage;
    QWidget *m_cardPage;
    QWidget *m_outcomePage;
    QLineEdit *m_cash;
    QWidget *m_quickCash;
    QProgressBar *m_progress;
    QLabel *m_cardText;
    QLabel *m_outcome;
    QWidget *m_contactBox;
    QLineEdit *m_contact;
    QLabel *m_change;
    QPushButton *m_receipt;
    QPushButton *m_cancelSale;
    QPushButton *m_done;
};

} // namespace holdfast::ui
