#pragma once

#include "Error.h"
#include "domain/RecordMeta.h"
#include "storage/WriteContext.h"

#include <QSqlQuery>

namespace wushe::storage {

// SQL for the common columns, shared by every repository so that all tables
// stamp, version and tombstone rows the same way.
namespace RecordColumns {

// "id, org_code, created_at, updated_at, updated_by, version, deleted"
QString names(const QString& tableAlias = {});
// ":id, :org_code, :created_at, :updated_at, :updated_by, :version, :deleted"
QString placeholders();

// Gives a new record its id (unless preset), timestamps, author and version 1.
void stampNew(RecordMeta& meta, const WriteContext& context);
void bind(QSqlQuery& query, const RecordMeta& meta);
// Binds ":column" → value pairs; null strings become '' (text columns are NOT NULL).
void bindAll(QSqlQuery& query, const QVariantMap& binds);
// Reads the seven columns starting at `first`, in names() order.
RecordMeta read(const QSqlQuery& query, int first);

// Optimistic update: the row must still be at meta.version. Sets updated_* and
// bumps the version in `meta` on success.
// `assignments` is e.g. "name = :name, phone = :phone"; `binds` fills them.
Result<void> update(const QSqlDatabase& db, const QString& table, RecordMeta& meta,
                    const QString& assignments, const QVariantMap& binds, const WriteContext& context);
// Tombstone: deleted = 1, same versioning as update().
Result<void> markDeleted(const QSqlDatabase& db, const QString& table, RecordMeta& meta,
                         const WriteContext& context);

QString timestamp(const QDateTime& utc);
// The inverse of timestamp(); other ISO 8601 forms are read too.
QDateTime parseTimestamp(const QString& text);

// "a = :a, b = :b" for the comma-separated `columns` ("a, b").
QString assignments(const QString& columns);

// INSERT of the common columns plus `columns` (comma-separated), bound from
// `meta` and `binds` (":column" → value).
Result<void> insert(const QSqlDatabase& db, const QString& table, const QString& columns, const RecordMeta& meta,
                    const QVariantMap& binds);

} // namespace RecordColumns

} // namespace wushe::storage
