// holdfastctl commands about payments: status, charge, queue.

#include "commands.h"
#include "crypto/carddata.h"
#include "crypto/secretbytes.h"
#include "payments/paymentclaims.h"
#include "payments/paymentqueries.h"
#include "payments/paymentstore.h"
#include "payments/policycache.h"
#include "payments/reminders.h"
#include "register/salereference.h"
#include "register/terminalcardreader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace holdfast::cli {

using payments::PaymentStatus;

namespace {

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString amount(qint64 minor, const QString &currency)
{
    const auto money = Money::fromMinor(minor, currency);
    return money ? money->format() : QString::number(minor);
}

QJsonObject toJson(const payments::PaymentRecord &payment, qint64 now)
{
    QJsonObject json {{"localId"_L1, payment.localId},
                      {"status"_L1, payments::toWire(payment.status)},
                      {"amount"_L1, payment.amount.toJson()},
                      {"brand"_L1, payment.brand},
                      {"last4"_L1, payment.last4},
                      {"mode"_L1, wire::toWire(payment.mode)},
                      {"createdAt"_L1, payment.createdAt},
                      {"uploadDeadline"_L1, payment.uploadDeadline},
                      {"pastDeadline"_L1, payment.isPastDeadline(now)},
                      {"attempts"_L1, payment.attempts},
                      {"sealedDataOnRegister"_L1, payment.envelope.has_value()},
                      {"reference"_L1, payment.orderId},
                      {"sent"_L1, payment.sentAt.has_value()},
                      {"unconfirmed"_L1, payment.isUnconfirmed()},
                      {"voidPending"_L1, payment.isVoidPending()}};
    if (!payment.serverPaymentId.isEmpty()) {
        json.insert("paymentId"_L1, payment.serverPaymentId);
    }
    if (payment.lastError) {
        json.insert("error"_L1,
                    QJsonObject {{"code"_L1, payment.lastError->code}, {"detail"_L1, payment.lastError->message}});
    }
    return json;
}

QString resultName(ChargeResult result)
{
    switch (result) {
    case ChargeResult::ApprovedOnline:
        return u"approved_online"_s;
    case ChargeResult::ApprovedOffline:
        return u"approved_offline"_s;
    case ChargeResult::Declined:
        return u"declined"_s;
    case ChargeResult::Refused:
        return u"refused"_s;
    case ChargeResult::Pending:
        return u"pending"_s;
    case ChargeResult::NoCard:
        return u"no_card"_s;
    case ChargeResult::NotCharged:
        return u"not_charged"_s;
    case ChargeResult::Failed:
        return u"failed"_s;
    }
    Q_UNREACHABLE();
}

int exitCodeOf(ChargeResult result)
{
    switch (result) {
    case ChargeResult::ApprovedOnline:
    case ChargeResult::ApprovedOffline:
        return Success;
    case ChargeResult::Declined:
        return Declined;
    case ChargeResult::Refused:
        return RefusedByPolicy;
    case ChargeResult::Pending:
        return OutcomePending;
    case ChargeResult::NoCard:
    case ChargeResult::NotCharged:
    case ChargeResult::Failed:
        return Failure;
    }
    Q_UNREACHABLE();
}

// Reads "PAN MM/YY" from standard input — never from arguments, which other users can see —
// and wipes every copy it made.
Result<crypto::CardData> readKeyedCard()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return Error {u"card_input_missing"_s, Ctl::tr("Cannot read the card from standard input.")};
    }
    QByteArray line = in.readLine(256);
    QByteArray trimmed = line.trimmed();
    crypto::wipe(line);
    const qsizetype space = trimmed.indexOf(' ');
    const QByteArrayView pan = space < 0 ? QByteArrayView(trimmed) : QByteArrayView(trimmed).first(space);
    const QByteArrayView expiry = space < 0 ? QByteArrayView() : QByteArrayView(trimmed).sliced(space + 1).trimmed();
    auto card = crypto::CardData::create(pan, expiry, crypto::EntryMethod::Keyed, crypto::Cvm::None);
    crypto::wipe(trimmed);
    if (!card && space < 0) {
        return Error {u"card_input_malformed"_s, Ctl::tr("Type the card as \"PAN MM/YY\" on standard input.")};
    }
    return card;
}

