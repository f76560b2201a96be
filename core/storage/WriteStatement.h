#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QVariantMap>

namespace wushe::storage {

// Runs a statement that returns no rows (INSERT, UPDATE, DELETE, SAVEPOINT …) with
// named binds (":column" → value; a placeholder without a value is NULL) through the
// SQLite C API: prepared once while a BulkSession is alive on the connection, else
// for this call. Values are bound the way Qt's QSQLITE driver binds them (null
// strings as NULL, text as UTF-16, QDateTime as ISO text with ms), so stored bytes do
// not depend on the path. Returns the number of rows changed (sqlite3_changes).
Result<qint64> execWrite(const QSqlDatabase& db, const QString& sql, const QVariantMap& binds, const QString& what);

} // namespace wushe::storage
