#include "offlinemodedialog.h"

#include "register/enginehost.h"
#include "statustracker.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

using payments::ProcessingMode;

OfflineModeDialog::OfflineModeDialog(EngineHost &engine, StatusTracker &tracker, const sales::StaffMember &user,
                                     QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_tracker(tracker)
    , m_user(user)
    , m_canChange(sales::can(user.role, sales::Action::ChangeOfflineMode))
    , m_modes(new QButtonGroup(this))
    , m_limits(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"offlineModeDialog"_s);
    setWindowTitle(tr("Card processing mode"));
    setMinimumWidth(560);

    auto *modes = new QGroupBox(tr("When a card is presented"), this);
    auto *modeLayout = new QVBoxLayout(modes);
    const QList<std::pair<ProcessingMode, QString>> choices {
        {ProcessingMode::OnlineOnly,
         tr("Every card is authorised by the gateway while the customer waits. If the internet is down, cards "
            "cannot be taken.")},
        {ProcessingMode::AutoDetect,
         tr("Online while the gateway answers quickly; otherwise the card is approved offline, within the "
            "limits below, and sent when the connection returns.")},
        {ProcessingMode::OfflineOnly,
         tr("Every card is approved offline and queued, even when online (for sporadic connections).")},
    };
    for (const auto &[mode, description] : choices) {
        auto *radio = new QRadioButton(payments::displayName(mode), modes);
        radio->setObjectName(u"mode_"_s + payments::toWire(mode));
        QFont bold = radio->font();
        bold.setBold(true);
        radio->setFont(bold);
        radio->setEnabled(m_canChange);
        auto *text = new QLabel(description, modes);
        text->setWordWrap(true);
        text->setContentsMargins(24, 0, 0, 8);
        text->setStyleSheet(u"color: #475569;"_s);
        m_modes->addButton(radio, int(mode));
        modeLayout->addWidget(radio);
        modeLayout->addWidget(text);
    }
    selectMode(m_tracker.status().mode);

    m_limits->setObjectName(u"limitsLabel"_s);
    m_limits->setWordWrap(true);
    m_limits->setTextFormat(Qt::RichText);
    m_limits->setText(limitsText());
    m_error->setObjectName(u"modeError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b91c1c;"_s);
    if (!m_canChange) {
        m_error->setText(
            tr("Only a manager can change the offline mode. %1 is signed in as a cashier.").arg(user.name));
    }

    auto *buttons = new QDialogButtonBox(
        m_canChange ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfflineModeDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(modes);
    layout->addWidget(m_limits);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

ProcessingMode OfflineModeDialog::selectedMode() const
{
    return ProcessingMode(m_modes->checkedId());
}

void OfflineModeDialog::selectMode(ProcessingMode mode)
{
    if (QAbstractButton *button = m_modes->button(int(mode))) {
        button->setChecked(true);
    }
}

QString OfflineModeDialog::errorText() const
{
    return m_error->text();
}

void OfflineModeDialog::apply()
{
    const ProcessingMode mode = selectedMode();
    if (m_ok) {
        m_ok->setEnabled(false);
    }
    m_engine.call(
        this, [user = m_user, mode](RegisterEngine &engine) { return engine.setProcessingMode(user, mode); },
        [this, mode](const Status &done) {
            if (m_ok) {
                m_ok->setEnabled(true);
            }
            if (!done) {
                m_error->setText(done.error().message);
                selectMode(m_tracker.status().mode);
                emit refused(done.error().message);
                return;
            }
            emit applied(mode);
            accept();
        });
}

QString OfflineModeDialog::limitsText() const
{
    const RegisterStatus &status = m_tracker.status();
    if (!status.policy) {
        return tr("<b>Offline limits:</b> not known yet — the register has not reached the gateway since it was "
                  "paired. Until it does, no card can be approved offline.");
    }
    const wire::OfflineSettings &policy = *status.policy;
    const QLocale locale;
    if (!policy.offlineAllowed) {
        return tr("<b>Offline payments are not allowed at this location</b> (the back office decides). "
                  "Allow offline and Force offline will refuse cards.");
    }
    const auto queued = status.queue.totals(payments::PaymentStatus::Queued);
    const QString stored = Money::fromMinor(queued.amountMinor, status.queue.currency)
                               .value_or(Money::zero(status.currency))
                               .format(locale);
    const qint64 hourMs = 60 * 60 * 1000;
    QStringList lines;
    lines << tr("<b>Offline limits at this location</b> (set by the back office):");
    lines << tr("• At most %1 per payment").arg(policy.perPaymentLimit.format(locale).toHtmlEscaped());
    lines << tr("• At most %1 waiting in all (now %2)")
                 .arg(policy.totalLimit.format(locale).toHtmlEscaped(), stored.toHtmlEscaped());
    lines << tr("• At most %1 payments waiting (now %2)").arg(policy.maxCount).arg(queued.count);
    lines << tr("• No new offline payment once the oldest waiting one is %n hour(s) old", nullptr,
                int(policy.acceptWindowMs / hourMs));
    lines << tr("• Each must reach the gateway within %n hour(s)", nullptr, int(policy.uploadDeadlineMs / hourMs));
    lines << tr("• Interac debit cards are never taken offline");
    return lines.join(u"<br>"_s);
}

} // namespace holdfast::ui
