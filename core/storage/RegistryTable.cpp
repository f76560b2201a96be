#include "storage/RegistryTable.h"

#include "domain/RecordMeta.h"
#include "storage/OrgUnitRepository.h"

#include <QCoreApplication>

namespace wushe::storage {

Result<OrgUnit> requireOrg(const QSqlDatabase& db, const QString& orgCode, const QString& errorKey)
{
    auto org = OrgUnitRepository(db).find(orgCode);
    if (!org)
        return std::unexpected(org.error());
    if (!*org)
        return fail(errorKey, QCoreApplication::translate("RegistryTable", "区划代码%1不在本数据库的辖区内").arg(orgCode));
    return **org;
}

Result<QString> unitPeriodWhere(const QSqlDatabase& db, const UnitPeriod& scope, const QString& fromColumn,
                                const QString& toColumn, QVariantMap& binds)
{
    auto org = requireOrg(db, scope.orgCode, QStringLiteral("registry.org"));
    if (!org)
        return std::unexpected(org.error());
    const CodeRange range = subtreeRange(scope.orgCode, org->level);
    binds.insert(QStringLiteral(":unit_low"), range.low);
    binds.insert(QStringLiteral(":unit_high"), range.high);
    QString where = QStringLiteral("org_code BETWEEN :unit_low AND :unit_high");
    if (scope.to.isValid()) {
        where += QStringLiteral(" AND %1 <= :period_to").arg(fromColumn);
        binds.insert(QStringLiteral(":period_to"), dateValue(scope.to));
    }
    if (scope.from.isValid()) {
        where += QStringLiteral(" AND coalesce(%1, '9999-12-31') >= :period_from").arg(toColumn);
        binds.insert(QStringLiteral(":period_from"), dateValue(scope.from));
    }
    return where;
}

Result<CodeRange> rangeUnder(const QSqlDatabase& db, const QString& orgCode)
{
    auto org = OrgUnitRepository(db).find(orgCode);
    if (!org)
        return std::unexpected(org.error());
    if (!*org)
        return CodeRange{QStringLiteral("1"), QStringLiteral("0")}; // matches nothing
    return subtreeRange(orgCode, (*org)->level);
}

namespace {
const QChar kSeparator(0x1f);
}

Result<QList<QStringList>> readLinks(const QSqlDatabase& db, const QString& table, const QString& ownerColumn,
                                     const QString& ownerId, const QStringList& columns)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto ok = prepare(query, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :owner AND deleted = 0 ORDER BY rowid")
                                     .arg(columns.join(QStringLiteral(", ")), table, ownerColumn));
        !ok)
        return std::unexpected(ok.error());
    query.bindValue(QStringLiteral(":owner"), ownerId);
    if (auto ok = exec(query, QStringLiteral("select ") + table); !ok)
        return std::unexpected(ok.error());
    QList<QStringList> rows;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < columns.size(); ++i)
            row << query.value(i).toString();
        rows << row;
    }
    return rows;
}

Result<void> syncLinks(const QSqlDatabase& db, const WriteContext& context, const QString& table,
                       const QString& ownerColumn, const QString& ownerId, const QString& orgCode,
                       const QStringList& columns, const QList<QStringList>& rows,
                       const std::function<QString()>& newId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto ok = prepare(query, QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 = :owner AND deleted = 0")
                                     .arg(RecordColumns::names(), columns.join(QStringLiteral(", ")), table, ownerColumn));
        !ok)
        return ok;
    query.bindValue(QStringLiteral(":owner"), ownerId);
    if (auto ok = exec(query, QStringLiteral("select ") + table); !ok)
        return ok;
    QStringList wanted;
    for (const QStringList& row : rows)
        wanted << row.join(kSeparator);
    QStringList present;
    QList<RecordMeta> unwanted;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < columns.size(); ++i)
            row << query.value(7 + i).toString();
        const QString key = row.join(kSeparator);
        if (wanted.contains(key) && !present.contains(key))
            present << key;
        else
            unwanted << RecordColumns::read(query, 0);
    }
    query.finish();
    for (RecordMeta& meta : unwanted) {
        if (auto ok = RecordColumns::markDeleted(db, table, meta, context); !ok)
            return ok;
    }
    const QString columnList = QStringList{ownerColumn, columns.join(QStringLiteral(", "))}.join(QStringLiteral(", "));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (present.contains(wanted.at(i)))
            continue;
        present << wanted.at(i); // a duplicate in `rows` is stored once
        RecordMeta meta;
        meta.orgCode = orgCode;
        if (newId)
            meta.id = newId();
        RecordColumns::stampNew(meta, context);
        QVariantMap binds{{QStringLiteral(":") + ownerColumn, ownerId}};
        for (qsizetype c = 0; c < columns.size(); ++c)
            binds.insert(QStringLiteral(":") + columns.at(c), rows.at(i).value(c));
        if (auto ok = RecordColumns::insert(db, table, columnList, meta, binds); !ok)
            return ok;
    }
    return {};
}

} // namespace wushe::storage
