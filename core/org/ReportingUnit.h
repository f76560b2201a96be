#pragma once

#include "domain/OrgUnit.h"

namespace wushe::org {

// 填报单位 on printouts for a database of `jurisdiction`: the civil-affairs bureau
// of a city or county, the social-work station of a township.
QString reportingUnitName(const OrgUnit& jurisdiction);

} // namespace wushe::org
