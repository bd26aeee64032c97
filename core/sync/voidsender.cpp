#include "voidsender.h"

#include "gatewayclient.h"
#include "payments/paymentstore.h"
#include "resultmapping.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcVoidSender, "holdfast.core.voidsender")

namespace holdfast::sync {

using payments::PaymentStatus;

void VoidSender::deliver(const QString &localId, GatewayClient *client, const QString &actor,
                         std::function<void(Result<VoidDelivery>)> done)
{
    auto claimed = payments::PaymentClaims(m_vault, m_owner).claimForVoid(localId);
    if (!claimed) {
        return done(claimed.error());
    }
    if (!claimed->has_value()) {
        // Sent elsewhere right now, or no longer waiting for a void: whoever holds it finishes.
        auto current = payments::PaymentStore(m_vault).find(localId);
        if (!current) {
            return done(current.error());
        }
        return done(current->status == PaymentStatus::Voided ? VoidDelivery::Confirmed
                        : current->isVoidPending()           ? VoidDelivery::StillPending
                                                             : VoidDelivery::NothingToVoid);
    }
    const payments::PaymentRecord payment = std::move(**claimed);
    client->voidPayment(localId, [this, payment, actor, done = std::move(done)](Result<wire::PaymentResult> answer) {
        payments::PaymentClaims claims(m_vault, m_owner);
        const auto release = [&claims, &payment] {
            if (auto released = claims.release({payment.localId}); !released) {
                qCWarning(lcVoidSender) << "cannot let go of a claim:" << released.error().message;
            }
        };
        if (!answer) {
            qCInfo(lcVoidSender) << "void of" << payment.localId << "not delivered:" << answer.error().code;
            release();
            return done(answer.error());
        }
        auto steps = transitionsFor(payment, answer.value(), m_clock.now());
        for (auto &step : steps) {
            step.actor = actor;
        }
        auto applied = payments::PaymentStore(m_vault).transitionWherePossible(steps, m_clock.now());
        release();
        if (!applied) {
            return done(applied.error());
        }
        const bool voided
            = answer->status == wire::ResultStatus::Voided || answer->status == wire::ResultStatus::Refunded;
        qCInfo(lcVoidSender) << "void of" << payment.localId << "answered" << wire::toWire(answer->status);
        done(voided                                                      ? VoidDelivery::Confirmed
                 : answer->status == wire::ResultStatus::FailedToProcess ? VoidDelivery::NothingToVoid
                                                                         : VoidDelivery::StillPending);
    });
}

} // namespace holdfast::sync
