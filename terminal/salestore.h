#pragma once

#include "common/result.h"
#include "wire/terminalprotocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

#include <optional>

namespace holdfast::simulator {

/// A sale that ended, as the terminal keeps it: enough to answer the same saleId again, and
/// nothing that is not already safe on the wire (the card data in it is sealed).
struct StoredSale
{
    QString saleId;
    std::optional<wire::terminal::PaymentRequest> request; ///< absent for an abort of a sale never started
    wire::terminal::PaymentAnswer answer;
    qint64 completedAt = 0;
};

/// Completed sales, one small file each under DATA/sales/, written atomically before the
/// terminal answers. They survive restarts: that is how a register learns what happened to a
/// sale after a dropped connection or a reboot.
class SaleStore
{
    Q_DECLARE_TR_FUNCTIONS(SaleStore)

public:
    /// How many completed sales are kept; older ones are removed at start.
    static constexpr qsizetype retainedSales = 1000;

    static Result<SaleStore> open(const QString &dataDir);

    Status save(const StoredSale &sale);
    /// The stored sale, nothing when the terminal never completed it, or an error when its
    /// file is damaged (then the sale must not be treated as unknown).
    Result<std::optional<StoredSale>> find(const QString &saleId) const;

private:
    explicit SaleStore(QDir dir) : m_dir(std::move(dir)) { }
    void prune();

    QDir m_dir;
};

} // namespace holdfast::simulator
