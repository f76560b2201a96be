#pragma once

#include "domain/ServiceActivity.h"
#include "domain/ServiceUnit.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace wushe::rules {

// Whether a township station is built to standard (规范建设, domain.md §2) on a day.
struct StationStandardResult
{
    bool standardized = false;
    QStringList failing; // each unmet condition in Chinese, e.g. 驻站人员不足3人（现有2人）
    int staffOnDuty = 0;
    // The work window: the 3 calendar months ending on the day asked (inclusive).
    QDate windowFrom;
    QDate windowTo;
};

// What the standard looks at for one station on a day; storage::StationStandardFacts
// reads it from the database.
struct StationFacts
{
    ServiceTier tier = ServiceTier::TownshipStation;
    bool rulesInPlace = false;          // service_unit.rules_in_place
    int staffOnDuty = 0;                // live resident staff active on the day
    QList<ActivityKind> activitiesHeld; // required kinds recorded in the work window
};

// A township station is standardized on `day` only when all hold:
//  - at least 3 resident staff (station_staff, live, active on `day`);
//  - its rules are in place (service_unit.rules_in_place);
//  - needs-survey, service-plan, resource-linking and professional-service
//    activities were recorded in the last quarter, either run by the station or
//    held anywhere in its township. "Last quarter" is the 3 calendar months ending
//    on `day`: from day − 3 months + 1 day through `day` (for 2024-06-15:
//    2024-03-16 … 2024-06-15), so the answer does not jump at a quarter's start.
// A unit that is not a township station fails with that reason.
class StationStandard
{
public:
    static constexpr int kMinResidentStaff = 3;

    // Only township stations are judged; the other tiers need no facts beyond the tier.
    static bool appliesTo(ServiceTier tier);
    // The kinds of work the window must show, in the order failures are listed.
    static const QList<ActivityKind>& requiredActivities();
    // The first day of the work window ending on `day`.
    static QDate windowFrom(QDate day);

    static StationStandardResult evaluate(const StationFacts& facts, QDate day);
};

} // namespace wushe::rules
