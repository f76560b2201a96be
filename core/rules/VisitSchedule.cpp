#include "rules/VisitSchedule.h"

namespace wushe::rules {

namespace {

VisitInterval intervalOfTier(RiskTier tier)
{
    switch (tier) {
    case RiskTier::High: return VisitInterval::Week;
    case RiskTier::Key: return VisitInterval::Month;
    case RiskTier::General: return VisitInterval::Quarter;
    }
    return VisitInterval::Quarter;
}

// Intervals are declared shortest first.
VisitInterval shorter(VisitInterval a, VisitInterval b)
{
    return int(a) < int(b) ? a : b;
}

} // namespace

VisitInterval visitInterval(const ElderlyRecord& record)
{
    const VisitInterval byTier = intervalOfTier(record.riskTier);
    if (record.categories & kSpecialDifficultyElderly)
        return shorter(byTier, VisitInterval::Month);
    return byTier;
}

VisitInterval visitInterval(const ChildRecord& record)
{
    return intervalOfTier(record.riskTier);
}

VisitInterval visitInterval(const ReliefHousehold& household)
{
    return household.reviewCycle == ReviewCycle::HalfYear ? VisitInterval::HalfYear : VisitInterval::Year;
}

QDate nextDue(QDate last, VisitInterval interval)
{
    switch (interval) {
    case VisitInterval::Week: return last.addDays(7);
    case VisitInterval::Month: return last.addMonths(1);
    case VisitInterval::Quarter: return last.addMonths(3);
    case VisitInterval::HalfYear: return last.addMonths(6);
    case VisitInterval::Year: return last.addYears(1);
    }
    return last;
}

QString nextDueSql(const QString& lastColumn, const QString& intervalColumn)
{
    // SQLite's '+1 month' on Jan 31 gives Mar 3 where QDate gives Feb 28/29; clamp to
    // the month's end ('start of month', '+N+1 months', '-1 day') only when it overflows.
    auto months = [&](int n) {
        return QStringLiteral("min(date(%1, '+%2 months'), date(%1, 'start of month', '+%3 months', '-1 day'))")
            .arg(lastColumn)
            .arg(n)
            .arg(n + 1);
    };
    return QStringLiteral("CASE %1 WHEN 'week' THEN date(%2, '+7 days') WHEN 'month' THEN %3 "
                          "WHEN 'quarter' THEN %4 WHEN 'half_year' THEN %5 ELSE %6 END")
        .arg(intervalColumn, lastColumn, months(1), months(3), months(6), months(12));
}

} // namespace wushe::rules
