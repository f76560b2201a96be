#pragma once

#include "Error.h"
#include "rules/OrgTargets.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace wushe::storage {

// The community organization counts rules::OrgTargets judges: every village or
// community under a division, its organizations counted as the rule defines on a day.
class OrgTargetFacts
{
public:
    // Every village/community under `underCode` with its counts, judged, by code.
    static Result<QList<rules::CommunityOrgCount>> counts(const QSqlDatabase& db, const QString& underCode, QDate day);
    // Those that miss either target.
    static Result<QList<rules::CommunityOrgCount>> belowTarget(const QSqlDatabase& db, const QString& underCode,
                                                               QDate day);
};

} // namespace wushe::storage
