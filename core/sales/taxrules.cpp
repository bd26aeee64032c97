#include "taxrules.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace holdfast::sales {

namespace {

Error invalid(const QString &sentence)
{
    return {u"tax_rules_invalid"_s, sentence};
}

} // namespace

QString toWire(TaxMode mode)
{
    return mode == TaxMode::Inclusive ? u"inclusive"_s : u"exclusive"_s;
}

Result<TaxMode> taxModeFromWire(QStringView text)
{
    if (text == u"exclusive") {
        return TaxMode::Exclusive;
    }
    if (text == u"inclusive") {
        return TaxMode::Inclusive;
    }
    return invalid(TaxRules::tr("The tax mode must be \"exclusive\" or \"inclusive\"."));
}

QString formatRatePercent(qint64 ratePpm, const QLocale &locale)
{
    // ppm / 10'000 is the percentage; print up to four decimals, dropping trailing zeros.
    const qint64 whole = ratePpm / 10'000;
    QString fraction = u"%1"_s.arg(ratePpm % 10'000, 4, 10, QLatin1Char('0'));
    while (fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    QString text = locale.toString(whole);
    if (!fraction.isEmpty()) {
        text += locale.decimalPoint() + fraction;
    }
    return text;
}

Status TaxRules::validate(const QStringList &knownClasses) const
{
    QSet<QString> names;
    QSet<QString> taxedClasses;
    for (const Tax &tax : taxes) {
        if (tax.name.trimmed().isEmpty()) {
            return invalid(tr("Every tax needs a name."));
        }
        if (names.contains(tax.name)) {
            return invalid(tr("There are two taxes named %1; names must be unique.").arg(tax.name));
        }
        names.insert(tax.name);
        if (tax.ratePpm < 0 || tax.ratePpm > ppmPerWhole) {
            return invalid(tr("The rate of %1 must be between 0 and 100 percent.").arg(tax.name));
        }
        if (tax.classIds.isEmpty()) {
            return invalid(tr("%1 applies to no tax class.").arg(tax.name));
        }
        for (const QString &classId : tax.classIds) {
            if (!knownClasses.isEmpty() && !knownClasses.contains(classId)) {
                return invalid(tr("%1 applies to the unknown tax class \"%2\".").arg(tax.name, classId));
            }
            // Extracting two taxes from one price would need their combined rate; VAT systems
            // charge one rate per item, so this is refused rather than approximated.
            if (mode == TaxMode::Inclusive && taxedClasses.contains(classId)) {
                return invalid(
                    tr("With tax-inclusive prices, the tax class \"%1\" can carry only one tax.").arg(classId));
            }
            taxedClasses.insert(classId);
        }
    }
    return {};
}

QList<Tax> TaxRules::taxesFor(const QString &classId) const
{
    QList<Tax> result;
    for (const Tax &tax : taxes) {
        if (tax.appliesTo(classId)) {
            result.append(tax);
        }
    }
    return result;
}

QJsonObject TaxRules::toJson() const
{
    QJsonArray list;
    for (const Tax &tax : taxes) {
        list.append(QJsonObject {{"name"_L1, tax.name},
                                 {"ratePpm"_L1, tax.ratePpm},
                                 {"classes"_L1, QJsonArray::fromStringList(tax.classIds)}});
    }
    return QJsonObject {{"mode"_L1, toWire(mode)}, {"taxes"_L1, list}};
}

Result<TaxRules> TaxRules::fromJson(const QJsonObject &json)
{
    const Error malformed = invalid(tr("The tax rules are not in the expected form."));
    if (json.size() != 2 || !json.value("mode"_L1).isString() || !json.value("taxes"_L1).isArray()) {
        return malformed;
    }
    auto mode = taxModeFromWire(json.value("mode"_L1).toString());
    if (!mode) {
        return mode.error();
    }
    TaxRules rules;
    rules.mode = mode.value();
    for (const QJsonValue &item : json.value("taxes"_L1).toArray()) {
        const QJsonObject object = item.toObject();
        const QJsonValue rate = object.value("ratePpm"_L1);
        const bool integral = rate.isDouble() && rate.toInteger(0) == rate.toInteger(1);
        if (object.size() != 3 || !object.value("name"_L1).isString() || !integral
            || !object.value("classes"_L1).isArray()) {
            return malformed;
        }
        Tax tax {object.value("name"_L1).toString(), rate.toInteger(), {}};
        for (const QJsonValue &classId : object.value("classes"_L1).toArray()) {
            if (!classId.isString()) {
                return malformed;
            }
            tax.classIds.append(classId.toString());
        }
        rules.taxes.append(tax);
    }
    if (auto valid = rules.validate(); !valid) {
        return valid.error();
    }
    return rules;
}

TaxRules TaxRules::quebec()
{
    const QStringList taxable {u"standard"_s, u"prepared-food"_s};
    return {TaxMode::Exclusive, {{u"GST"_s, 50'000, taxable}, {u"QST"_s, 99'750, taxable}}};
}

TaxRules TaxRules::ontario()
{
    return {TaxMode::Exclusive, {{u"HST"_s, 130'000, {u"standard"_s, u"prepared-food"_s}}}};
}

TaxRules TaxRules::vat20()
{
    return {TaxMode::Inclusive,
            {{u"VAT 20%"_s, 200'000, {u"standard"_s, u"prepared-food"_s}}, {u"VAT 0%"_s, 0, {u"zero-rated"_s}}}};
}

QStringList TaxRules::presetIds()
{
    return {u"ca-qc"_s, u"ca-on"_s, u"vat-20"_s};
}

std::optional<TaxRules> TaxRules::preset(QStringView id)
{
    if (id == u"ca-qc") {
        return quebec();
    }
    if (id == u"ca-on") {
        return ontario();
    }
    if (id == u"vat-20") {
        return vat20();
    }
    return std::nullopt;
}

} // namespace holdfast::sales
