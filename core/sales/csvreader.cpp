#include "csvreader.h"

using namespace Qt::StringLiterals;

namespace holdfast::sales {

namespace {

/// Walks the text one record at a time, counting physical lines.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text)
    {
        if (m_text.startsWith(u'\uFEFF')) {
            m_pos = 1;
        }
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    int line() const { return m_line; }

    /// Reads one record. Returns false with `problem` set when the record is malformed.
    bool readRecord(QStringList &fields, bool &blank, ImportProblem &problem)
    {
        const int startLine = m_line;
        fields.clear();
        blank = false;
        bool anyQuoted = false;
        while (true) {
            QString field;
            if (peek() == u'"') {
                anyQuoted = true;
                if (!readQuoted(field)) {
                    problem = {startLine, u"csv_quote"_s,
                               CsvReader::tr("A quoted field starts on this line but its closing quote is missing.")};
                    return false;
                }
                if (!atEnd() && peek() != u',' && !atLineEnd()) {
                    problem = {startLine, u"csv_quote"_s,
                               CsvReader::tr("There is text after the closing quote of a field; put the whole field "
                                             "in quotes and double any quote inside it.")};
                    skipRestOfLine();
                    return false;
                }
            } else {
                const qsizetype start = m_pos;
                while (!atEnd() && peek() != u',' && !atLineEnd()) {
                    ++m_pos;
                }
                field = m_text.sliced(start, m_pos - start).toString();
                if (field.contains(u'"')) {
                    problem = {startLine, u"csv_quote"_s,
                               CsvReader::tr("A field contains a quote but is not itself in quotes; put the field in "
                                             "quotes and write the quote twice.")};
                    skipRestOfLine();
                    return false;
                }
            }
            fields.append(field);
            if (!atEnd() && peek() == u',') {
                ++m_pos;
                continue;
            }
            skipLineEnd();
            break;
        }
        blank = !anyQuoted && fields.size() == 1 && fields.first().trimmed().isEmpty();
        return true;
    }

private:
    QChar peek() const { return m_text[m_pos]; }
    bool atLineEnd() const { return peek() == u'\n' || peek() == u'\r'; }

    bool readQuoted(QString &field)
    {
        ++m_pos; // the opening quote
        while (!atEnd()) {
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                    field += u'"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            if (c == u'\n') {
                ++m_line;
            }
            field += c;
            ++m_pos;
        }
        return false;
    }

    void skipLineEnd()
    {
        if (atEnd()) {
            return;
        }
        if (peek() == u'\r') {
            ++m_pos;
            if (!atEnd() && peek() == u'\n') {
                ++m_pos;
            }
        } else if (peek() == u'\n') {
            ++m_pos;
        }
        ++m_line;
    }

    void skipRestOfLine()
    {
        while (!atEnd() && !atLineEnd()) {
            ++m_pos;
        }
        skipLineEnd();
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

CsvParse CsvReader::parse(QStringView text)
{
    CsvParse result;
    Scanner scanner(text);
    QStringList fields;
    bool blank = false;
    while (!scanner.atEnd()) {
        const int line = scanner.line();
        ImportProblem problem;
        if (!scanner.readRecord(fields, blank, problem)) {
            // An unterminated quote has consumed the rest of the file; other problems skipped
            // their own line only, so reading goes on.
            result.problems.append(problem);
            continue;
        }
        if (!blank) {
            result.records.append({line, fields});
        }
    }
    return result;
}

} // namespace holdfast::sales
