#pragma once

#include <QDialog>

class QPrinter;
class QTextBrowser;
class QTextDocument;

namespace holdfast::ui {

/// A receipt on screen, printed (QPrinter) or saved as PDF. The receipt's words and figures come
/// from core (ReceiptBuilder, ReceiptRenderer::toHtml); an offline payment's receipt says it is
/// pending approval and carries its local reference.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiptDialog(const QString &html, const QString &reference, QWidget *parent = nullptr);

    QString plainText() const;
    /// Writes the receipt as a PDF file; false (with a message box unless `quiet`) on failure.
    bool saveAsPdf(const QString &path, bool quiet = false);
    /// Lays the receipt out on `printer` (a receipt printer's page or a PDF).
    void printTo(QPrinter *printer) const;

public slots:
    void print();
    void exportPdf();

private:
    QTextBrowser *m_view;
    QString m_html;
    QString m_reference;
};

} // namespace holdfast::ui
