#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace holdfast::sales {

/// A problem with one line of an imported file, told the way a person fixes it.
struct ImportProblem
{
    int line = 0; ///< 1-based physical line in the file (where the record starts)
    QString code; ///< stable snake_case code ("price_invalid", "csv_quote", …)
    QString message; ///< one translated sentence

    bool operator==(const ImportProblem &) const = default;
};

/// One CSV record and the line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// The records of a CSV text and the lines that could not be read.
struct CsvParse
{
    QList<CsvRecord> records;
    QList<ImportProblem> problems;
};

/// RFC 4180 CSV as spreadsheets write it: comma-separated, fields optionally in double quotes,
/// "" for a quote inside them, quoted fields may span lines, CRLF or LF line ends, a leading
/// byte-order mark ignored, blank lines skipped. A malformed record becomes a problem on its
/// line and reading goes on with the next line; an unterminated quote ends the file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static CsvParse parse(QStringView text);
};

} // namespace holdfast::sales
