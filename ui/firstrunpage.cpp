#include "firstrunpage.h"

#include "sales/pinhash.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
    , m_store(new QLineEdit(this))
    , m_taxes(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_create(new QPushButton(tr("Create the manager and start"), this))
{
    setObjectName(u"firstRunPage"_s);
    auto *heading = new QLabel(tr("Welcome to Holdfast"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    auto *intro = new QLabel(tr("Set up this register. The first person is a manager, who can then add cashiers, "
                                "pair the register with the gateway and the payment terminal, and import the "
                                "catalog. A sample catalog is loaded to start with."),
                             this);
    intro->setWordWrap(true);

    m_store->setObjectName(u"storeNameEdit"_s);
    m_taxes->setObjectName(u"taxPresetCombo"_s);
    m_taxes->addItem(tr("Québec: GST 5% + QST 9.975% added to prices"), u"ca-qc"_s);
    m_taxes->addItem(tr("Ontario: HST 13% added to prices"), u"ca-on"_s);
    m_taxes->addItem(tr("VAT 20% included in prices"), u"vat-20"_s);
    m_currency->setObjectName(u"currencyCombo"_s);
    for (const QString &code : {u"CAD"_s, u"USD"_s, u"EUR"_s, u"GBP"_s}) {
        m_currency->addItem(code, code);
    }
    connect(m_taxes, &QComboBox::currentIndexChanged, this, [this] {
        m_currency->setCurrentText(m_taxes->currentData().toString() == u"vat-20"_s ? u"EUR"_s : u"CAD"_s);
    });
    m_name->setObjectName(u"managerNameEdit"_s);
    for (QLineEdit *pin : {m_pin, m_confirm}) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setMaxLength(8);
        pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_s), pin));
        pin->setContextMenuPolicy(Qt::NoContextMenu);
    }
    m_pin->setObjectName(u"managerPinEdit"_s);
    m_confirm->setObjectName(u"managerPinConfirmEdit"_s);
    m_pin->setPlaceholderText(tr("4 to 8 digits"));
    m_error->setObjectName(u"firstRunError"_s);
    m_error->setStyleSheet(u"color: #b91c1c;"_s);
    m_error->setWordWrap(true);
    m_create->setObjectName(u"createManagerButton"_s);
    m_create->setDefault(true);
    m_create->setMinimumHeight(52);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(12);
    form->addRow(tr("Store name:"), m_store);
    form->addRow(tr("Taxes:"), m_taxes);
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("Your name:"), m_name);
    form->addRow(tr("Your PIN:"), m_pin);
    form->addRow(tr("PIN again:"), m_confirm);

    auto *column = new QVBoxLayout;
    column->setSpacing(16);
    column->addWidget(heading);
    column->addWidget(intro);
    column->addLayout(form);
    column->addWidget(m_error);
    column->addWidget(m_create);
    column->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addLayout(column, 3);
    outer->addStretch();
    outer->setContentsMargins(32, 32, 32, 32);

    connect(m_create, &QPushButton::clicked, this, &FirstRunPage::submit);
    for (QLineEdit *edit : {m_store, m_name, m_pin, m_confirm}) {
        connect(edit, &QLineEdit::returnPressed, this, &FirstRunPage::submit);
    }
    setTabOrder(m_store, m_taxes);
    setTabOrder(m_taxes, m_currency);
    setTabOrder(m_currency, m_name);
    setTabOrder(m_name, m_pin);
    setTabOrder(m_pin, m_confirm);
    setTabOrder(m_confirm, m_create);
}

void FirstRunPage::setError(const QString &error)
{
    m_error->setText(error);
}

void FirstRunPage::setBusy(bool busy)
{
    m_create->setEnabled(!busy);
}

void FirstRunPage::submit()
{
    if (m_pin->text() != m_confirm->text()) {
        m_pin->clear();
        m_confirm->clear();
        m_pin->setFocus();
        return setError(tr("The two PINs differ. Type the PIN twice again."));
    }
    FirstRunAnswers answers;
    answers.storeName = m_store->text().trimmed();
    answers.managerName = m_name->text().trimmed();
    QString typed = m_pin->text();
    m_pin->clear();
    m_confirm->clear();
    answers.pin = std::make_shared<crypto::SecretBytes>(sales::PinHasher::take(typed));
    answers.taxPreset = m_taxes->currentData().toString();
    answers.currency = m_currency->currentData().toString();
    setError({});
    emit createRequested(answers);
}

} // namespace holdfast::ui
