#include "keyedcarddialog.h"

#include "sales/pinhash.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

namespace {

/// Moves a field's text into wiped memory (digits and '/' only, as typed) and clears the field.
std::shared_ptr<crypto::SecretBytes> takeText(QLineEdit *field)
{
    QString typed = field->text();
    typed.remove(u' ');
    field->clear(); // QLineEdit::clear also empties its undo history
    return std::make_shared<crypto::SecretBytes>(sales::PinHasher::take(typed));
}

} // namespace

KeyedCardDialog::KeyedCardDialog(const QString &amountText, QWidget *parent)
    : QDialog(parent), m_panField(new QLineEdit(this)), m_expiryField(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(u"keyedCardDialog"_s);
    setWindowTitle(tr("Key in a card"));
    auto *intro = new QLabel(tr("Type the card number and expiry for %1. They are sealed at once and never "
                                "stored or shown.")
                                 .arg(amountText),
                             this);
    intro->setWordWrap(true);
    m_panField->setObjectName(u"panEdit"_s);
    m_panField->setEchoMode(QLineEdit::PasswordEchoOnEdit); // masked once focus leaves
    m_panField->setMaxLength(23);
    m_panField->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9 ]{0,23}"_s), m_panField));
    m_panField->setContextMenuPolicy(Qt::NoContextMenu); // no copying it elsewhere
    m_panField->setMinimumHeight(40);
    m_panField->setAccessibleName(tr("Card number"));
    m_expiryField->setObjectName(u"expiryEdit"_s);
    m_expiryField->setPlaceholderText(tr("MM/YY"));
    m_expiryField->setMaxLength(5);
    m_expiryField->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,2}/?[0-9]{0,2}"_s), m_expiryField));
    m_expiryField->setContextMenuPolicy(Qt::NoContextMenu);
    m_expiryField->setMinimumHeight(40);
    m_error->setStyleSheet(u"color: #b91c1c;"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Card number:"), m_panField);
    form->addRow(tr("Expiry (MM/YY):"), m_expiryField);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *charge = buttons->addButton(tr("Charge the card"), QDialogButtonBox::AcceptRole);
    charge->setObjectName(u"chargeKeyedButton"_s);
    charge->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &KeyedCardDialog::take);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_panField->setFocus();
}

KeyedCardDialog::~KeyedCardDialog()
{
    wipeFields();
}

void KeyedCardDialog::take()
{
    QString expiry = m_expiryField->text();
    if (expiry.size() == 4 && !expiry.contains(u'/')) {
        expiry.insert(2, u'/'); // "1229" is "12/29"
        m_expiryField->setText(expiry);
    }
    if (m_panField->text().isEmpty() || m_expiryField->text().size() != 5) {
        m_error->setText(tr("Type the card number and the expiry as MM/YY."));
        return;
    }
    m_pan = takeText(m_panField);
    m_expiry = takeText(m_expiryField);
    accept();
}

void KeyedCardDialog::wipeFields()
{
    m_panField->clear();
    m_expiryField->clear();
}

} // namespace holdfast::ui
