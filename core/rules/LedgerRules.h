#pragma once

#include "Error.h"
#include "domain/ChildRecord.h"
#include "domain/ElderlyRecord.h"
#include "domain/ReliefHousehold.h"

namespace wushe::rules {

// Ledger-specific checks on top of the person's own (PersonRepository::validate).
// `today` is injected: registration dates after it are refused.

// 60 or older on the registration day; 高龄 needs 80+; at least one category.
Result<void> checkElderly(const ElderlyRecord& record, QDate today);
// Under 18 on the registration day, 留守儿童 under 16; at least one category.
Result<void> checkChild(const ChildRecord& record, QDate today);
// Exactly one head (户主) listed first, no person twice, 特困 has a self-care
// grade, amounts not negative.
Result<void> checkRelief(const ReliefHousehold& household, QDate today);

// Full years on `day` for someone born on `birth` (Feb 29 birthdays count on Mar 1).
int ageOn(QDate birth, QDate day);

} // namespace wushe::rules
