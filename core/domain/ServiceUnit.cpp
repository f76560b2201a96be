#include "domain/ServiceUnit.h"

namespace wushe {

OrgLevel orgLevelOfTier(ServiceTier tier)
{
    switch (tier) {
    case ServiceTier::CityWorkBody: return OrgLevel::City;
    case ServiceTier::CountyStation: return OrgLevel::County;
    case ServiceTier::TownshipStation: return OrgLevel::Township;
    case ServiceTier::CommunityRoom: return OrgLevel::Village;
    }
    return OrgLevel::Village;
}

std::optional<ServiceTier> tierOfOrgLevel(OrgLevel level)
{
    for (const auto& entry : kServiceTiers.entries())
        if (orgLevelOfTier(entry.value) == level)
            return entry.value;
    return std::nullopt;
}

} // namespace wushe
