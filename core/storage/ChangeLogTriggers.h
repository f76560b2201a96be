#pragma once

#include <QString>

#include <optional>

struct sqlite3;

namespace wushe::storage {

// The triggers that append to change_log (migration 010) on every table with the
// common columns: one AFTER INSERT and one AFTER UPDATE OF version per table, made
// from the table's columns as they are now. The Migrator calls this after every
// migration, inside its transaction, so a table or column added later is logged
// without a hand-written trigger. Derived columns (sort keys, search copies, the
// cached last visit) are not user data and are left out of the log.
namespace ChangeLogTriggers {

// Drops and recreates the triggers; nothing when change_log does not exist yet.
// Returns SQLite's message on failure.
std::optional<QString> install(sqlite3* handle);

// Drops the insert triggers for a bulk batch (inside its transaction); install()
// puts them back when the batch closes.
std::optional<QString> liftInsertTriggers(sqlite3* handle);

// Whether `column` of `table` is derived (kept by the repositories or triggers
// from other columns) rather than typed by a person.
bool isDerived(const QString& table, const QString& column);

// The tables with the common columns, parents before children (creation order).
QStringList loggedTables(sqlite3* handle);

// One INSERT … SELECT that logs, as inserts of batch :batch, the rows of `table`
// whose rowid is above :after (a bulk batch's new rows; see change_bulk_mark).
QString bulkInsertSql(sqlite3* handle, const QString& table);

// The columns of a logged table that the log records, in table order (org_code
// first, then the table's own columns, derived ones left out).
QStringList loggedColumns(sqlite3* handle, const QString& table);

} // namespace ChangeLogTriggers

} // namespace wushe::storage
