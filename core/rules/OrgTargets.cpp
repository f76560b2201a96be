#include "rules/OrgTargets.h"

#include <QCoreApplication>

namespace wushe::rules {

int OrgTargets::targetFor(AreaType areaType)
{
    return areaType == AreaType::Urban ? kUrbanTarget : kRuralTarget;
}

bool OrgTargets::shareMet(int counting, int total)
{
    return total > 0 && 2 * qint64(counting) > qint64(total);
}

CommunityOrgCount OrgTargets::assess(CommunityOrgCount community)
{
    community.target = targetFor(community.areaType);
    community.countMet = community.organizations >= community.target;
    community.shareMet = shareMet(community.counting, community.organizations);
    community.failing.clear();
    if (!community.countMet)
        community.failing << QCoreApplication::translate("OrgTargets", "社区社会组织%1个，少于%2个")
                                 .arg(community.organizations)
                                 .arg(community.target);
    if (!community.shareMet)
        community.failing << QCoreApplication::translate("OrgTargets", "服务性、公益性、互助性组织%1个，未超过半数")
                                 .arg(community.counting);
    return community;
}

bool OrgTargets::below(const CommunityOrgCount& community)
{
    return !community.countMet || !community.shareMet;
}

} // namespace wushe::rules
