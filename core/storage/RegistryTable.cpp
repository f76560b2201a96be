#include "storage/RegistryTable.h"

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

} // namespace wushe::storage
