#include "receipt.h"

using namespace Qt::StringLiterals;

namespace holdfast::sales {

namespace {

/// Breaks `text` into lines of at most `width` characters, at spaces where it can.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString current;
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        while (word.size() > width) { // a word longer than the paper: cut it
            if (!current.isEmpty()) {
                lines << current;
                current.clear();
            }
            lines << word.left(width);
            word = word.mid(width);
        }
        if (current.isEmpty()) {
            current = word;
        } else if (current.size() + 1 + word.size() <= width) {
            current += u' ' + word;
        } else {
            lines << current;
            current = word;
        }
    }
    if (!current.isEmpty() || lines.isEmpty()) {
        lines << current;
    }
    return lines;
}

QString centred(const QString &text, int width)
{
    const qsizetype pad = (width - text.size()) / 2;
    return pad > 0 ? QString(pad, u' ') + text : text;
}

void appendRow(QStringList &out, const Receipt::Row &row, int width)
{
    const QString indent = row.indented ? u"  "_s : QString();
    QStringList left = wrap(row.label, width - int(indent.size()));
    for (QString &line : left) {
        line.prepend(indent);
    }
    if (!row.amount.isEmpty()) {
        const qsizetype room = width - left.last().size() - row.amount.size();
        if (room >= 1) {
            left.last() += QString(room, u' ') + row.amount;
        } else {
            left << QString(qMax<qsizetype>(0, width - row.amount.size()), u' ') + row.amount;
        }
    }
    out << left;
}

} // namespace

QString ReceiptRenderer::toText(const Receipt &receipt, int width)
{
    QStringList out;
    for (const QString &line : receipt.header) {
        for (const QString &part : wrap(line, width)) {
            out << centred(part, width);
        }
    }
    const QString heavy(width, u'=');
    const QString light(width, u'-');
    out << heavy << receipt.meta;
    if (!receipt.banner.isEmpty()) {
        for (const QString &part : wrap(receipt.banner, width)) {
            out << centred(part, width);
        }
    }
    const QList<const QList<Receipt::Row> *> sections {&receipt.lines, &receipt.totals, &receipt.tenders};
    for (const QList<Receipt::Row> *section : sections) {
        if (section->isEmpty()) {
            continue;
        }
        out << light;
        for (const Receipt::Row &row : *section) {
            appendRow(out, row, width);
        }
    }
    out << heavy;
    for (const QString &line : receipt.footer) {
        for (const QString &part : wrap(line, width)) {
            out << centred(part, width);
        }
    }
    // No trailing spaces: centred lines are padded on the left only.
    return out.join(u'\n') + u'\n';
}

QString ReceiptRenderer::toHtml(const Receipt &receipt)
{
    const auto escape = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString html = u"<html><head><meta charset=\"utf-8\"></head><body>\n<p align=\"center\">"_s;
    for (qsizetype i = 0; i < receipt.header.size(); ++i) {
        if (i == 0) {
            html += u"<b>"_s + escape(receipt.header[i]) + u"</b>"_s;
        } else {
            html += u"<br>"_s + escape(receipt.header[i]);
        }
    }
    html += u"</p>\n<p>"_s;
    QStringList meta;
    for (const QString &line : receipt.meta) {
        meta << escape(line);
    }
    html += meta.join(u"<br>"_s) + u"</p>\n"_s;
    if (!receipt.banner.isEmpty()) {
        html += u"<p align=\"center\"><b>"_s + escape(receipt.banner) + u"</b></p>\n"_s;
    }
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">\n"_s;
    const QList<const QList<Receipt::Row> *> sections {&receipt.lines, &receipt.totals, &receipt.tenders};
    for (const QList<Receipt::Row> *section : sections) {
        if (section->isEmpty()) {
            continue;
        }
        html += u"<tr><td colspan=\"2\"><hr></td></tr>\n"_s;
        for (const Receipt::Row &row : *section) {
            QString label = escape(row.label);
            QString amount = escape(row.amount);
            if (row.emphasised) {
                label = u"<b>"_s + label + u"</b>"_s;
                amount = u"<b>"_s + amount + u"</b>"_s;
            }
            if (row.indented) {
                label = u"&nbsp;&nbsp;&nbsp;&nbsp;"_s + label;
            }
            html += u"<tr><td>"_s + label + u"</td><td align=\"right\">"_s + amount + u"</td></tr>\n"_s;
        }
    }
    // The closing rule is a table row too: a lone <hr> after a table is drawn as a stub by
    // QTextDocument.
    html += u"<tr><td colspan=\"2\"><hr></td></tr>\n</table>\n<p align=\"center\">"_s;
    QStringList footer;
    for (const QString &line : receipt.footer) {
        footer << escape(line);
    }
    html += footer.join(u"<br>"_s) + u"</p>\n</body></html>\n"_s;
    return html;
}

} // namespace holdfast::sales
