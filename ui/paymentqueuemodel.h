#pragma once

#include "payments/paymentqueries.h"

#include <QAbstractTableModel>

namespace holdfast {
class EngineHost;
}

namespace holdfast::ui {

/// The vault's payments as a table that loads lazily: it knows how many match, and reads pages
/// of 200 from the engine thread only as the view scrolls to them (canFetchMore/fetchMore), so a
/// queue of 100,000 payments opens at once and never blocks the screen.
class PaymentQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TakenColumn,
        AmountColumn,
        CardColumn,
        StatusColumn,
        TimeLeftColumn,
        CashierColumn,
        ReferenceColumn,
        ProblemColumn,
        ColumnCount
    };
    static constexpr int pageSize = 200;

    explicit PaymentQueueModel(EngineHost &engine, QObject *parent = nullptr);

    /// Starts again with `filter` (its offset and limit are the model's business).
    void setFilter(const payments::PaymentFilter &filter);
    void reload();
    /// How many payments match in all (-1 until the count arrives).
    int total() const { return m_total; }
    const payments::PaymentRecord *record(int row) const;
    /// The trusted time "time left" counts from.
    void setNow(qint64 nowMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// The count or a page arrived.
    void loaded();
    void failed(const QString &message);

private:
    EngineHost &m_engine;
    payments::PaymentFilter m_filter;
    QList<payments::PaymentRecord> m_rows;
    int m_total = -1;
    bool m_fetching = false;
    quint64 m_generation = 0;
    qint64 m_nowMs = 0;
};

} // namespace holdfast::ui
