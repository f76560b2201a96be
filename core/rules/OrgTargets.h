#pragma once

#include "domain/OrgUnit.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace wushe::rules {

// Community social organization targets (domain.md §4): at least 10 per urban
// community (社区), at least 5 per rural one (村), and MORE than half of them of
// the kind that counts (服务性/公益性/互助性): exactly 50 % is not enough.

// Which organizations count on a day (storage::OrgTargetFacts counts them): live
// rows, status active (dormant and dissolved ones do not), founded on or before the
// day (unknown founding date counts). Urban is the division's area_type 'urban'
// (社区 under a 街道); all other villages take the rural target.
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

    // The targets applied to one community's counts (code, name, area type,
    // organizations and counting filled in; storage::OrgTargetFacts reads them).
    static CommunityOrgCount assess(CommunityOrgCount community);
    // Misses either target.
    static bool below(const CommunityOrgCount& community);
};

} // namespace wushe::rules
