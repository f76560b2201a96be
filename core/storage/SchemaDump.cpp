#include "storage/SchemaDump.h"

#include "storage/Sql.h"

#include <QSqlQuery>

namespace wushe::storage {

Result<QString> schemaDump(const QSqlDatabase& db)
{
    auto version = scalarInt(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return std::unexpected(version.error());
    auto applicationId = scalarInt(db, QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return std::unexpected(applicationId.error());
    QString dump = QStringLiteral("-- user_version %1\n-- application_id %2\n").arg(*version).arg(*applicationId);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema "
                                   "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                                   "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 "
                                   "WHEN 'view' THEN 2 ELSE 3 END, name")))
        return fail(QStringLiteral("db.sql"), QStringLiteral("schema dump failed"));
    while (query.next())
        dump += QStringLiteral("\n-- %1 %2\n%3;\n").arg(query.value(0).toString(), query.value(1).toString(),
                                                         query.value(2).toString());
    return dump;
}

} // namespace wushe::storage
