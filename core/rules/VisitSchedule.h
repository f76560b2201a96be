#pragma once

#include "domain/ChildRecord.h"
#include "domain/ElderlyRecord.h"
#include "domain/ReliefHousehold.h"

#include <QDate>

namespace wushe::rules {

// How often a ledger record must be visited or reviewed (ledger-fields.md §8):
// 高风险 weekly, 重点 monthly, 一般 quarterly; every 特殊困难老年人 at least
// monthly; relief households reviewed yearly or half-yearly.
VisitInterval visitInterval(const ElderlyRecord& record);
VisitInterval visitInterval(const ChildRecord& record);
VisitInterval visitInterval(const ReliefHousehold& household);

// The day the next visit is due after one on `last`.
QDate nextDue(QDate last, VisitInterval interval);

// The same rule as SQL: the due date after the date expression `lastColumn`
// for the interval key in `intervalColumn` (used by the due/overdue list).
QString nextDueSql(const QString& lastColumn, const QString& intervalColumn);

} // namespace wushe::rules
