#pragma once

#include <QStringList>

namespace holdfast::sales::storeschema {

/// store.sqlite's migrations: migrations()[i] takes the schema from version i to i + 1, run in
/// one transaction with the version bump. Append only: a shipped migration is never edited.
const QList<QStringList> &migrations();

} // namespace holdfast::sales::storeschema
