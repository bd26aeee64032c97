#include "inprocessgateway.h"

#include "gateway.h"
#include "ingest/authorizer.h"
#include "keys/keymanager.h"
#include "store/locationstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace holdfast::gateway {

InProcessGateway::InProcessGateway(std::unique_ptr<Gateway> gateway, NewPairing pairing)
    : m_gateway(std::move(gateway)), m_api(std::make_unique<HttpApi>(*m_gateway)), m_pairing(std::move(pairing))
{
}

InProcessGateway::~InProcessGateway() = default;

Result<std::unique_ptr<InProcessGateway>> InProcessGateway::create(const StoreLocation &location, const Clock &clock,
                                                                   const QString &currency)
{
    auto gateway = Gateway::open(location, clock);
    if (!gateway) {
        return gateway.error();
    }
    auto locationId = gateway.value()->locations().add(u"In-process"_s, currency);
    if (!locationId) {
        return locationId.error();
    }
    auto code = gateway.value()->registers().createDeviceCode(locationId.value(), RegisterStore::defaultCodeTtlMs);
    if (!code) {
        return code.error();
    }
    auto pairing = gateway.value()->registers().pair(code.value(), u"In-process register"_s);
    if (!pairing) {
        return pairing.error();
    }
    return std::unique_ptr<InProcessGateway>(
        new InProcessGateway(std::move(gateway).value(), std::move(pairing).value()));
}

QByteArray InProcessGateway::signingPublicKey() const
{
    return m_gateway->signingKey().publicKey();
}

Result<crypto::KeySchedule> InProcessGateway::schedule() const
{
    return m_gateway->keys().currentSchedule();
}

HttpResponse InProcessGateway::post(const QString &path, const QByteArray &body)
{
    return m_api->handle({"POST", path, "Bearer " + m_pairing.token.toLatin1(), body});
}

HttpResponse InProcessGateway::get(const QString &path)
{
    return m_api->handle({"GET", path, "Bearer " + m_pairing.token.toLatin1(), {}});
}

Result<QList<wire::PaymentResult>> InProcessGateway::ingestBatch(const QByteArray &body)
{
    const HttpResponse response = post(u"/v1/payments/batch"_s, body);
    if (response.status != 200) {
        const QJsonObject error = response.body.value("error"_L1).toObject();
        return Error {error.value("code"_L1).toString(), error.value("detail"_L1).toString()};
    }
    QList<wire::PaymentResult> results;
    const QJsonArray array = response.body.value("results"_L1).toArray();
    for (const QJsonValue &value : array) {
        auto result = wire::PaymentResult::fromJson(value);
        if (!result) {
            return result.error();
        }
        results.append(result.value());
    }
    return results;
}

Result<int> InProcessGateway::processAll()
{
    int total = 0;
    for (;;) {
        auto decided = m_gateway->authorizer().processPending();
        if (!decided) {
            return decided.error();
        }
        total += decided.value();
        if (decided.value() < Authorizer::stepSize) {
            return total;
        }
    }
}

} // namespace holdfast::gateway