// Prints a charge's outcome, then records that it was shown: a payment whose outcome never
// reached the screen stays unconfirmed for a manager.
int printCharge(CliContext &context, RegisterCore &core, const ChargeOutcome &outcome, bool earlier)
{
    if (context.json()) {
        QJsonObject json {{"localId"_L1, outcome.localId},
                          {"result"_L1, resultName(outcome.result)},
                          {"message"_L1, outcome.message()},
                          {"wentOffline"_L1, outcome.wentOffline},
                          {"earlierPayment"_L1, earlier}};
        if (!outcome.brand.isEmpty()) {
            json.insert("brand"_L1, outcome.brand);
            json.insert("last4"_L1, outcome.last4);
        }
        if (outcome.error) {
            json.insert("error"_L1,
                        QJsonObject {{"code"_L1, outcome.error->code}, {"detail"_L1, outcome.error->message}});
        }
        context.printJson(json);
    } else {
        if (!outcome.localId.isEmpty()) {
            context.out() << outcome.localId << Qt::endl;
        }
        (outcome.approved() ? context.out() : context.err()) << outcome.message() << Qt::endl;
    }
    if (!outcome.localId.isEmpty()) {
        if (auto shown
            = payments::PaymentStore(core.vault())
                  .markOutcomeShown(outcome.localId, u"holdfastctl"_s, u"outcome printed"_s, core.clock().now());
            !shown) {
            context.err()
                << Ctl::tr("Warning: could not record that the outcome was shown: %1").arg(shown.error().message)
                << Qt::endl;
        }
    }
    return exitCodeOf(outcome.result);
}

} // namespace

int statusCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, context, arguments,
                                 Ctl::tr("Queue counts and totals, nearest deadline, reminder level, reachability."))) {
        return *exit;
    }
    RegisterCore *core = context.registerCore();
    if (!core) {
        return Failure;
    }
    auto credential = core->activeCredential();
    if (!credential) {
        return context.fail(credential.error());
    }
    const bool reachable = CliContext::wait<bool>(
        [&](auto done) { core->connectivity()->probe([done](bool healthy) { done(healthy); }); });
    const auto summary = core->summary();
    if (!summary) {
        return context.fail(summary.error());
    }
    const qint64 now = core->clock().now();
    const auto level = payments::reminderLevel(summary.value(), reachable, now);
    const auto mode = payments::PolicyCache(core->vault()).defaultMode();
    const QString reachability = sync::toWire(core->connectivity()->state());
    if (context.json()) {
        QJsonObject byStatus;
        for (const auto status : payments::allPaymentStatuses()) {
            const auto totals = summary->totals(status);
            byStatus.insert(payments::toWire(status),
                            QJsonObject {{"count"_L1, totals.count}, {"amount"_L1, totals.amountMinor}});
        }
        QJsonObject json {{"registerId"_L1, credential->registerId},
                          {"locationId"_L1, credential->locationId},
                          {"gateway"_L1, credential->gatewayUrl},
                          {"reachability"_L1, reachability},
                          {"byStatus"_L1, byStatus},
                          {"currency"_L1, summary->currency},
                          {"reminder"_L1, payments::toWire(level)},
                          {"mode"_L1, payments::toWire(mode)},
                          {"now"_L1, now},
                          {"clockAnchored"_L1, core->clock().isAnchored()},
                          {"unconfirmed"_L1, summary->unconfirmed},
                          {"voidPending"_L1, summary->voidPending},
                          {"refusedPairing"_L1, summary->refusedPairing}};
        if (summary->nearestDeadline) {
            json.insert("nearestDeadline"_L1, *summary->nearestDeadline);
        }
        context.printJson(json);
        return Success;
    }
    QTextStream &out = context.out();
    out << Ctl::tr("Register %1 (%2) of location %3 at %4")
               .arg(credential->registerId, credential->registerName, credential->locationId, credential->gatewayUrl)
        << Qt::endl;
    out << Ctl::tr("Gateway: %1").arg(sync::displayName(core->connectivity()->state())) << Qt::endl;
    out << Ctl::tr("Default mode: %1").arg(payments::displayName(mode)) << Qt::endl;
    for (const auto status : payments::allPaymentStatuses()) {
        const auto totals = summary->totals(status);
        out << u"  %1: %2 (%3)"_s.arg(payments::displayName(status))
                   .arg(totals.count)
                   .arg(amount(totals.amountMinor, summary->currency.isEmpty() ? u"CAD"_s : summary->currency))
            << Qt::endl;
    }
    if (summary->nearestDeadline) {
        out << Ctl::tr("Nearest upload deadline: %1").arg(localTime(*summary->nearestDeadline)) << Qt::endl;
    }
    if (summary->voidPending > 0) {
        out << Ctl::tr("Voids waiting for the gateway to confirm: %1").arg(summary->voidPending) << Qt::endl;
    }
    if (summary->unconfirmed > 0) {
        out << Ctl::tr("Unconfirmed payments (outcome never shown; a manager keeps or voids them, see "
                       "holdfastctl queue --unconfirmed): %1")
                   .arg(summary->unconfirmed)
            << Qt::endl;
    }
    if (level != payments::ReminderLevel::None) {
        out << Ctl::tr("Reminder (%1): %2")
                   .arg(payments::toWire(level), payments::reminderText(level, summary.value(), now))
            << Qt::endl;
    }
    return Success;
}

int chargeCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"AMOUNT"_s, Ctl::tr("The amount, like 12.34, tip included."));
    const QCommandLineOption mode(u"mode"_s, Ctl::tr("online, offline or auto (default: the register's mode)."),
                                  u"MODE"_s);
    const QCommandLineOption keyed(u"keyed"_s,
                                   Ctl::tr("Read \"PAN MM/YY\" from standard input instead of the terminal."));
    const QCommandLineOption tip(u"tip"_s, Ctl::tr("The part of AMOUNT that is a tip."), u"AMOUNT"_s);
    const QCommandLineOption order({u"reference"_s, u"order"_s},
                                   Ctl::tr("The sale this pays for. A second charge for the same sale returns the "
                                           "first payment's outcome (and exit code) instead of charging again."),
                                   u"SALE"_s);
    const QCommandLineOption cashier(u"cashier"_s, Ctl::tr("Who takes the payment."), u"NAME"_s, u"holdfastctl"_s);
    parser.addOptions({mode, keyed, tip, order, cashier});
    if (auto exit = parseCommand(parser, context, arguments, Ctl::tr("Take a card payment."))) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err() << Ctl::tr("holdfastctl charge: give exactly one AMOUNT.") << Qt::endl;
        return Usage;
    }
    ChargeRequest request;
    if (parser.isSet(mode)) {
        const QString name = parser.value(mode).toLower();
        const QString wireName = name == u"online"_s ? u"ONLINE_ONLY"_s
            : name == u"offline"_s                   ? u"OFFLINE_ONLY"_s
            : name == u"auto"_s                      ? u"AUTO_DETECT"_s
                                                     : name;
        auto parsed = payments::processingModeFromString(wireName);
        if (!parsed) {
            context.err() << Ctl::tr("holdfastctl charge: --mode is online, offline or auto.") << Qt::endl;
            return Usage;
        }
        request.mode = parsed.value();
    }
    RegisterCore *core = context.registerCore();
    if (!core) {
        return Failure;
    }
    auto credential = core->activeCredential();
    if (!credential) {
        return context.fail(credential.error());
    }
    auto settings = payments::PolicyCache(core->vault()).settings(credential->locationId);
    if (!settings) {
        return context.fail(settings.error());
    }
    auto total = Money::parse(parser.positionalArguments().constFirst(), settings->currency);
    auto tipAmount = Money::parse(parser.value(tip).isEmpty() ? u"0"_s : parser.value(tip), settings->currency);
    if (!total || !tipAmount) {
        return context.fail(total ? tipAmount.error() : total.error(), Usage);
    }
    if (total->minor() <= 0 || tipAmount->isNegative() || tipAmount->minor() > total->minor()) {
        return context.fail({u"amount_invalid"_s, Ctl::tr("The amount must be more than zero and cover the tip.")},
                            Usage);
    }
    request.amount = total.value();
    request.tip = tipAmount.value();
    request.orderId = parser.value(order);
    request.cashier = parser.value(cashier);
    if (auto earlier = salereference::blockingPayment(core->vault(), request.orderId); !earlier) {
        return context.fail(earlier.error());
    } else if (earlier->has_value()) {
        // Never a second charge for one sale: say what the first one did.
        const auto elsewhere = payments::PaymentClaims(core->vault(), payments::ClaimOwner::create())
                                   .isClaimedByOther((*earlier)->localId);
        const ChargeOutcome outcome = salereference::outcomeOf(**earlier, elsewhere.value_or(true));
        context.err() << Ctl::tr("Sale %1 already has a payment; this is its outcome (nothing new was charged).")
                             .arg(request.orderId)
                      << Qt::endl;
        return printCharge(context, *core, outcome, true);
    }
    std::unique_ptr<CardReader> reader;
    if (parser.isSet(keyed)) {
        auto card = readKeyedCard();
        if (!card) {
            return context.fail(card.error(), Usage);
        }
        reader = std::make_unique<KeyedCardReader>(std::move(card).value(), &core->sealingPool());
    } else {
        if (!core->terminal().pairing()) {
            return context.fail({u"terminal_not_paired"_s,
                                 Ctl::tr("No payment terminal is paired with this register. Pair one with "
                                         "holdfastctl terminal pair, or use --keyed.")});
        }
        reader = std::make_unique<TerminalCardReader>(core->terminal());
        context.err() << Ctl::tr("Present the card on the terminal…") << Qt::endl;
    }
    core->charger().setUploadsAfterCharge(false); // `sync` or the register uploads; this process ends now
    const ChargeOutcome outcome
        = CliContext::wait<ChargeOutcome>([&](auto done) { core->charger().charge(request, *reader, done); });
    return printCharge(context, *core, outcome, false);
}

int queueCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption status(u"status"_s, Ctl::tr("Only payments in this status (QUEUED, UPLOADED, …)."),
                                    u"S"_s);
    const QCommandLineOption limit(u"limit"_s, Ctl::tr("At most N payments (default 100)."), u"N"_s, u"100"_s);
    const QCommandLineOption allLocations(
        u"all-locations"_s,
        Ctl::tr("Also payments taken under an earlier pairing to another location (they still upload)."));
    const QCommandLineOption unconfirmed(u"unconfirmed"_s,
                                         Ctl::tr("Only payments whose outcome was never shown (confirm or void "
                                                 "each)."));
    parser.addOptions({status, limit, allLocations, unconfirmed});
    if (auto exit = parseCommand(parser, context, arguments,
                                 Ctl::tr("List payments of this location (or of all), newest first."))) {
        return *exit;
    }
    payments::PaymentFilter filter;
    if (parser.isSet(status)) {
        auto parsed = payments::paymentStatusFromString(parser.value(status).toUpper());
        if (!parsed) {
            return context.fail(parsed.error(), Usage);
        }
        filter.status = parsed.value();
    }
    filter.unconfirmedOnly = parser.isSet(unconfirmed);
    bool numeric = false;
    filter.limit = parser.value(limit).toInt(&numeric);
    if (!numeric || filter.limit <= 0) {
        context.err() << Ctl::tr("holdfastctl queue: --limit is a positive number.") << Qt::endl;
        return Usage;
    }
    RegisterCore *core = context.registerCore();
    if (!core) {
        return Failure;
    }
    // Every location needs no pairing: the installer asks an unpaired register too.
    if (!parser.isSet(allLocations)) {
        auto credential = core->activeCredential();
        if (!credential) {
            return context.fail(credential.error());
        }
        filter.locationId = credential->locationId;
    }
    auto payments = payments::PaymentQueries(core->vault()).list(filter);
    if (!payments) {
        return context.fail(payments.error());
    }
    const qint64 now = core->clock().now();
    if (context.json()) {
        QJsonArray array;
        for (const auto &payment : payments.value()) {
            array.append(toJson(payment, now));
        }
        context.printJson(array);
        return Success;
    }
    for (const auto &payment : payments.value()) {
        QString notes;
        if (payment.isVoidPending()) {
            notes += Ctl::tr("  (void pending)");
        }
        if (payment.isUnconfirmed()) {
            notes += Ctl::tr("  (unconfirmed: confirm or void it)");
        }
        if (payment.isPastDeadline(now)) {
            notes += Ctl::tr("  (past its deadline)");
        }
        if (!payment.orderId.isEmpty()) {
            notes += u"  "_s + Ctl::tr("sale %1").arg(payment.orderId);
        }
        context.out() << u"%1  %2  %3  %4 …%5  %6%7%8"_s.arg(
            payment.localId, localTime(payment.createdAt), payment.amount.format(), payment.brand, payment.last4,
            payments::displayName(payment.status), notes,
            payment.lastError ? u"  "_s + payment.lastError->message : QString())
                      << Qt::endl;
    }
    return Success;
}

} // namespace holdfast::cli
