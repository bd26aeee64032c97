#include "tenderdialog.h"

#include "keyedcarddialog.h"
#include "moneytext.h"
#include "register/enginehost.h"
#include "statustracker.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

namespace {

QLabel *bigLabel(QWidget *parent, double scale, bool bold = true)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QPushButton *bigButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setMinimumHeight(56);
    return button;
}

} // namespace

TenderDialog::TenderDialog(EngineHost &engine, StatusTracker &tracker, const sales::Order &order,
                           const sales::StaffMember &cashier, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_tracker(tracker)
    , m_order(order)
    , m_cashier(cashier)
    , m_dueLabel(bigLabel(this, 2.2))
    , m_paidLabel(bigLabel(this, 1.1, false))
    , m_mode(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_card(bigButton(tr("Card on terminal (F5)"), u"cardButton"_s, this))
    , m_keyed(bigButton(tr("Key in card (F6)"), u"keyedButton"_s, this))
    , m_cashButton(bigButton(tr("Cash (F7)"), u"cashButton"_s, this))
    , m_stack(new QStackedWidget(this))
    , m_idlePage(new QWidget(this))
    , m_cashPage(new QWidget(this))
    , m_cardPage(new QWidget(this))
    , m_outcomePage(new QWidget(this))
    , m_cash(new QLineEdit(this))
    , m_quickCash(new QWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cardText(bigLabel(this, 1.2, false))
    , m_outcome(bigLabel(this, 1.2))
    , m_contactBox(new QWidget(this))
    , m_contact(new QLineEdit(this))
    , m_change(bigLabel(this, 1.8))
    , m_receipt(new QPushButton(tr("Receipt (Ctrl+P)"), this))
    , m_cancelSale(new QPushButton(tr("Cancel sale"), this))
    , m_done(new QPushButton(tr("Done (Enter)"), this))
{
    setObjectName(u"tenderDialog"_s);
    setWindowTitle(tr("Payment — sale %1").arg(m_order.id.left(8).toUpper()));
    setMinimumSize(720, 560);
    m_dueLabel->setObjectName(u"dueLabel"_s);
    m_mode->setObjectName(u"tenderModeLabel"_s);
    m_mode->setWordWrap(true);
    m_amount->setObjectName(u"amountEdit"_s);
    m_amount->setMinimumHeight(44);
    m_amount->setAccessibleName(tr("Amount to pay now"));
    m_keyed->setVisible(sales::can(cashier.role, sales::Action::KeyedCardEntry));

    // What the customer owes.
    auto *header = new QGridLayout;
    header->addWidget(m_dueLabel, 0, 0);
    header->addWidget(m_paidLabel, 1, 0);
    header->addWidget(m_mode, 2, 0);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(new QLabel(tr("Amount to pay now:"), this));
    amountRow->addWidget(m_amount, 1);
    auto *splitHint = new QLabel(tr("Lower it to split the payment between cards or cash."), this);
    splitHint->setStyleSheet(u"color: #475569;"_s);

    auto *methods = new QHBoxLayout;
    methods->addWidget(m_card);
    methods->addWidget(m_keyed);
    methods->addWidget(m_cashButton);

    // The pages under the buttons.
    auto *idle = new QVBoxLayout(m_idlePage);
    auto *idleText = new QLabel(tr("How does the customer pay?"), m_idlePage);
    idleText->setAlignment(Qt::AlignCenter);
    idle->addWidget(idleText);

    m_cash->setObjectName(u"cashEdit"_s);
    m_cash->setMinimumHeight(44);
    m_cash->setAccessibleName(tr("Cash received"));
    new QHBoxLayout(m_quickCash);
    auto *takeCash = bigButton(tr("Take cash (Enter)"), u"takeCashButton"_s, m_cashPage);
    auto *cash = new QVBoxLayout(m_cashPage);
    auto *cashRow = new QHBoxLayout;
    cashRow->addWidget(new QLabel(tr("Cash received:"), m_cashPage));
    cashRow->addWidget(m_cash, 1);
    cash->addLayout(cashRow);
    cash->addWidget(m_quickCash);
    cash->addWidget(takeCash);
    cash->addStretch();
    connect(takeCash, &QPushButton::clicked, this, &TenderDialog::takeCash);
    connect(m_cash, &QLineEdit::returnPressed, this, &TenderDialog::takeCash);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_cardText->setObjectName(u"cardProgressLabel"_s);
    m_cardText->setWordWrap(true);
    m_cardText->setAlignment(Qt::AlignCenter);
    auto *cancelCard = bigButton(tr("Cancel card (Esc)"), u"cancelCardButton"_s, m_cardPage);
    auto *card = new QVBoxLayout(m_cardPage);
    card->addWidget(m_cardText);
    card->addWidget(m_progress);
    card->addWidget(cancelCard);
    card->addStretch();
    connect(cancelCard, &QPushButton::clicked, this, &TenderDialog::cancelCard);

    m_outcome->setObjectName(u"outcomeLabel"_s);
    m_outcome->setWordWrap(true);
    m_outcome->setAlignment(Qt::AlignCenter);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contact->setObjectName(u"contactEdit"_s);
    m_contact->setPlaceholderText(tr("name@example.com or 514 555 0199"));
    m_contact->setMinimumHeight(40);
    auto *saveContact = new QPushButton(tr("Save contact"), m_contactBox);
    saveContact->setObjectName(u"saveContactButton"_s);
    auto *contact = new QVBoxLayout(m_contactBox);
    contact->setContentsMargins(0, 0, 0, 0);
    auto *contactText = new QLabel(tr("Optional: the customer's e-mail or phone, in case the bank declines this "
                                      "payment later."),
                                   m_contactBox);
    contactText->setWordWrap(true);
    contact->addWidget(contactText);
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contact, 1);
    contactRow->addWidget(saveContact);
    contact->addLayout(contactRow);
    connect(saveContact, &QPushButton::clicked, this, &TenderDialog::saveContact);
    connect(m_contact, &QLineEdit::returnPressed, this, &TenderDialog::saveContact);
    auto *outcome = new QVBoxLayout(m_outcomePage);
    outcome->addWidget(m_outcome);
    outcome->addSpacing(12);
    outcome->addWidget(m_contactBox);
    outcome->addStretch();
    m_contactBox->hide();

    m_stack->addWidget(m_idlePage);
    m_stack->addWidget(m_cashPage);
    m_stack->addWidget(m_cardPage);
    m_stack->addWidget(m_outcomePage);

    m_change->setObjectName(u"changeLabel"_s);
    m_change->setAlignment(Qt::AlignCenter);
    m_receipt->setObjectName(u"receiptButton"_s);
    m_cancelSale->setObjectName(u"cancelSaleButton"_s);
    m_done->setObjectName(u"doneButton"_s);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_cancelSale);
    footer->addStretch();
    footer->addWidget(m_receipt);
    footer->addWidget(m_done);
    connect(m_receipt, &QPushButton::clicked, this, [this] { emit receiptRequested(m_order.id); });
    connect(m_cancelSale, &QPushButton::clicked, this, &TenderDialog::cancelSale);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(amountRow);
    layout->addWidget(splitHint);
    layout->addLayout(methods);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_change);
    layout->addLayout(footer);

    connect(m_card, &QPushButton::clicked, this, &TenderDialog::payByTerminal);
    connect(m_keyed, &QPushButton::clicked, this, &TenderDialog::payByKeyedCard);
    connect(m_cashButton, &QPushButton::clicked, this, &TenderDialog::showCash);
    new QShortcut(QKeySequence(Qt::Key_F5), this, this, &TenderDialog::payByTerminal);
    new QShortcut(QKeySequence(Qt::Key_F6), this, this, [this] {
        if (m_keyed->isVisible()) {
            payByKeyedCard();
        }
    });
    new QShortcut(QKeySequence(Qt::Key_F7), this, this, &TenderDialog::showCash);
    new QShortcut(QKeySequence::Print, this, this, [this] {
        if (m_receipt->isEnabled()) {
            emit receiptRequested(m_order.id);
        }
    });
    connect(&m_tracker, &StatusTracker::changed, this, &TenderDialog::refresh);

    // Only Done may be pressed by Enter; the other buttons need their key or a tap.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
    }
    setTabOrder(m_amount, m_card);
    setTabOrder(m_card, m_keyed);
    setTabOrder(m_keyed, m_cashButton);
    setTabOrder(m_cashButton, m_cash);
    setOrder(order);
    m_card->setFocus();
}

