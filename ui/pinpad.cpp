#include "pinpad.h"

#include "sales/pinhash.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

namespace {

constexpr int keySize = 72; // a thumb's width on a countertop screen

} // namespace

PinPad::PinPad(QWidget *parent)
    : QWidget(parent)
    , m_prompt(new QLabel(this))
    , m_field(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_submit(new QPushButton(tr("Sign in (Enter)"), this))
{
    m_prompt->setObjectName(u"pinPrompt"_s);
    QFont big = m_prompt->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_prompt->setFont(big);
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setWordWrap(true);

    m_field->setObjectName(u"pinEdit"_s);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setMaxLength(8);
    m_field->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_s), m_field));
    m_field->setAlignment(Qt::AlignCenter);
    m_field->setMinimumHeight(48);
    m_field->setFont(big);
    m_field->setAccessibleName(tr("PIN"));
    m_field->setPlaceholderText(tr("PIN"));
    m_field->setContextMenuPolicy(Qt::NoContextMenu);

    m_error->setObjectName(u"pinError"_s);
    m_error->setStyleSheet(u"color: #b91c1c;"_s);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);

    auto *keys = new QGridLayout;
    keys->setSpacing(8);
    const QString digits = u"123456789"_s;
    for (int i = 0; i < digits.size(); ++i) {
        auto *key = new QPushButton(digits.at(i), this);
        key->setFixedSize(keySize, keySize);
        key->setFont(big);
        key->setFocusPolicy(Qt::NoFocus); // the keyboard types into the field
        connect(key, &QPushButton::clicked, this, [this, digit = digits.at(i)] { press(digit); });
        keys->addWidget(key, i / 3, i % 3);
    }
    auto *clearKey = new QPushButton(tr("Clear"), this);
    auto *zero = new QPushButton(u"0"_s, this);
    auto *back = new QPushButton(u"⌫"_s, this);
    back->setAccessibleName(tr("Delete the last digit"));
    for (QPushButton *key : {clearKey, zero, back}) {
        key->setFixedSize(keySize, keySize);
        key->setFont(big);
        key->setFocusPolicy(Qt::NoFocus);
    }
    clearKey->setFont(font()); // a word, not a digit: "Clear", "Effacer" must fit the key
    connect(clearKey, &QPushButton::clicked, this, &PinPad::clear);
    connect(zero, &QPushButton::clicked, this, [this] { press(u'0'); });
    connect(back, &QPushButton::clicked, m_field, &QLineEdit::backspace);
    keys->addWidget(clearKey, 3, 0);
    keys->addWidget(zero, 3, 1);
    keys->addWidget(back, 3, 2);

    m_submit->setObjectName(u"signInButton"_s);
    m_submit->setMinimumHeight(56);
    m_submit->setDefault(true);
    connect(m_submit, &QPushButton::clicked, this, &PinPad::submitted);
    connect(m_field, &QLineEdit::returnPressed, this, &PinPad::submitted);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_prompt);
    layout->addWidget(m_field);
    layout->addWidget(m_error);
    layout->addLayout(keys);
    layout->addWidget(m_submit);
    layout->addStretch();
    layout->setAlignment(keys, Qt::AlignHCenter);
}

crypto::SecretBytes PinPad::takePin()
{
    QString typed = m_field->text();
    m_field->clear(); // also drops the field's undo history
    return sales::PinHasher::take(typed);
}

void PinPad::clear()
{
    m_field->clear();
    m_field->setFocus();
}

void PinPad::press(QChar digit)
{
    if (m_field->text().size() < m_field->maxLength()) {
        m_field->insert(QString(digit));
    }
    m_field->setFocus();
}

void PinPad::setPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
}

void PinPad::setError(const QString &error)
{
    m_error->setText(error);
}

void PinPad::setBusy(bool busy)
{
    m_submit->setEnabled(!busy);
    m_field->setEnabled(!busy);
    m_submit->setText(busy ? tr("Checking…") : tr("Sign in (Enter)"));
}

} // namespace holdfast::ui
