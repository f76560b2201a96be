#pragma once

#include "storage/RegistryList.h"

namespace wushe::report {

// The registry lists of the five societies: what each shows, filters on and prints.
// One spec per list, read by RegistryList (screen pages) and RegistryListDocument
// (printouts), so screen and paper always agree.
namespace RegistrySpecs {

storage::RegistrySpec stations();          // 站点与驻站社工: service units, staff on duty, 规范建设
storage::RegistrySpec stationStaff();      // 驻站人员 (站长, 驻站社工) with their dates
storage::RegistrySpec socialWorkers();     // 社会工作者
storage::RegistrySpec communityOrgs();     // 社区社会组织
storage::RegistrySpec orgTargetsBelow();   // communities below the organization targets
storage::RegistrySpec volunteers();        // 志愿者
storage::RegistrySpec volunteerTeams();    // 志愿服务队伍
storage::RegistrySpec volunteerServices(); // 志愿服务记录
storage::RegistrySpec activities();        // 服务活动
storage::RegistrySpec trainings();         // 培训
storage::RegistrySpec charityFunds();      // 慈善基金
storage::RegistrySpec fundraising();       // 募捐项目
storage::RegistrySpec donations();         // 捐赠
storage::RegistrySpec supermarkets();      // 慈善超市
storage::RegistrySpec happyHomes();        // 幸福家园
storage::RegistrySpec referrals();         // 转介慈善救助
storage::RegistrySpec purchasedProjects(); // 政府购买服务项目

} // namespace RegistrySpecs

} // namespace wushe::report
