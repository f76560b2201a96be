#include "storage/OrgTargetFacts.h"

#include "storage/RegistryTable.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace wushe::storage {

Result<QList<rules::CommunityOrgCount>> OrgTargetFacts::counts(const QSqlDatabase& db, const QString& underCode, QDate day)
{
    auto range = rangeUnder(db, underCode);
    if (!range)
        return std::unexpected(range.error());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto ok = prepare(
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
    if (auto ok = exec(query, QStringLiteral("count community_org")); !ok)
        return std::unexpected(ok.error());
    QList<rules::CommunityOrgCount> rows;
    while (query.next()) {
        rules::CommunityOrgCount row;
        row.code = query.value(0).toString();
        row.name = query.value(1).toString();
        row.areaType = kAreaTypes.fromKey(query.value(2).toString()).value_or(AreaType::Other);
        row.organizations = query.value(3).toInt();
        row.counting = query.value(4).toInt();
        rows << rules::OrgTargets::assess(std::move(row));
    }
    return rows;
}

Result<QList<rules::CommunityOrgCount>> OrgTargetFacts::belowTarget(const QSqlDatabase& db, const QString& underCode,
                                                                    QDate day)
{
    auto rows = counts(db, underCode, day);
    if (!rows)
        return std::unexpected(rows.error());
    QList<rules::CommunityOrgCount> below;
    for (const rules::CommunityOrgCount& row : *rows)
        if (rules::OrgTargets::below(row))
            below << row;
    return below;
}

} // namespace wushe::storage
