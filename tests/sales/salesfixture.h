#pragma once

#include "sales/cart.h"
#include "sales/orderstore.h"
#include "sales/staff.h"
#include "storefixture.h"

#include <QSqlQuery>
#include <QUuid>

namespace holdfast::test {

inline constexpr qint64 saleTime = 1795348800000; // 2026-11-22 12:00 UTC

inline Money cad(qint64 minor)
{
    return Money::fromMinor(minor, u"CAD").value();
}

/// A staff row without a usable PIN: enough for shifts and orders, which never check PINs.
inline bool addStaffRow(const sales::StoreDatabase &db, const QString &id, const QString &name, sales::Role role)
{
    QSqlQuery query(db.database());
    query.prepare(QStringLiteral("INSERT INTO staff (id, name, role, pin_salt, pin_hash, pin_kdf, created_at, "
                                 "updated_at) VALUES (?, ?, ?, x'00', x'00', 'none', 0, 0)"));
    query.addBindValue(id);
    query.addBindValue(name);
    query.addBindValue(sales::toWire(role));
    return query.exec();
}

inline sales::Product testProduct(qint64 id, const QString &name, qint64 priceMinor,
                                  const QString &taxClass = QStringLiteral("standard"))
{
    return {id, QStringLiteral("SKU-%1").arg(id), {}, name, 1, QStringLiteral("Misc"), cad(priceMinor), taxClass, true};
}

inline sales::OrderContext testContext(const QString &shiftId = {})
{
    return {QStringLiteral("loc_test"), QStringLiteral("reg_1"), shiftId, QStringLiteral("staff-ana"),
            QStringLiteral("Ana")};
}

/// A card payment as the vault would have recorded it.
inline sales::CardPayment card(qint64 amountMinor, bool offline, sales::CardStatus status = sales::CardStatus::Approved)
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces),
            cad(amountMinor),
            QStringLiteral("VISA"),
            QStringLiteral("4242"),
            offline,
            status,
            {}};
}

} // namespace holdfast::test
