#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

struct sqlite3;
struct sqlite3_stmt;

namespace wushe::storage {

// A statement prepared through the SQLite C API, with its parameter names (":gram" …)
// by position. Whoever prepares it finalizes it.
struct PreparedWrite
{
    sqlite3_stmt* statement = nullptr;
    QStringList names;
};
// `flags`: sqlite3_prepare_v3's (SQLITE_PREPARE_PERSISTENT for statements kept long).
Result<PreparedWrite> prepareWrite(sqlite3* handle, const QString& sql, unsigned flags = 0);

// Runs a statement that returns no rows (INSERT, UPDATE, DELETE, SAVEPOINT …) with
// named binds (":column" → value; a placeholder without a value is NULL) through the
// SQLite C API: prepared once while a BulkSession is alive on the connection, else
// for this call. Values are bound the way Qt's QSQLITE driver binds them (null
// strings as NULL, text as UTF-16, QDateTime as ISO text with ms), so stored bytes do
// not depend on the path. Returns the number of rows changed (sqlite3_changes).
Result<qint64> execWrite(const QSqlDatabase& db, const QString& sql, const QVariantMap& binds, const QString& what);

} // namespace wushe::storage
