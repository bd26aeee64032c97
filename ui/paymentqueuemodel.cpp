#include "paymentqueuemodel.h"

#include "register/enginehost.h"
#include "timetext.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

using payments::PaymentStatus;

PaymentQueueModel::PaymentQueueModel(EngineHost &engine, QObject *parent)
    : QAbstractTableModel(parent), m_engine(engine)
{
}

void PaymentQueueModel::setFilter(const payments::PaymentFilter &filter)
{
    m_filter = filter;
    reload();
}

void PaymentQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    m_fetching = false;
    const quint64 generation = ++m_generation;
    endResetModel();
    payments::PaymentFilter filter = m_filter;
    m_engine.call(
        this,
        [filter](RegisterEngine &engine) { return payments::PaymentQueries(engine.core().vault()).count(filter); },
        [this, generation](const Result<int> &count) {
            if (generation != m_generation) {
                return;
            }
            if (!count) {
                emit failed(count.error().message);
                return;
            }
            m_total = count.value();
            emit loaded();
            if (canFetchMore({})) {
                fetchMore({});
            }
        });
}

const payments::PaymentRecord *PaymentQueueModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void PaymentQueueModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, TimeLeftColumn), index(int(m_rows.size()) - 1, TimeLeftColumn));
    }
}

bool PaymentQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_total > m_rows.size();
}

void PaymentQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    m_fetching = true;
    payments::PaymentFilter page = m_filter;
    page.offset = int(m_rows.size());
    page.limit = pageSize;
    const quint64 generation = m_generation;
    m_engine.call(
        this, [page](RegisterEngine &engine) { return payments::PaymentQueries(engine.core().vault()).list(page); },
        [this, generation](const Result<QList<payments::PaymentRecord>> &records) {
            if (generation != m_generation) {
                return;
            }
            m_fetching = false;
            if (!records) {
                emit failed(records.error().message);
                return;
            }
            if (records->isEmpty()) {
                m_total = int(m_rows.size()); // fewer than counted: some were purged meanwhile
                emit loaded();
                return;
            }
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(records->size()) - 1);
            m_rows.append(records.value());
            endInsertRows();
            emit loaded();
        });
}

int PaymentQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentQueueModel::data(const QModelIndex &index, int role) const
{
    const payments::PaymentRecord *payment = record(index.row());
    if (!payment) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::ForegroundRole && index.column() == TimeLeftColumn && payment->status == PaymentStatus::Queued
        && payment->uploadDeadline <= m_nowMs) {
        return QColor(0xb9, 0x1c, 0x1c);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case TakenColumn:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(payment->createdAt), QLocale::ShortFormat);
    case AmountColumn:
        return payment->amount.format(locale);
    case CardColumn:
        return tr("%1 •••• %2").arg(payment->brand, payment->last4);
    case StatusColumn:
        if (payment->isVoidPending()) {
            return tr("Void pending");
        }
        return payment->isUnconfirmed() ? tr("%1 — unconfirmed").arg(payments::displayName(payment->status))
                                        : payments::displayName(payment->status);
    case TimeLeftColumn:
        if (payment->status != PaymentStatus::Queued) {
            return QString();
        }
        return payment->uploadDeadline > m_nowMs ? durationText(payment->uploadDeadline - m_nowMs)
                                                 : tr("deadline passed");
    case CashierColumn:
        return payment->cashier;
    case ReferenceColumn:
        return payment->localId;
    case ProblemColumn:
        return payment->lastError ? payment->lastError->message : QString();
    default:
        return {};
    }
}

QVariant PaymentQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TakenColumn:
        return tr("Taken");
    case AmountColumn:
        return tr("Amount");
    case CardColumn:
        return tr("Card");
    case StatusColumn:
        return tr("Status");
    case TimeLeftColumn:
        return tr("Time left to upload");
    case CashierColumn:
        return tr("Cashier");
    case ReferenceColumn:
        return tr("Reference");
    case ProblemColumn:
        return tr("Last problem");
    default:
        return {};
    }
}

} // namespace holdfast::ui
