#pragma once

#include "Error.h"

#include <QSqlQuery>
#include <QVariant>

namespace wushe::storage {

// Every statement's result is checked; these turn a failed prepare/exec into an Error
// that names the statement's purpose for the log and the user.
Result<void> prepare(QSqlQuery& query, const QString& sql);
Result<void> exec(QSqlQuery& query, const QString& what);
// After the last next(): an error if reading the rows stopped on a failure rather
// than at the end.
Result<void> fetched(const QSqlQuery& query, const QString& what);
Result<void> execSql(const QSqlDatabase& db, const QString& sql);

// A single integer from a scalar query, e.g. COUNT(*) or a PRAGMA.
Result<qint64> scalarInt(const QSqlDatabase& db, const QString& sql,
                         const QVariantMap& binds = {});

} // namespace wushe::storage
