#pragma once

#include "payments/vault.h"
#include "sales/order.h"
#include "sales/storedatabase.h"

#include <QObject>

#include <optional>

namespace holdfast {

/// Keeps the card tenders of orders (store.sqlite) in step with their payments in the vault. A
/// payment's life goes on after the sale: the uploader learns that an offline payment was
/// processed, declined or voided hours later, and the order — its receipt, the end-of-shift
/// report, whether it still counts as paid — must follow. The mapping is sales::cardStatusFor;
/// the order rules are OrderStore::updateCardStatus's.
class CardTenderSync : public QObject
{
    Q_OBJECT

public:
    CardTenderSync(payments::Vault &vault, sales::StoreDatabase &store, QObject *parent = nullptr);

    /// Brings the tender of the payment `localId` in step with the vault at `nowMs`. Nothing
    /// (an empty optional) when no order holds that payment or the tender is already current.
    Result<std::optional<sales::Order>> sync(const QString &localId, qint64 nowMs);
    /// Every card tender still PENDING on orders created since `sinceMs` (at start: the
    /// register may have been closed while holdfastctl uploaded). Returns how many changed.
    Result<int> syncPending(qint64 sinceMs, qint64 nowMs);

signals:
    /// An order changed because one of its payments did.
    void orderChanged(const holdfast::sales::Order &order);

private:
    payments::Vault &m_vault;
    sales::StoreDatabase &m_store;
};

} // namespace holdfast
