#include "org/UnitOverview.h"

#include "storage/OrgUnitRepository.h"
#include "storage/ServiceUnitRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace wushe::org {

namespace {

QVariantMap rangeBinds(const CodeRange& range)
{
    return {{QStringLiteral(":low"), range.low}, {QStringLiteral(":high"), range.high}};
}

Result<qint64> countIn(const QSqlDatabase& db, const QString& sql, const CodeRange& range)
{
    return storage::scalarInt(db, sql, rangeBinds(range));
}

} // namespace

Result<UnitOverview> UnitOverview::load(const QSqlDatabase& db, const QString& code, QDate today)
{
    storage::OrgUnitRepository orgUnits(db);
    auto unit = orgUnits.find(code);
    if (!unit)
        return std::unexpected(unit.error());
    if (!*unit)
        return fail(QStringLiteral("unit.unknown"),
                    QCoreApplication::translate("UnitOverview", "区划%1不在本数据库中").arg(code));
    UnitOverview overview;
    overview.unit = **unit;
    if (auto parent = orgUnits.find(overview.unit.parentCode); parent && *parent)
        overview.parentName = (*parent)->name;

    auto children = orgUnits.children(code);
    if (!children)
        return std::unexpected(children.error());
    for (const OrgUnit& child : *children) {
        auto it = std::find_if(overview.childrenByKind.begin(), overview.childrenByKind.end(),
                               [&](const auto& entry) { return entry.first == child.kind; });
        if (it == overview.childrenByKind.end())
            overview.childrenByKind.append({child.kind, 1});
        else
            ++it->second;
    }

    const CodeRange range = subtreeRange(code, overview.unit.level);
    auto urban = countIn(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE code BETWEEN :low AND :high "
                                            "AND level = 'village' AND area_type = 'urban'"), range);
    auto rural = countIn(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE code BETWEEN :low AND :high "
                                            "AND level = 'village' AND area_type = 'rural'"), range);
    if (!urban || !rural)
        return std::unexpected(!urban ? urban.error() : rural.error());
    overview.urbanVillages = *urban;
    overview.ruralVillages = *rural;

    storage::ServiceUnitRepository serviceUnits(db, {});
    if (const auto tier = tierOfOrgLevel(overview.unit.level)) {
        auto own = serviceUnits.forOrg(code, *tier);
        if (!own)
            return std::unexpected(own.error());
        overview.serviceUnit = *own;
        if (overview.serviceUnit) {
            auto staff = serviceUnits.staffOf(overview.serviceUnit->meta.id, today);
            if (!staff)
                return std::unexpected(staff.error());
            overview.activeStaff = *staff;
        }
    }

    QSqlQuery tiers(db);
    if (auto ok = storage::prepare(tiers, QStringLiteral("SELECT tier, count(*), sum(standardized) FROM service_unit "
                                                         "WHERE org_code BETWEEN :low AND :high AND deleted = 0 "
                                                         "GROUP BY tier"));
        !ok)
        return std::unexpected(ok.error());
    for (const auto& [key, value] : rangeBinds(range).asKeyValueRange())
        tiers.bindValue(key, value);
    if (auto ok = storage::exec(tiers, QStringLiteral("count service units")); !ok)
        return std::unexpected(ok.error());
    QHash<int, std::pair<qint64, qint64>> established;
    while (tiers.next())
        established.insert(tiers.value(0).toInt(), {tiers.value(1).toLongLong(), tiers.value(2).toLongLong()});
    // Every tier at or below the unit's own level, including those with nothing built yet.
    for (const auto& entry : kServiceTiers.entries()) {
        const OrgLevel level = orgLevelOfTier(entry.value);
        if (level < overview.unit.level)
            continue;
        auto divisions = countIn(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE code BETWEEN :low AND :high "
                                                    "AND level = '%1'").arg(kOrgLevels.key(level)), range);
        if (!divisions)
            return std::unexpected(divisions.error());
        const auto built = established.value(int(entry.value));
        overview.tiers.append({entry.value, *divisions, built.first, built.second});
    }

    // One line per kind of record kept below the unit; later registries add theirs here.
    const QList<std::pair<const char*, QString>> recordQueries{
        {QT_TRANSLATE_NOOP("UnitOverview", "服务站点（室）"),
         QStringLiteral("SELECT count(*) FROM service_unit WHERE org_code BETWEEN :low AND :high AND deleted = 0")},
        {QT_TRANSLATE_NOOP("UnitOverview", "在岗驻站人员"),
         QStringLiteral("SELECT count(*) FROM station_staff WHERE org_code BETWEEN :low AND :high AND deleted = 0 "
                        "AND start_on <= '%1' AND (end_on IS NULL OR end_on >= '%1')")
             .arg(today.toString(Qt::ISODate))},
        {QT_TRANSLATE_NOOP("UnitOverview", "老年人台账（人）"),
         QStringLiteral("SELECT count(*) FROM elderly_record WHERE org_code BETWEEN :low AND :high AND deleted = 0")},
        {QT_TRANSLATE_NOOP("UnitOverview", "儿童台账（人）"),
         QStringLiteral("SELECT count(*) FROM child_record WHERE org_code BETWEEN :low AND :high AND deleted = 0")},
        {QT_TRANSLATE_NOOP("UnitOverview", "社会救助台账（户）"),
         QStringLiteral("SELECT count(*) FROM relief_household WHERE org_code BETWEEN :low AND :high AND deleted = 0 "
                        "AND status <> 'stopped'")},
        // Per division, one range of visit_org_day (org_code, visit_on) holding this year's
        // visits only: a range on org_code alone would read every visit of the ten years
        // (docs/benchmarks.md). Every visit's org_code is a division (foreign key).
        {QT_TRANSLATE_NOOP("UnitOverview", "本年探访与核查（次）"),
         QStringLiteral("SELECT count(*) FROM org_unit o CROSS JOIN visit v ON v.org_code = o.code AND v.deleted = 0 "
                        "AND v.visit_on BETWEEN '%1-01-01' AND '%2' WHERE o.code BETWEEN :low AND :high")
             .arg(today.year())
             .arg(today.toString(Qt::ISODate))},
    };
    for (const auto& [label, sql] : recordQueries) {
        auto count = countIn(db, sql, range);
        if (!count)
            return std::unexpected(count.error());
        overview.records.append({QCoreApplication::translate("UnitOverview", label), *count});
    }
    return overview;
}

} // namespace wushe::org
