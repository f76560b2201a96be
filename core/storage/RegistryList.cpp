#include "storage/RegistryList.h"

#include "domain/Money.h"
#include "rules/Masking.h"
#include "storage/RegistryTable.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wushe::storage {

QString RegistryList::cellText(const QSqlDatabase& db, const RegistryColumn& column, const QVariant& value, QDate asOf)
{
    if (column.derive)
        return column.derive(db, value, asOf);
    if (value.isNull())
        return {};
    if (column.label)
        return column.label(value.toString());
    switch (column.format) {
    case CellFormat::Text:
    case CellFormat::Number:
    case CellFormat::Date: return value.toString();
    case CellFormat::Money: return formatYuan(value.toLongLong());
    case CellFormat::Hours: {
        const qint64 minutes = value.toLongLong();
        return minutes % 60 == 0 ? QString::number(minutes / 60) : QString::number(double(minutes) / 60.0, 'f', 1);
    }
    case CellFormat::YesNo:
        return value.toInt() != 0 ? QCoreApplication::translate("RegistryList", "是")
                                  : QCoreApplication::translate("RegistryList", "否");
    case CellFormat::MaskedId: return rules::maskIdNumber(value.toString());
    }
    return value.toString();
}

Result<QString> RegistryList::whereClause(const RegistryScope& scope, QVariantMap& binds) const
{
    const RegistrySource& source = m_spec.source;
    auto range = rangeUnder(m_db, scope.orgCode);
    if (!range)
        return std::unexpected(range.error());
    QString where = QStringLiteral("(%1) AND %2 BETWEEN :unit_low AND :unit_high").arg(source.where, source.orgColumn);
    binds.insert(QStringLiteral(":unit_low"), range->low);
    binds.insert(QStringLiteral(":unit_high"), range->high);
    if (source.hasPeriod()) {
        const QString periodTo = source.periodTo.isEmpty() ? source.periodFrom : source.periodTo;
        if (scope.to.isValid()) {
            where += QStringLiteral(" AND %1 <= :period_to").arg(source.periodFrom);
            binds.insert(QStringLiteral(":period_to"), scope.to.toString(Qt::ISODate));
        }
        if (scope.from.isValid()) {
            where += QStringLiteral(" AND coalesce(%1, '9999-12-31') >= :period_from").arg(periodTo);
            binds.insert(QStringLiteral(":period_from"), scope.from.toString(Qt::ISODate));
        }
    }
    return where;
}

namespace {

// Only the placeholders the statement uses: binding a name that is not in it fails.
QVariantMap usedBinds(const QString& sql, const QVariantMap& binds)
{
    QVariantMap used;
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        if (sql.contains(it.key()))
            used.insert(it.key(), it.value());
    return used;
}

} // namespace

Result<qint64> RegistryList::count(const RegistryScope& scope) const
{
    if (m_spec.rows) {
        auto rows = m_spec.rows(m_db, scope);
        if (!rows)
            return std::unexpected(rows.error());
        return rows->size();
    }
    QVariantMap binds{{QStringLiteral(":as_of"), scope.asOf.toString(Qt::ISODate)}};
    auto where = whereClause(scope, binds);
    if (!where)
        return std::unexpected(where.error());
    const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(m_spec.source.from, *where);
    return scalarInt(m_db, sql, usedBinds(sql, binds));
}

Result<QList<RegistryRow>> RegistryList::page(const RegistryScope& scope, qint64 offset, int limit) const
{
    if (m_spec.rows) {
        auto rows = m_spec.rows(m_db, scope);
        if (!rows)
            return std::unexpected(rows.error());
        return rows->mid(qsizetype(offset), limit);
    }
    QVariantMap binds{{QStringLiteral(":as_of"), scope.asOf.toString(Qt::ISODate)}};
    auto where = whereClause(scope, binds);
    if (!where)
        return std::unexpected(where.error());
    const RegistrySource& source = m_spec.source;
    QStringList expressions{source.idColumn};
    for (const RegistryColumn& column : m_spec.columns)
        expressions << source.field(column.field);
    // Joining only the page's rows: 100 rows joined instead of every row of the period.
    const QString limits = QStringLiteral("LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    const QString sql =
        source.joinAfterPaging
            ? QStringLiteral("SELECT %1 FROM (SELECT t.* FROM %2 WHERE %3 ORDER BY %4 %5) t %6 ORDER BY %4")
                  .arg(expressions.join(QStringLiteral(", ")), source.from, *where, source.order, limits, source.joins)
            : QStringLiteral("SELECT %1 FROM %2 %3 WHERE %4 ORDER BY %5 %6")
                  .arg(expressions.join(QStringLiteral(", ")), source.from, source.joins, *where, source.order, limits);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = prepare(query, sql); !ok)
        return std::unexpected(ok.error());
    const QVariantMap used = usedBinds(sql, binds);
    for (auto it = used.cbegin(); it != used.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (auto ok = exec(query, QStringLiteral("list ") + m_spec.key); !ok)
        return std::unexpected(ok.error());
    QList<QList<QVariant>> values;
    while (query.next()) {
        QList<QVariant> row;
        for (int i = 0; i <= m_spec.columns.size(); ++i)
            row << query.value(i);
        values << row;
    }
    query.finish();
    // Derived cells may query the database themselves: only after this statement is done.
    QList<RegistryRow> rows;
    rows.reserve(values.size());
    for (const QList<QVariant>& row : values) {
        RegistryRow out;
        out.id = row.at(0).toString();
        for (qsizetype i = 0; i < m_spec.columns.size(); ++i)
            out.cells << cellText(m_db, m_spec.columns.at(i), row.at(i + 1), scope.asOf);
        rows << out;
    }
    return rows;
}

} // namespace wushe::storage
