// holdfastctl commands that settle a payment after the fact: void, confirm.

#include "commands.h"
#include "payments/paymentstore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace holdfast::cli {

namespace {

// The one LOCALID a command takes; empty (after saying why) when it got another count.
QString singleLocalId(CliContext &context, const QCommandLineParser &parser, const QString &command)
{
    if (parser.positionalArguments().size() != 1) {
        context.err() << Ctl::tr("holdfastctl %1: give exactly one LOCALID.").arg(command) << Qt::endl;
        return {};
    }
    return parser.positionalArguments().constFirst();
}

} // namespace

int voidCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"LOCALID"_s, Ctl::tr("The payment's local reference."));
    if (auto exit = parseCommand(parser, context, arguments,
                                 Ctl::tr("Cancel a payment. One that may have reached the gateway is voided "
                                         "(or refunded) there; until the gateway confirms, it is \"void pending\" "
                                         "and this exits 5."))) {
        return *exit;
    }
    const QString localId = singleLocalId(context, parser, u"void"_s);
    if (localId.isEmpty()) {
        return Usage;
    }
    RegisterCore *core = context.registerCore();
    if (!core) {
        return Failure;
    }
    const auto voided
        = CliContext::wait<Result<VoidResult>>([&](auto done) { core->voidPayment(localId, u"holdfastctl"_s, done); });
    if (!voided) {
        return context.fail(voided.error());
    }
    const auto payment = payments::PaymentStore(core->vault()).find(localId);
    const QString status = payment ? payments::toWire(payment->status) : QString();
    const bool pending = voided.value() == VoidResult::Pending;
    if (context.json()) {
        context.printJson(QJsonObject {{"localId"_L1, localId}, {"status"_L1, status}, {"voidPending"_L1, pending}});
    } else if (pending) {
        context.out() << Ctl::tr("Payment %1: void pending. It may have reached the gateway, so the gateway must "
                                 "cancel or refund it; that is sent as soon as the gateway answers "
                                 "(holdfastctl sync).")
                             .arg(localId)
                      << Qt::endl;
    } else if (voided.value() == VoidResult::NotCharged) {
        context.out()
            << Ctl::tr("Payment %1 was declined: nothing was charged, so there is nothing to void.").arg(localId)
            << Qt::endl;
    } else {
        context.out()
            << Ctl::tr("Payment %1 is now %2.").arg(localId, payment ? payments::displayName(payment->status) : status)
            << Qt::endl;
    }
    return pending ? OutcomePending : Success;
}

int confirmCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"LOCALID"_s, Ctl::tr("The payment's local reference."));
    if (auto exit = parseCommand(parser, context, arguments,
                                 Ctl::tr("Keep an unconfirmed payment: its outcome was never shown (the program "
                                         "stopped), and a manager checked that the sale was paid by it."))) {
        return *exit;
    }
    const QString localId = singleLocalId(context, parser, u"confirm"_s);
    if (localId.isEmpty()) {
        return Usage;
    }
    RegisterCore *core = context.registerCore();
    if (!core) {
        return Failure;
    }
    payments::PaymentStore store(core->vault());
    auto payment = store.find(localId);
    if (!payment) {
        return context.fail(payment.error());
    }
    const bool wasUnconfirmed = payment->isUnconfirmed();
    if (auto kept
        = store.markOutcomeShown(localId, u"holdfastctl"_s, u"kept by a manager (confirm)"_s, core->clock().now());
        !kept) {
        return context.fail(kept.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject {
            {"localId"_L1, localId}, {"status"_L1, payments::toWire(payment->status)}, {"confirmed"_L1, true}});
    } else {
        context.out() << (wasUnconfirmed ? Ctl::tr("Payment %1 (%2) is kept and confirmed.")
                                         : Ctl::tr("Payment %1 (%2) was already confirmed."))
                             .arg(localId, payments::displayName(payment->status))
                      << Qt::endl;
    }
    return Success;
}

} // namespace holdfast::cli
