#include "rules/StationStandard.h"

#include "domain/OrgUnit.h"
#include "domain/ServiceActivity.h"
#include "domain/ServiceUnit.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wushe::rules {

Result<StationStandardResult> StationStandard::evaluate(const QSqlDatabase& db, const QString& serviceUnitId, QDate day)
{
    if (!day.isValid())
        return fail(QStringLiteral("station_standard.day"), QCoreApplication::translate("StationStandard", "请指定日期"));
    QSqlQuery unit(db);
    if (auto ok = storage::prepare(unit, QStringLiteral("SELECT org_code, tier, rules_in_place FROM service_unit "
                                                        "WHERE id = :id AND deleted = 0"));
        !ok)
        return std::unexpected(ok.error());
    unit.bindValue(QStringLiteral(":id"), serviceUnitId);
    if (auto ok = storage::exec(unit, QStringLiteral("select service_unit")); !ok)
        return std::unexpected(ok.error());
    if (!unit.next())
        return fail(QStringLiteral("station_standard.unit"), QCoreApplication::translate("StationStandard", "站点不存在"));
    const QString orgCode = unit.value(0).toString();
    const auto tier = ServiceTier(unit.value(1).toInt());
    const bool rulesInPlace = unit.value(2).toInt() != 0;

    StationStandardResult result;
    result.windowTo = day;
    result.windowFrom = day.addMonths(-3).addDays(1);
    if (tier != ServiceTier::TownshipStation) {
        result.failing << QCoreApplication::translate("StationStandard", "规范建设只评定乡镇（街道）社会工作服务站");
        return result;
    }

    const QString dayText = day.toString(Qt::ISODate);
    auto staff = storage::scalarInt(db,
                                    QStringLiteral("SELECT count(*) FROM station_staff WHERE service_unit_id = :unit "
                                                   "AND deleted = 0 AND start_on <= :day AND (end_on IS NULL OR end_on >= :day)"),
                                    {{QStringLiteral(":unit"), serviceUnitId}, {QStringLiteral(":day"), dayText}});
    if (!staff)
        return std::unexpected(staff.error());
    result.staffOnDuty = int(*staff);
    if (result.staffOnDuty < kMinResidentStaff)
        result.failing << QCoreApplication::translate("StationStandard", "驻站人员不足%1人（现有%2人）")
                              .arg(kMinResidentStaff)
                              .arg(result.staffOnDuty);
    if (!rulesInPlace)
        result.failing << QCoreApplication::translate("StationStandard", "各项制度不健全");

    const CodeRange township = subtreeRange(orgCode, OrgLevel::Township);
    for (ActivityKind kind : {ActivityKind::NeedsSurvey, ActivityKind::ServicePlan, ActivityKind::ResourceLinking,
                              ActivityKind::ProfessionalService}) {
        // Two index lookups (by station, by township range) rather than one OR scan.
        auto found = storage::scalarInt(
            db,
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM service_activity WHERE service_unit_id = :unit AND deleted = 0 "
                           "AND held_on BETWEEN :from AND :to AND kind = :kind) "
                           "OR EXISTS (SELECT 1 FROM service_activity WHERE org_code BETWEEN :low AND :high "
                           "AND deleted = 0 AND held_on BETWEEN :from AND :to AND kind = :kind)"),
            {{QStringLiteral(":unit"), serviceUnitId},
             {QStringLiteral(":from"), result.windowFrom.toString(Qt::ISODate)},
             {QStringLiteral(":to"), dayText},
             {QStringLiteral(":kind"), kActivityKinds.key(kind)},
             {QStringLiteral(":low"), township.low},
             {QStringLiteral(":high"), township.high}});
        if (!found)
            return std::unexpected(found.error());
        if (*found == 0)
            result.failing << QCoreApplication::translate("StationStandard", "缺少%1记录").arg(kActivityKinds.label(kind));
    }
    result.standardized = result.failing.isEmpty();
    return result;
}

} // namespace wushe::rules
