#pragma once

#include "order.h"
#include "salessettings.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace holdfast::sales {

/// A card payment's printable fields, fresh from the vault (never a PAN or expiry).
struct ReceiptPayment
{
    QString localId;
    QString brand;
    QString last4;
    bool offline = false; ///< taken offline
    CardStatus status = CardStatus::Approved; ///< Pending prints "Approved offline — pending"
    QString statusText; ///< e.g. the decline reason; printed as is
};

/// Everything a receipt shows, already in words: the renderers only lay it out.
struct Receipt
{
    /// A row with a label on the left and an amount on the right (the amount may be empty).
    struct Row
    {
        QString label;
        QString amount;
        bool emphasised = false; ///< TOTAL
        bool indented = false; ///< details under a line or a tender

        bool operator==(const Row &) const = default;
    };

    QStringList header; ///< store name first, then address and tax registration
    QStringList meta; ///< sale reference, date, cashier
    QString banner; ///< "VOIDED" or empty
    QList<Row> lines; ///< items and their details
    QList<Row> totals; ///< subtotal, discounts, taxes, total (and included taxes)
    QList<Row> tenders; ///< payments with their notes, change, rounding
    QStringList footer;
};

/// Builds the receipt of an order. `payments` refresh the card tenders' status by localId (a
/// payment approved offline prints "Approved offline — pending" and its local reference until
/// the vault says it was processed). Text is translated (tr) in the current language; money
/// and numbers follow `locale`; times are shown in `zone`.
class ReceiptBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptBuilder)

public:
    static Receipt build(const Order &order, const QList<ReceiptPayment> &payments, const StoreSettings &store,
                         const QLocale &locale = QLocale(), const QTimeZone &zone = QTimeZone::systemTimeZone());
    /// The short sale reference printed and spoken ("A1B2C3D4"): the order id's first 8 characters.
    static QString reference(const Order &order);
};

/// Lays a Receipt out as fixed-width text (a receipt printer, a log) or as HTML for a
/// QTextDocument that the UI prints or exports to PDF.
class ReceiptRenderer
{
public:
    /// Monospaced text, `width` characters wide (42 fits an 80 mm printer).
    static QString toText(const Receipt &receipt, int width = 42);
    /// A small HTML document: tables, no scripts or external resources; all text escaped.
    static QString toHtml(const Receipt &receipt);
};

} // namespace holdfast::sales
