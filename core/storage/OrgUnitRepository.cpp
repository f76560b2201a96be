#include "storage/OrgUnitRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace wushe::storage {

namespace {
const QString kColumns = QStringLiteral("code, name, level, parent_code, kind, area_type, pilot_county, depth");
}

Result<void> OrgUnitRepository::insertAll(const QList<OrgUnit>& units)
{
    QSqlQuery query(m_db);
    if (auto ok = prepare(query, QStringLiteral("INSERT INTO org_unit (%1) VALUES (:code, :name, :level, :parent_code, "
                                                ":kind, :area_type, :pilot_county, :depth)")
                                     .arg(kColumns));
        !ok)
        return ok;
    for (const OrgUnit& unit : units) {
        query.bindValue(QStringLiteral(":code"), unit.code);
        query.bindValue(QStringLiteral(":name"), unit.name);
        query.bindValue(QStringLiteral(":level"), kOrgLevels.key(unit.level));
        query.bindValue(QStringLiteral(":parent_code"), unit.parentCode.isEmpty() ? QVariant() : unit.parentCode);
        query.bindValue(QStringLiteral(":kind"), unit.kind);
        query.bindValue(QStringLiteral(":area_type"), kAreaTypes.key(unit.areaType));
        query.bindValue(QStringLiteral(":pilot_county"), unit.pilotCounty ? 1 : 0);
        query.bindValue(QStringLiteral(":depth"), unit.depth);
        if (auto ok = exec(query, QStringLiteral("insert org_unit ") + unit.code); !ok)
            return ok;
    }
    return {};
}

Result<QList<OrgUnit>> OrgUnitRepository::select(const QString& where, const QVariantMap& binds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Codes sort depth-first: a parent's code is a zero-padded prefix of its children's.
    if (auto ok = prepare(query, QStringLiteral("SELECT %1 FROM org_unit %2 ORDER BY code").arg(kColumns, where)); !ok)
        return std::unexpected(ok.error());
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (auto ok = exec(query, QStringLiteral("select org_unit")); !ok)
        return std::unexpected(ok.error());
    QList<OrgUnit> units;
    while (query.next()) {
        OrgUnit unit;
        unit.code = query.value(0).toString();
        unit.name = query.value(1).toString();
        unit.level = kOrgLevels.fromKey(query.value(2).toString()).value_or(OrgLevel::Village);
        unit.parentCode = query.value(3).toString();
        unit.kind = query.value(4).toString();
        unit.areaType = kAreaTypes.fromKey(query.value(5).toString()).value_or(AreaType::Other);
        unit.pilotCounty = query.value(6).toInt() != 0;
        unit.depth = query.value(7).toInt();
        units.append(unit);
    }
    return units;
}

Result<QList<OrgUnit>> OrgUnitRepository::all() const
{
    return select({}, {});
}

Result<QList<OrgUnit>> OrgUnitRepository::subtree(const QString& under) const
{
    auto root = find(under);
    if (!root)
        return std::unexpected(root.error());
    if (!*root)
        return QList<OrgUnit>{};
    const CodeRange range = subtreeRange((*root)->code, (*root)->level);
    return select(QStringLiteral("WHERE code BETWEEN :low AND :high"),
                  {{QStringLiteral(":low"), range.low}, {QStringLiteral(":high"), range.high}});
}

Result<std::optional<OrgUnit>> OrgUnitRepository::find(const QString& code) const
{
    auto units = select(QStringLiteral("WHERE code = :code"), {{QStringLiteral(":code"), code}});
    if (!units)
        return std::unexpected(units.error());
    if (units->isEmpty())
        return std::optional<OrgUnit>{};
    return std::optional<OrgUnit>{units->first()};
}

Result<QList<OrgUnit>> OrgUnitRepository::children(const QString& code) const
{
    return select(QStringLiteral("WHERE parent_code = :code"), {{QStringLiteral(":code"), code}});
}

Result<OrgUnit> OrgUnitRepository::jurisdiction() const
{
    auto units = select(QStringLiteral("WHERE depth = 0"), {});
    if (!units)
        return std::unexpected(units.error());
    if (units->size() != 1)
        return fail(QStringLiteral("db.no_jurisdiction"),
                    QCoreApplication::translate("OrgUnitRepository", "数据库中没有辖区信息，文件可能不完整"));
    return units->first();
}

} // namespace wushe::storage
