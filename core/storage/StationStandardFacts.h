#pragma once

#include "Error.h"
#include "rules/StationStandard.h"

#include <QDate>
#include <QSqlDatabase>

namespace wushe::storage {

// The values rules::StationStandard judges, read for one service unit on a day: the
// unit's tier and rules, its staff on duty, and the required kinds of work recorded
// in the window (run by the station or held anywhere in its township).
class StationStandardFacts
{
public:
    // An invalid day, or an unknown or deleted unit, is an error.
    static Result<rules::StationFacts> read(const QSqlDatabase& db, const QString& serviceUnitId, QDate day);
    // read(), judged by the rule.
    static Result<rules::StationStandardResult> evaluate(const QSqlDatabase& db, const QString& serviceUnitId, QDate day);
};

} // namespace wushe::storage
