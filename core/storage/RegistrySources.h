#pragma once

#include "storage/RegistryList.h"

namespace wushe::storage {

// The SQL of each registry list: tables, joins, period columns, order and the named
// fields that report::RegistrySpecs turns into headed, formatted columns.
namespace RegistrySources {

RegistrySource stations(); // service units, staff on duty (`:as_of`), the township station id for the standard
RegistrySource stationStaff();
RegistrySource socialWorkers();
RegistrySource communityOrgs();
RegistrySource volunteers(); // with their total service minutes
RegistrySource volunteerTeams(); // with their member count
RegistrySource volunteerServices();
RegistrySource activities();
RegistrySource trainings(); // with the trainee count
RegistrySource charityFunds(); // with the balance after flows
RegistrySource fundraising();
RegistrySource donations();
RegistrySource supermarkets();
RegistrySource happyHomes();
RegistrySource referrals();
RegistrySource purchasedProjects(); // with spending and the latest evaluation

} // namespace RegistrySources

} // namespace wushe::storage
