#pragma once

#include "Error.h"
#include "domain/OrgUnit.h"
#include "storage/WriteContext.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace wushe::storage::RegistrySql {

// ISO text for a valid date, SQL NULL otherwise.
QVariant dateValue(QDate date);
QDate dateOf(const QVariant& value);
// Empty id → SQL NULL (nullable foreign keys).
QVariant idOrNull(const QString& id);

// The code range of `orgCode` and everything below it; an empty range when the
// division is not in the database.
Result<CodeRange> rangeUnder(const QSqlDatabase& db, const QString& orgCode);

// Link rows owned by one record (training → trainees, activity → participants):
// the live rows of `table` with `ownerColumn` = ownerId become exactly `rows`
// (values of `columns`, in order). Rows no longer wanted are tombstoned, new ones
// inserted with the owner's org_code; unchanged rows are left alone. `newId`
// gives the ids of new rows (reproducible demo data); random UUIDs without it.
Result<void> syncLinks(const QSqlDatabase& db, const WriteContext& context, const QString& table,
                       const QString& ownerColumn, const QString& ownerId, const QString& orgCode,
                       const QStringList& columns, const QList<QStringList>& rows,
                       const std::function<QString()>& newId = {});
// The live link rows of an owner, in insertion order.
Result<QList<QStringList>> readLinks(const QSqlDatabase& db, const QString& table, const QString& ownerColumn,
                                     const QString& ownerId, const QStringList& columns);

} // namespace wushe::storage::RegistrySql
