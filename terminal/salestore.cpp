#include "salestore.h"

#include "datafiles.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSaleStore, "holdfast.terminal.salestore")

namespace holdfast::simulator {

namespace wt = wire::terminal;

Result<SaleStore> SaleStore::open(const QString &dataDir)
{
    auto dir = ensurePrivateDirectory(QDir(dataDir).filePath(u"sales"_s));
    if (!dir) {
        return dir.error();
    }
    SaleStore store(dir.value());
    store.prune();
    return store;
}

Status SaleStore::save(const StoredSale &sale)
{
    Q_ASSERT(wt::isValidSaleId(sale.saleId));
    QJsonObject object {
        {"saleId"_L1, sale.saleId}, {"result"_L1, sale.answer.toJson()}, {"completedAt"_L1, sale.completedAt}};
    if (sale.request) {
        object.insert("request"_L1, sale.request->toJson());
    }
    return writeJsonAtomically(m_dir.filePath(sale.saleId + u".json"_s), object, FileMode::Private);
}

Result<std::optional<StoredSale>> SaleStore::find(const QString &saleId) const
{
    const QString path = m_dir.filePath(saleId + u".json"_s);
    if (!wt::isValidSaleId(saleId) || !QFile::exists(path)) {
        return std::optional<StoredSale>();
    }
    const Error damaged {u"sale_record_damaged"_s,
                         tr("The terminal's record of sale %1 is damaged; its outcome cannot be told.").arg(saleId)};
    auto object = readJsonObject(path);
    if (!object) {
        return damaged;
    }
    StoredSale sale;
    sale.saleId = object->value("saleId"_L1).toString();
    sale.completedAt = object->value("completedAt"_L1).toInteger();
    auto answer = wt::PaymentAnswer::fromJson(object->value("result"_L1));
    if (sale.saleId != saleId || !answer) {
        return damaged;
    }
    sale.answer = std::move(answer).value();
    if (object->contains("request"_L1)) {
        auto request = wt::PaymentRequest::fromJson(object->value("request"_L1));
        if (!request) {
            return damaged;
        }
        sale.request = std::move(request).value();
    }
    return std::optional<StoredSale>(std::move(sale));
}

void SaleStore::prune()
{
    const QFileInfoList files = m_dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Time);
    for (qsizetype i = retainedSales; i < files.size(); ++i) {
        QFile::remove(files.at(i).absoluteFilePath());
    }
    if (files.size() > retainedSales) {
        qCInfo(lcSaleStore) << "removed" << files.size() - retainedSales << "old sale records";
    }
}

} // namespace holdfast::simulator
