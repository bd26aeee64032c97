#pragma once

#include "common/result.h"
#include "crypto/keyschedule.h"
#include "http/httpapi.h"
#include "platform/clock.h"
#include "store/database.h"
#include "store/registerstore.h"
#include "wire/payment.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace holdfast::gateway {
class Gateway;

/// A whole gateway inside the calling process, without sockets: the in-process ingest entry
/// point. Requests go through the same HttpApi that `serve` puts behind QHttpServer (routing,
/// authentication, JSON, ingest, storage), so its time is the gateway's own time to ingest.
/// bench_gateway_ingest measures it; the register's drain benchmark compares a real drain
/// against it (DESIGN section 11).
class InProcessGateway
{
public:
    /// Opens (creating) a gateway store at `location` with a new location in `currency` and one
    /// register paired to it.
    static Result<std::unique_ptr<InProcessGateway>> create(const StoreLocation &location, const Clock &clock,
                                                            const QString &currency = QStringLiteral("CAD"));
    ~InProcessGateway();

    const QString &locationId() const { return m_pairing.locationId; }
    const QString &registerId() const { return m_pairing.registerId; }
    const QString &token() const { return m_pairing.token; }
    QByteArray signingPublicKey() const;
    /// The current key schedule, to seal test payments with.
    Result<crypto::KeySchedule> schedule() const;

    /// An authenticated request as the paired register, e.g. post("/v1/payments/batch", body).
    HttpResponse post(const QString &path, const QByteArray &body);
    HttpResponse get(const QString &path);
    /// `POST /v1/payments/batch` with this body; the per-payment results.
    Result<QList<wire::PaymentResult>> ingestBatch(const QByteArray &body);
    /// Decides every uploaded payment, as the `serve` worker would; answers how many.
    Result<int> processAll();

    Gateway &gateway() { return *m_gateway; }

private:
    InProcessGateway(std::unique_ptr<Gateway> gateway, NewPairing pairing);

    std::unique_ptr<Gateway> m_gateway;
    std::unique_ptr<HttpApi> m_api;
    NewPairing m_pairing;
};

} // namespace holdfast::gateway
