#include "rules/OrgTargets.h"

#include "storage/RegistryTable.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wushe::rules {

int OrgTargets::targetFor(AreaType areaType)
{
    return areaType == AreaType::Urban ? kUrbanTarget : kRuralTarget;
}

bool OrgTargets::shareMet(int counting, int total)
{
    return total > 0 && 2 * qint64(counting) > qint64(total);
}

Result<QList<CommunityOrgCount>> OrgTargets::counts(const QSqlDatabase& db, const QString& underCode, QDate day)
{
    auto range = storage::rangeUnder(db, underCode);
    if (!range)
        return std::unexpected(range.error());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto ok = storage::prepare(
            query, QStringLiteral("SELECT o.code, o.name, o.area_type, count(c.id), coalesce(sum(c.counts_as_service), 0) "
                                  "FROM org_unit o LEFT JOIN community_org c ON c.org_code = o.code AND c.deleted = 0 "
                                  "AND c.status = 'active' AND (c.founded_on IS NULL OR c.founded_on <= :day) "
                                  "WHERE o.level = 'village' AND o.code BETWEEN :low AND :high "
                                  "GROUP BY o.code ORDER BY o.code"));
        !ok)
        return std::unexpected(ok.error());
    query.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":low"), range->low);
    query.bindValue(QStringLiteral(":high"), range->high);
    if (auto ok = storage::exec(query, QStringLiteral("count community_org")); !ok)
        return std::unexpected(ok.error());
    QList<CommunityOrgCount> rows;
    while (query.next()) {
        CommunityOrgCount row;
        row.code = query.value(0).toString();
        row.name = query.value(1).toString();
        row.areaType = kAreaTypes.fromKey(query.value(2).toString()).value_or(AreaType::Other);
        row.organizations = query.value(3).toInt();
        row.counting = query.value(4).toInt();
        row.target = targetFor(row.areaType);
        row.countMet = row.organizations >= row.target;
        row.shareMet = shareMet(row.counting, row.organizations);
        if (!row.countMet)
            row.failing << QCoreApplication::translate("OrgTargets", "社区社会组织%1个，少于%2个")
                               .arg(row.organizations)
                               .arg(row.target);
        if (!row.shareMet)
            row.failing << QCoreApplication::translate("OrgTargets", "服务性、公益性、互助性组织%1个，未超过半数")
                               .arg(row.counting);
        rows << row;
    }
    return rows;
}

Result<QList<CommunityOrgCount>> OrgTargets::belowTarget(const QSqlDatabase& db, const QString& underCode, QDate day)
{
    auto rows = counts(db, underCode, day);
    if (!rows)
        return std::unexpected(rows.error());
    QList<CommunityOrgCount> below;
    for (const CommunityOrgCount& row : *rows)
        if (!row.countMet || !row.shareMet)
            below << row;
    return below;
}

} // namespace wushe::rules
