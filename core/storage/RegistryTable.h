#pragma once

// Shared plumbing of the registry repositories (social workers, training,
// organizations, volunteers, activities, service units, charity, purchased services): one
// description per table (columns, how to bind and read a row), the insert / update /
// tombstone / select every repository needs, the link rows a record owns, and the
// value conversions — all through RecordColumns and prepared statements with every
// result checked.

#include "Error.h"
#include "domain/OrgUnit.h"
#include "storage/RecordColumns.h"
#include "storage/Sql.h"
#include "storage/WriteContext.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <optional>

namespace wushe::storage {

// Rows of a division and everything below it, optionally within a period
// (either bound may be null: open-ended).
struct UnitPeriod
{
    QString orgCode;
    QDate from;
    QDate to;
};

// The division, or an error when it is not in this database's jurisdiction.
Result<OrgUnit> requireOrg(const QSqlDatabase& db, const QString& orgCode, const QString& errorKey);

// The code range of `orgCode` and everything below it; an empty range (matching
// nothing) when the division is not in the database.
Result<CodeRange> rangeUnder(const QSqlDatabase& db, const QString& orgCode);

// "org_code BETWEEN :unit_low AND :unit_high" for the division's subtree, plus the
// period condition: rows whose [fromColumn, toColumn] overlaps the period (pass the
// same column twice for a single date; a NULL toColumn is open-ended).
Result<QString> unitPeriodWhere(const QSqlDatabase& db, const UnitPeriod& scope, const QString& fromColumn,
                                const QString& toColumn, QVariantMap& binds);

inline QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// Empty text → SQL NULL (nullable id columns). An invalid QVariant, not a null
// QString: RecordColumns::bindAll turns null strings into ''.
inline QVariant idValue(const QString& id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

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

template <typename T>
struct RegistryTable
{
    QString name;
    QString columns;                               // after the 7 common ones, comma-separated
    QString order;                                 // ORDER BY clause body
    QVariantMap (*binds)(const T&);                // ":column" → value
    void (*read)(const QSqlQuery&, int first, T&); // fields from column `first` on
};

template <typename T>
Result<void> insertRow(const QSqlDatabase& db, const WriteContext& context, const RegistryTable<T>& table, T& row)
{
    RecordMeta meta = row.meta;
    RecordColumns::stampNew(meta, context);
    if (auto ok = RecordColumns::insert(db, table.name, table.columns, meta, table.binds(row)); !ok)
        return ok;
    row.meta = meta;
    return {};
}

template <typename T>
Result<void> updateRow(const QSqlDatabase& db, const WriteContext& context, const RegistryTable<T>& table, T& row)
{
    return RecordColumns::update(db, table.name, row.meta, RecordColumns::assignments(table.columns), table.binds(row),
                                 context);
}

// updateRow() that also moves the row to row.meta.orgCode: records that follow
// their person's or subject's division (social workers, volunteers, visits).
template <typename T>
Result<void> updateRowAndOrgCode(const QSqlDatabase& db, const WriteContext& context, const RegistryTable<T>& table,
                                 T& row)
{
    QVariantMap binds = table.binds(row);
    binds.insert(QStringLiteral(":org_code"), row.meta.orgCode);
    return RecordColumns::update(db, table.name, row.meta,
                                 QStringLiteral("org_code = :org_code, ") + RecordColumns::assignments(table.columns),
                                 binds, context);
}

template <typename T>
Result<void> tombstoneRow(const QSqlDatabase& db, const WriteContext& context, const RegistryTable<T>& table, T& row)
{
    return RecordColumns::markDeleted(db, table.name, row.meta, context);
}

template <typename T>
Result<QList<T>> selectRows(const QSqlDatabase& db, const RegistryTable<T>& table, const QString& where,
                            const QVariantMap& binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %5")
                            .arg(RecordColumns::names(), table.columns, table.name, where, table.order);
    if (auto ok = prepare(query, sql); !ok)
        return std::unexpected(ok.error());
    RecordColumns::bindAll(query, binds);
    if (auto ok = exec(query, QStringLiteral("select ") + table.name); !ok)
        return std::unexpected(ok.error());
    QList<T> rows;
    while (query.next()) {
        T row;
        row.meta = RecordColumns::read(query, 0);
        table.read(query, 7, row);
        rows.append(std::move(row));
    }
    return rows;
}

// The first of the selected rows, if any.
template <typename T>
Result<std::optional<T>> firstRow(const Result<QList<T>>& rows)
{
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::optional<T>{} : std::optional<T>{rows->first()};
}

// The row with this id, live or tombstoned.
template <typename T>
Result<std::optional<T>> findRow(const QSqlDatabase& db, const RegistryTable<T>& table, const QString& id)
{
    return firstRow(selectRows(db, table, QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}}));
}

// Live rows under the scope's division within its period.
template <typename T>
Result<QList<T>> listUnder(const QSqlDatabase& db, const RegistryTable<T>& table, const UnitPeriod& scope,
                           const QString& fromColumn, const QString& toColumn)
{
    QVariantMap binds;
    auto where = unitPeriodWhere(db, scope, fromColumn, toColumn, binds);
    if (!where)
        return std::unexpected(where.error());
    return selectRows(db, table, *where + QStringLiteral(" AND deleted = 0"), binds);
}

} // namespace wushe::storage
