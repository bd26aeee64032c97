#include "receiptdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

ReceiptDialog::ReceiptDialog(const QString &html, const QString &reference, QWidget *parent)
    : QDialog(parent), m_view(new QTextBrowser(this)), m_html(html), m_reference(reference)
{
    setObjectName(u"receiptDialog"_s);
    setWindowTitle(tr("Receipt — sale %1").arg(reference));
    m_view->setObjectName(u"receiptBrowser"_s);
    m_view->setHtml(html);
    m_view->setOpenLinks(false);
    m_view->setMinimumSize(420, 520);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print… (Ctrl+P)"), QDialogButtonBox::ActionRole);
    print->setShortcut(QKeySequence::Print);
    print->setObjectName(u"printButton"_s);
    QPushButton *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(u"pdfButton"_s);
    connect(print, &QPushButton::clicked, this, &ReceiptDialog::print);
    connect(pdf, &QPushButton::clicked, this, &ReceiptDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

QString ReceiptDialog::plainText() const
{
    return m_view->toPlainText();
}

void ReceiptDialog::printTo(QPrinter *printer) const
{
    QTextDocument document;
    document.setHtml(m_html);
    document.print(printer);
}

bool ReceiptDialog::saveAsPdf(const QString &path, bool quiet)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    // An 80 mm receipt roll; the height grows with the text across pages.
    printer.setPageSize(QPageSize(QSizeF(80, 200), QPageSize::Millimeter, tr("Receipt roll")));
    printer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    printer.setDocName(tr("Receipt %1").arg(m_reference));
    printTo(&printer);
    const bool written = QFileInfo(path).size() > 0;
    if (!written && !quiet) {
        QMessageBox::warning(this, tr("Receipt not saved"), tr("The PDF could not be written to %1.").arg(path));
    }
    return written;
}

void ReceiptDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Receipt %1").arg(m_reference));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the receipt"));
    if (dialog.exec() == QDialog::Accepted) {
        printTo(&printer);
    }
}

void ReceiptDialog::exportPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the receipt as PDF"),
                                                      QDir(folder).filePath(tr("receipt-%1.pdf").arg(m_reference)),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty()) {
        saveAsPdf(path);
    }
}

} // namespace holdfast::ui