void TenderDialog::setOrder(const sales::Order &order)
{
    m_order = order;
    m_amount->setText(editableAmount(m_order.remaining()));
    refresh();
    emit orderUpdated(m_order);
}

void TenderDialog::refresh()
{
    const QLocale locale;
    const bool paid = m_order.state == sales::OrderState::Paid;
    m_dueLabel->setText(paid ? tr("Paid in full") : tr("Due %1").arg(m_order.remaining().format(locale)));
    m_paidLabel->setText(tr("Total %1 · paid %2").arg(m_order.total.format(locale), m_order.paid().format(locale)));

    const RegisterStatus &status = m_tracker.status();
    QString mode = tr("Card payments: <b>%1</b>").arg(payments::displayName(status.mode).toHtmlEscaped());
    const bool gatewayDown = status.gateway == sync::Reachability::Offline;
    if (status.mode == payments::ProcessingMode::OfflineOnly) {
        mode += u" — "_s + tr("every card is approved offline and sent later.");
    } else if (gatewayDown && status.mode == payments::ProcessingMode::AutoDetect) {
        mode += u" — "_s + tr("the gateway is offline, so cards are approved offline within the limits.");
    } else if (gatewayDown) {
        mode += u" — "_s
            + tr("the gateway is offline, so card payments cannot go through. Take cash, or ask a "
                 "manager to allow offline payments.");
    }
    m_mode->setText(mode);

    const bool canTender = !paid && !m_charging && !m_busy && m_order.state == sales::OrderState::Open;
    for (QPushButton *button : {m_card, m_keyed, m_cashButton}) {
        button->setEnabled(canTender);
    }
    m_amount->setEnabled(canTender);
    m_receipt->setEnabled(paid && !m_charging);
    m_done->setEnabled(paid && !m_charging);
    m_done->setDefault(paid);
    m_cancelSale->setEnabled(!paid && !m_charging && !m_busy);

    // Quick amounts: exactly the balance and the banknotes just above it.
    if (auto *row = qobject_cast<QHBoxLayout *>(m_quickCash->layout())) {
        while (QLayoutItem *item = row->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        const qint64 due = m_order.remaining().minor();
        qint64 unit = 1; // one major unit in minor units
        for (int i = 0; i < m_order.remaining().minorDigits(); ++i) {
            unit *= 10;
        }
        QList<qint64> amounts {due};
        for (qint64 note : {5 * unit, 10 * unit, 20 * unit, 50 * unit, 100 * unit}) {
            const qint64 rounded = (due + note - 1) / note * note;
            if (rounded > amounts.last() && amounts.size() < 5) {
                amounts.append(rounded);
            }
        }
        for (qint64 minor : amounts) {
            const auto money = Money::fromMinor(minor, m_order.currency);
            if (!money || minor <= 0) {
                continue;
            }
            auto *quick = new QPushButton(money->format(locale), m_quickCash);
            quick->setMinimumHeight(48);
            quick->setAutoDefault(false);
            connect(quick, &QPushButton::clicked, this, [this, amount = money.value()] {
                m_cash->setText(editableAmount(amount));
                takeCash();
            });
            row->addWidget(quick);
        }
    }
}

std::optional<Money> TenderDialog::amountToPay()
{
    auto amount = Money::parseLocalized(m_amount->text().trimmed(), m_order.currency, QLocale());
    if (!amount) {
        setMessage(amount.error().message, u"#b91c1c"_s);
        m_amount->setFocus();
        return std::nullopt;
    }
    return amount.value();
}

void TenderDialog::setMessage(const QString &text, const QString &colour)
{
    m_outcome->setText(text);
    m_outcome->setStyleSheet(u"color: %1;"_s.arg(colour));
    m_stack->setCurrentWidget(m_outcomePage);
}

void TenderDialog::showCash()
{
    if (!m_cashButton->isEnabled()) {
        return;
    }
    m_stack->setCurrentWidget(m_cashPage);
    m_cash->setFocus();
}

void TenderDialog::takeCash()
{
    if (m_busy || m_order.state != sales::OrderState::Open) {
        return;
    }
    auto tendered = Money::parseLocalized(m_cash->text().trimmed(), m_order.currency, QLocale());
    if (!tendered) {
        m_cash->setFocus();
        m_change->setText(tendered.error().message);
        return;
    }
    m_busy = true;
    refresh();
    m_engine.call(
        this, [id = m_order.id, cash = tendered.value()](RegisterEngine &engine) { return engine.addCash(id, cash); },
        [this](const Result<sales::Order> &order) {
            m_busy = false;
            if (!order) {
                m_change->setText(order.error().message);
                return refresh();
            }
            m_cash->clear();
            setOrder(order.value());
            const Money change = order->change();
            m_change->setText(change.isZero() ? QString() : tr("Change due: %1").arg(change.format(QLocale())));
            setMessage(order->state == sales::OrderState::Paid
                           ? tr("Cash taken. The sale is paid.")
                           : tr("Cash taken. %1 is still due.").arg(order->remaining().format(QLocale())),
                       u"#15803d"_s);
            if (order->state == sales::OrderState::Paid) {
                m_done->setFocus();
            }
        });
}

void TenderDialog::payByTerminal()
{
    if (m_card->isEnabled()) {
        startCharge(nullptr, nullptr);
    }
}

void TenderDialog::payByKeyedCard()
{
    if (!m_keyed->isEnabled() || !m_keyed->isVisible()) {
        return;
    }
    const auto amount = amountToPay();
    if (!amount) {
        return;
    }
    KeyedCardDialog keyed(amount->format(QLocale()), this);
    if (keyed.exec() != QDialog::Accepted) {
        return;
    }
    startCharge(keyed.takePan(), keyed.takeExpiry());
}

void TenderDialog::startCharge(std::shared_ptr<crypto::SecretBytes> pan, std::shared_ptr<crypto::SecretBytes> expiry)
{
    const auto amount = amountToPay();
    if (!amount) {
        return;
    }
    CardTender tender;
    tender.orderId = m_order.id;
    tender.amount = *amount;
    tender.cashier = m_cashier;
    tender.keyedPan = std::move(pan);
    tender.keyedExpiry = std::move(expiry);
    m_charging = true;
    m_change->clear();
    m_cardText->setText(tender.isKeyed()
                            ? tr("Sealing the card and charging %1…").arg(amount->format(QLocale()))
                            : tr("Ask the customer to tap, insert or swipe their card on the terminal for %1.")
                                  .arg(amount->format(QLocale())));
    m_stack->setCurrentWidget(m_cardPage);
    refresh();
    m_engine.callAsync<Result<CardTenderResult>>(
        this,
        [tender](RegisterEngine &engine, std::function<void(Result<CardTenderResult>)> reply) {
            engine.chargeCard(tender, std::move(reply));
        },
        [this](const Result<CardTenderResult> &result) {
            m_charging = false;
            if (!result) {
                setMessage(result.error().message, u"#b91c1c"_s);
                refresh();
                emit chargeFinished();
                return;
            }
            onCharged(result->outcome, result->order);
            emit chargeFinished();
        });
    tender.keyedPan.reset(); // the engine's copy is wiped once sealed; ours goes now
    tender.keyedExpiry.reset();
}

void TenderDialog::onCharged(const ChargeOutcome &outcome, const std::optional<sales::Order> &order)
{
    if (order) {
        setOrder(*order);
    } else {
        refresh();
    }
    QString text = outcome.message();
    if (!outcome.brand.isEmpty()) {
        text = tr("%1 ending %2: %3").arg(outcome.brand, outcome.last4, text);
    }
    switch (outcome.result) {
    case ChargeResult::ApprovedOnline:
        setMessage(text, u"#15803d"_s);
        break;
    case ChargeResult::ApprovedOffline:
        setMessage(text, u"#b45309"_s);
        m_contactBox->show();
        m_contact->setFocus();
        break;
    case ChargeResult::Pending:
        setMessage(text, u"#b45309"_s);
        break;
    default:
        setMessage(text, u"#b91c1c"_s);
        break;
    }
    if (m_order.state == sales::OrderState::Paid && outcome.result != ChargeResult::ApprovedOffline) {
        m_done->setFocus();
    }
    if (!outcome.localId.isEmpty()) {
        // On the screen now: no longer an unconfirmed payment for a manager.
        m_engine.post([localId = outcome.localId](RegisterEngine &engine) {
            if (auto shown = engine.markOutcomeShown(localId); !shown) {
                qWarning("cannot record that a payment's outcome was shown: %s", qPrintable(shown.error().message));
            }
        });
    }
}

void TenderDialog::cancelCard()
{
    if (!m_charging) {
        return;
    }
    m_cardText->setText(tr("Cancelling on the terminal…"));
    m_engine.post([](RegisterEngine &engine) { engine.cancelCharge(); });
}

void TenderDialog::saveContact()
{
    const QString contact = m_contact->text().trimmed();
    if (contact.isEmpty()) {
        return;
    }
    m_engine.call(
        this, [id = m_order.id, contact](RegisterEngine &engine) { return engine.setFollowUpContact(id, contact); },
        [this](const Result<sales::Order> &order) {
            if (!order) {
                m_outcome->setText(order.error().message);
                return;
            }
            m_order = order.value();
            m_contactBox->hide();
            m_outcome->setText(m_outcome->text() + u"\n"_s + tr("Contact saved."));
            m_done->setFocus();
        });
}

void TenderDialog::cancelSale()
{
    if (m_charging || m_busy || m_order.state != sales::OrderState::Open) {
        return;
    }
    if (!m_order.tenders.isEmpty()
        && QMessageBox::question(this, tr("Cancel this sale?"),
                                 tr("%1 was already paid on this sale. Cancel it anyway? Give back any cash taken.")
                                     .arg(m_order.paid().format(QLocale())))
            != QMessageBox::Yes) {
        return;
    }
    m_busy = true;
    refresh();
    m_engine.call(
        this,
        [id = m_order.id, cashier = m_cashier](RegisterEngine &engine) {
            return engine.voidOrder(cashier, id, tr("cancelled at the register"));
        },
        [this](const Result<sales::Order> &order) {
            m_busy = false;
            if (!order) {
                setMessage(order.error().message, u"#b91c1c"_s);
                return refresh();
            }
            m_order = order.value();
            emit orderUpdated(m_order);
            QDialog::reject();
        });
}

void TenderDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in a field belongs to that field (take the cash, save the contact); it must not
    // also press Done behind the cashier's back.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && qobject_cast<QLineEdit *>(focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void TenderDialog::reject()
{
    // Escape cancels a card wait first; the dialog never closes with a card in flight.
    if (m_charging) {
        return cancelCard();
    }
    if (m_order.state == sales::OrderState::Paid || m_order.state == sales::OrderState::Voided) {
        return QDialog::reject();
    }
    cancelSale();
}

} // namespace holdfast::ui
