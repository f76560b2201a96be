#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace wushe::storage {

namespace {
Error sqlError(const QSqlQuery& query, const QString& what)
{
    return Error{QStringLiteral("db.sql"),
                 QCoreApplication::translate("Sql", "数据库操作失败（%1）：%2")
                     .arg(what, query.lastError().text())};
}
} // namespace

Result<void> prepare(QSqlQuery& query, const QString& sql)
{
    if (!query.prepare(sql))
        return std::unexpected(sqlError(query, sql.left(80)));
    return {};
}

Result<void> exec(QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        return std::unexpected(sqlError(query, what));
    return {};
}

Result<void> fetched(const QSqlQuery& query, const QString& what)
{
    if (query.lastError().type() != QSqlError::NoError)
        return std::unexpected(sqlError(query, what));
    return {};
}

Result<void> execSql(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return std::unexpected(sqlError(query, sql.left(80)));
    return {};
}

Result<qint64> scalarInt(const QSqlDatabase& db, const QString& sql, const QVariantMap& binds)
{
    QSqlQuery query(db);
    if (auto ok = prepare(query, sql); !ok)
        return std::unexpected(ok.error());
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (auto ok = exec(query, sql.left(80)); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace wushe::storage
