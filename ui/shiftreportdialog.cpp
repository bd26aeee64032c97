#include "shiftreportdialog.h"

#include "register/enginehost.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

namespace {

QString row(const QString &label, const QString &value, bool strong = false)
{
    const QString cell = strong ? u"<b>%1</b>"_s : u"%1"_s;
    return u"<tr><td>%1</td><td align=\"right\">%2</td></tr>\n"_s.arg(cell.arg(label.toHtmlEscaped()),
                                                                      cell.arg(value.toHtmlEscaped()));
}

QString tenders(const sales::TenderTotal &total, const QLocale &locale)
{
    const Money amount = total.amount.isValid() ? total.amount : Money();
    return ShiftReportDialog::tr("%1 (%n)", nullptr, total.count)
        .arg(amount.isValid() ? amount.format(locale) : u"—"_s);
}

} // namespace

ShiftReportDialog::ShiftReportDialog(EngineHost &engine, const sales::StaffMember &user,
                                     const sales::ShiftReport &report, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_user(user)
    , m_report(report)
    , m_warning(new QLabel(this))
    , m_view(new QTextBrowser(this))
    , m_end(new QPushButton(tr("&End the shift"), this))
{
    setObjectName(u"shiftReportDialog"_s);
    setWindowTitle(tr("End of shift"));
    resize(640, 680);
    m_warning->setObjectName(u"shiftWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; padding: 8px;"_s);
    QStringList warnings;
    for (const sales::ShiftWarning &warning : report.warnings) {
        warnings << u"• "_s + warning.message;
    }
    m_warning->setText(tr("Not everything is settled:") + u"\n"_s + warnings.join(u'\n'));
    m_warning->setVisible(report.hasUnprocessed());
    m_view->setObjectName(u"shiftReportView"_s);
    m_view->setHtml(toHtml(report));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_end, QDialogButtonBox::ActionRole);
    m_end->setObjectName(u"endShiftButton"_s);
    m_end->setEnabled(sales::can(user.role, sales::Action::EndShift));
    if (!m_end->isEnabled()) {
        m_end->setToolTip(tr("Only a manager can end the shift."));
    }
    connect(print, &QPushButton::clicked, this, &ShiftReportDialog::print);
    connect(m_end, &QPushButton::clicked, this, &ShiftReportDialog::endShift);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

QString ShiftReportDialog::warningText() const
{
    return m_warning->isVisibleTo(this) ? m_warning->text() : QString();
}

QString ShiftReportDialog::toHtml(const sales::ShiftReport &report)
{
    const QLocale locale;
    const auto money = [&locale](const Money &amount) {
        return amount.isValid() ? amount.format(locale) : u"—"_s;
    };
    QString html = u"<html><body><h2>%1</h2>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n"_s.arg(
        tr("End of shift").toHtmlEscaped());
    html += row(tr("Paid sales"), locale.toString(report.paidOrders));
    html += row(tr("Open sales"), locale.toString(report.openOrders));
    html += row(tr("Cancelled sales"), locale.toString(report.voidedOrders));
    html += row(tr("Subtotal"), money(report.subtotal));
    html += row(tr("Discounts"), money(report.discounts));
    for (const sales::TaxLine &tax : report.taxes) {
        html += row(tax.name, money(tax.amount));
    }
    html += row(tr("Sales"), money(report.sales), true);
    html += u"<tr><td colspan=\"2\"><hr></td></tr>\n"_s;
    html += row(tr("Cash"), tenders(report.cash, locale));
    html += row(tr("Cards, online"), tenders(report.cardOnline, locale));
    html += row(tr("Cards, offline"), tenders(report.cardOffline, locale));
    html += row(tr("  of which still pending"), tenders(report.cardPending, locale));
    html += row(tr("  of which declined after the sale"), tenders(report.cardDeclined, locale));
    html += row(tr("Change given"), money(report.changeGiven));
    html += row(tr("Cash rounding"), money(report.cashRounding));
    html += row(tr("Expected cash in the drawer"), money(report.expectedCash), true);
    html += u"<tr><td colspan=\"2\"><hr></td></tr>\n"_s;
    html += row(tr("Offline payments waiting to upload"),
                tr("%1 (%n)", nullptr, report.exposure.queuedCount).arg(money(report.exposure.queuedAmount)), true);
    html += row(tr("Nearest upload deadline"),
                report.exposure.nearestDeadline ? locale.toString(
                    QDateTime::fromMSecsSinceEpoch(*report.exposure.nearestDeadline), QLocale::ShortFormat)
                                                : tr("none"));
    html += u"</table></body></html>\n"_s;
    return html;
}

void ShiftReportDialog::endShift()
{
    if (m_report.hasUnprocessed()
        && QMessageBox::warning(this, tr("End the shift anyway?"),
                                tr("Some payments or sales are not settled (see the warning). They stay on this "
                                   "register and keep uploading. End the shift anyway?"),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
        return;
    }
    m_end->setEnabled(false);
    m_engine.call(
        this, [user = m_user](RegisterEngine &engine) { return engine.endShift(user); },
        [this](const Result<sales::Shift> &shift) {
            if (!shift) {
                m_end->setEnabled(true);
                QMessageBox::warning(this, tr("The shift is still open"), shift.error().message);
                return;
            }
            emit shiftEnded();
            accept();
        });
}

void ShiftReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        QTextDocument document;
        document.setHtml(toHtml(m_report));
        document.print(&printer);
    }
}

} // namespace holdfast::ui
