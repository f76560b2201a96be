#include "rules/StationStandard.h"

#include <QCoreApplication>

namespace wushe::rules {

bool StationStandard::appliesTo(ServiceTier tier)
{
    return tier == ServiceTier::TownshipStation;
}

const QList<ActivityKind>& StationStandard::requiredActivities()
{
    static const QList<ActivityKind> kinds{ActivityKind::NeedsSurvey, ActivityKind::ServicePlan,
                                           ActivityKind::ResourceLinking, ActivityKind::ProfessionalService};
    return kinds;
}

QDate StationStandard::windowFrom(QDate day)
{
    return day.addMonths(-3).addDays(1);
}

StationStandardResult StationStandard::evaluate(const StationFacts& facts, QDate day)
{
    StationStandardResult result;
    result.windowTo = day;
    result.windowFrom = windowFrom(day);
    if (!appliesTo(facts.tier)) {
        result.failing << QCoreApplication::translate("StationStandard", "规范建设只评定乡镇（街道）社会工作服务站");
        return result;
    }
    result.staffOnDuty = facts.staffOnDuty;
    if (result.staffOnDuty < kMinResidentStaff)
        result.failing << QCoreApplication::translate("StationStandard", "驻站人员不足%1人（现有%2人）")
                              .arg(kMinResidentStaff)
                              .arg(result.staffOnDuty);
    if (!facts.rulesInPlace)
        result.failing << QCoreApplication::translate("StationStandard", "各项制度不健全");
    for (ActivityKind kind : requiredActivities())
        if (!facts.activitiesHeld.contains(kind))
            result.failing << QCoreApplication::translate("StationStandard", "缺少%1记录").arg(kActivityKinds.label(kind));
    result.standardized = result.failing.isEmpty();
    return result;
}

} // namespace wushe::rules
