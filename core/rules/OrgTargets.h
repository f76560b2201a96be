#pragma once

#include "Error.h"
#include "domain/OrgUnit.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace wushe::rules {

// Community social organization targets (domain.md §4): at least 10 per urban
// community (社区), at least 5 per rural one (村), and MORE than half of them of
// the kind that counts (服务性/公益性/互助性): exactly 50 % is not enough.

// Which organizations count on a day: live rows, status active (dormant and
// dissolved ones do not), founded on or before the day (unknown founding date
// counts). Urban is the division's area_type 'urban' (社区 under a 街道); all
// other villages take the rural target.
struct CommunityOrgCount
{
    QString code;
    QString name;
    AreaType areaType = AreaType::Rural;
    int organizations = 0;
    int counting = 0; // counts_as_service
    int target = 0;
    bool countMet = false;
    bool shareMet = false;
    QStringList failing; // in Chinese, empty when both targets are met
};

class OrgTargets
{
public:
    static constexpr int kUrbanTarget = 10;
    static constexpr int kRuralTarget = 5;

    static int targetFor(AreaType areaType);
    // The share rule alone: counting / total > 50 %.
    static bool shareMet(int counting, int total);

    // Every village/community under `underCode` with its counts, by code.
    static Result<QList<CommunityOrgCount>> counts(const QSqlDatabase& db, const QString& underCode, QDate day);
    // Those that miss either target.
    static Result<QList<CommunityOrgCount>> belowTarget(const QSqlDatabase& db, const QString& underCode, QDate day);
};

} // namespace wushe::rules
