#include "quarterly/PilotTownships.h"

#include "storage/OrgUnitRepository.h"
#include "storage/RecordColumns.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wushe::quarterly {

Result<void> PilotTownships::designate(const QString& townshipCode, QDate day)
{
    auto unit = storage::OrgUnitRepository(m_db).find(townshipCode);
    if (!unit)
        return std::unexpected(unit.error());
    if (!*unit)
        return fail(QStringLiteral("unit.unknown"),
                    QCoreApplication::translate("PilotTownships", "区划%1不在本数据库的辖区内").arg(townshipCode));
    if ((*unit)->level != OrgLevel::Township)
        return fail(QStringLiteral("pilot.level"),
                    QCoreApplication::translate("PilotTownships", "%1不是乡镇（街道），不能作为试点乡镇").arg((*unit)->name));
    auto existing = storage::scalarInt(m_db, QStringLiteral("SELECT count(*) FROM pilot_township WHERE org_code = :code AND deleted = 0"),
                                       {{QStringLiteral(":code"), townshipCode}});
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0)
        return fail(QStringLiteral("pilot.exists"),
                    QCoreApplication::translate("PilotTownships", "%1已是试点乡镇").arg((*unit)->name));
    RecordMeta meta;
    meta.orgCode = townshipCode;
    storage::RecordColumns::stampNew(meta, m_context);
    return storage::RecordColumns::insert(m_db, QStringLiteral("pilot_township"), QStringLiteral("designated_on"), meta,
                                          {{QStringLiteral(":designated_on"), day.toString(Qt::ISODate)}});
}

Result<QList<PilotTownship>> PilotTownships::all() const
{
    QSqlQuery query(m_db);
    if (auto ok = storage::prepare(query, QStringLiteral("SELECT p.org_code, o.name, p.designated_on FROM pilot_township p "
                                                         "JOIN org_unit o ON o.code = p.org_code WHERE p.deleted = 0 ORDER BY p.org_code"));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = storage::exec(query, QStringLiteral("select pilot_township")); !ok)
        return std::unexpected(ok.error());
    QList<PilotTownship> rows;
    while (query.next())
        rows << PilotTownship{query.value(0).toString(), query.value(1).toString(),
                              QDate::fromString(query.value(2).toString(), Qt::ISODate)};
    return rows;
}

} // namespace wushe::quarterly
