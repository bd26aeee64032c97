#pragma once

#include "storedatabase.h"
#include "taxrules.h"
#include "tendering.h"

#include <QCoreApplication>
#include <QStringList>

namespace holdfast::sales {

/// The store's settings kept in store.sqlite, typed, each with its default.
struct StoreSettings
{
    QString storeName; ///< first line of every receipt
    QStringList addressLines; ///< printed under the name
    QString taxRegistration; ///< e.g. "GST 123456789 RT0001 · QST 1234567890 TQ0001"
    QString receiptFooter; ///< e.g. "Thank you!"
    QString currency = QStringLiteral("CAD"); ///< prices in the catalog are read in it
    CashRounding cashRounding = CashRounding::None;

    bool operator==(const StoreSettings &) const = default;
};

/// Reads and writes StoreSettings and each location's tax rules.
class SalesSettings
{
    Q_DECLARE_TR_FUNCTIONS(SalesSettings)

public:
    explicit SalesSettings(StoreDatabase &db) : m_db(db) { }

    /// The settings; keys never written read as their defaults.
    Result<StoreSettings> load() const;
    /// Saves all of them in one transaction ("settings_invalid" for an unknown currency).
    Status save(const StoreSettings &settings);

    /// The location's taxes; "tax_rules_missing" until set (first run picks a preset).
    Result<TaxRules> taxRules(const QString &locationId) const;
    /// Sets them after checking them against the known tax classes.
    Status setTaxRules(const QString &locationId, const TaxRules &rules, qint64 nowMs);

private:
    StoreDatabase &m_db;
};

} // namespace holdfast::sales
