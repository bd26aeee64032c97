#pragma once

#include <QStringList>

namespace holdfast::payments::schema {

/// The vault's migrations: migrations()[i] takes the schema from version i to i + 1. Each is a
/// list of statements run in one transaction with the version bump. Append only: a migration
/// that has shipped is never edited.
const QList<QStringList> &migrations();

} // namespace holdfast::payments::schema
