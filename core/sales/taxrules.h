#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace holdfast::sales {

/// How a location's shelf prices relate to tax.
enum class TaxMode {
    Exclusive, ///< North-American sales tax: prices are before tax, taxes are added on top
    Inclusive, ///< VAT: the shelf price includes the tax, which is extracted for the receipt
};

QString toWire(TaxMode mode); ///< "exclusive" or "inclusive"
Result<TaxMode> taxModeFromWire(QStringView text);

/// Rates are integers in parts per million, never floating point: 5% is 50'000, Québec's
/// 9.975% is 99'750, 20% is 200'000. 1'000'000 is 100%, the largest rate accepted.
inline constexpr qint64 ppmPerWhole = 1'000'000;

/// "5", "9.975", "20" (with the locale's decimal point): a rate for people, without the % sign.
QString formatRatePercent(qint64 ratePpm, const QLocale &locale = QLocale());

/// A tax class products belong to ("standard", "zero-rated", "prepared-food").
struct TaxClass
{
    QString id; ///< stable identifier used in the catalog and the CSV
    QString name; ///< for people
};

/// One tax of a location: a name on receipts, a rate, and the tax classes it applies to.
struct Tax
{
    QString name; ///< unique within the location ("GST", "QST", "VAT")
    qint64 ratePpm = 0;
    QStringList classIds;

    bool appliesTo(const QString &classId) const { return classIds.contains(classId); }
    bool operator==(const Tax &) const = default;
};

/// A location's taxes and the mode they work in (docs/sales.md, "Taxes and rounding").
struct TaxRules
{
    Q_DECLARE_TR_FUNCTIONS(TaxRules)

public:
    TaxMode mode = TaxMode::Exclusive;
    QList<Tax> taxes;

    /// Names present and unique, rates within 0–100 %, every class known (when `knownClasses`
    /// is given) and, in inclusive mode, at most one tax per class. Code "tax_rules_invalid".
    Status validate(const QStringList &knownClasses = {}) const;
    /// The taxes that apply to a class, in order.
    QList<Tax> taxesFor(const QString &classId) const;

    /// {"mode":"exclusive","taxes":[{"name":"GST","ratePpm":50000,"classes":["standard"]}]}
    QJsonObject toJson() const;
    /// Reads toJson()'s form strictly and validates it.
    static Result<TaxRules> fromJson(const QJsonObject &json);

    /// Québec: GST 5 % + QST 9.975 % added on top of standard and prepared-food items.
    static TaxRules quebec();
    /// Ontario: HST 13 % added on top of standard and prepared-food items.
    static TaxRules ontario();
    /// A VAT country: 20 % included in standard and prepared-food prices, 0 % on zero-rated.
    static TaxRules vat20();
    /// The presets above by id ("ca-qc", "ca-on", "vat-20"), for a first-run choice.
    static QStringList presetIds();
    static std::optional<TaxRules> preset(QStringView id);

    bool operator==(const TaxRules &) const = default;
};

} // namespace holdfast::sales
