#include "salessettings.h"

#include "catalog.h"
#include "common/currency.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace holdfast::sales {

namespace {

// The keys in store_settings; values are UTF-8 text (address lines joined by newlines).
const auto keyStoreName = u"store.name"_s;
const auto keyAddress = u"store.address"_s;
const auto keyTaxRegistration = u"store.taxRegistration"_s;
const auto keyFooter = u"receipt.footer"_s;
const auto keyCurrency = u"store.currency"_s;
const auto keyCashRounding = u"cash.rounding"_s;

} // namespace

Result<StoreSettings> SalesSettings::load() const
{
    QSqlQuery query(m_db.database());
    query.prepare(u"SELECT key, value FROM store_settings"_s);
    if (auto done = m_db.exec(query); !done) {
        return done.error();
    }
    StoreSettings settings;
    settings.storeName = tr("Holdfast store");
    settings.receiptFooter = tr("Thank you!");
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == keyStoreName) {
            settings.storeName = value;
        } else if (key == keyAddress) {
            settings.addressLines = value.split(u'\n', Qt::SkipEmptyParts);
        } else if (key == keyTaxRegistration) {
            settings.taxRegistration = value;
        } else if (key == keyFooter) {
            settings.receiptFooter = value;
        } else if (key == keyCurrency) {
            settings.currency = value;
        } else if (key == keyCashRounding) {
            settings.cashRounding = value == u"nickel"_s ? CashRounding::Nickel : CashRounding::None;
        }
    }
    return settings;
}

Status SalesSettings::save(const StoreSettings &settings)
{
    if (!currency::isKnown(settings.currency)) {
        return Error {u"settings_invalid"_s, tr("%1 is not an ISO 4217 currency code.").arg(settings.currency)};
    }
    if (settings.storeName.trimmed().isEmpty()) {
        return Error {u"settings_invalid"_s, tr("The store needs a name for its receipts.")};
    }
    const QList<std::pair<QString, QString>> values {
        {keyStoreName, settings.storeName.trimmed()},
        {keyAddress, settings.addressLines.join(u'\n')},
        {keyTaxRegistration, settings.taxRegistration},
        {keyFooter, settings.receiptFooter},
        {keyCurrency, settings.currency},
        {keyCashRounding, settings.cashRounding == CashRounding::Nickel ? u"nickel"_s : u"none"_s},
    };
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.database());
        query.prepare(u"INSERT INTO store_settings (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        for (const auto &[key, value] : values) {
            query.bindValue(0, key);
            query.bindValue(1, value.isNull() ? QStringLiteral("") : value); // a null QString binds as NULL
            if (auto done = m_db.exec(query); !done) {
                return done;
            }
        }
        return {};
    });
}

Result<TaxRules> SalesSettings::taxRules(const QString &locationId) const
{
    QSqlQuery query(m_db.database());
    query.prepare(u"SELECT json FROM tax_rules WHERE location_id = ?"_s);
    query.addBindValue(locationId);
    if (auto done = m_db.exec(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error {u"tax_rules_missing"_s, tr("The taxes of this location are not set up yet.")};
    }
    return TaxRules::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

Status SalesSettings::setTaxRules(const QString &locationId, const TaxRules &rules, qint64 nowMs)
{
    auto classes = Catalog(m_db).taxClasses();
    if (!classes) {
        return classes.error();
    }
    QStringList known;
    for (const TaxClass &taxClass : classes.value()) {
        known << taxClass.id;
    }
    if (auto valid = rules.validate(known); !valid) {
        return valid;
    }
    QSqlQuery query(m_db.database());
    query.prepare(u"INSERT INTO tax_rules (location_id, json, updated_at) VALUES (?, ?, ?) "
                  "ON CONFLICT (location_id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at"_s);
    query.addBindValue(locationId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(nowMs);
    return m_db.exec(query);
}

} // namespace holdfast::sales
