#pragma once

// For Operations::save/remove: per record type, its table, what it is called, and
// which repository methods add, update and tombstone it. Private to core/operations.

#include "storage/CharityReferralRepository.h"
#include "storage/CharityRepository.h"
#include "storage/ChildRepository.h"
#include "storage/CommunityOrgRepository.h"
#include "storage/ElderlyRepository.h"
#include "storage/HappyHomeRepository.h"
#include "storage/PurchasedProjectRepository.h"
#include "storage/ReliefRepository.h"
#include "storage/ServiceActivityRepository.h"
#include "storage/ServiceUnitRepository.h"
#include "storage/SocialWorkerRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/VisitRepository.h"
#include "storage/VolunteerRepository.h"

#include <QtGlobal>

namespace wushe::ops {

// Primary template: a repository whose methods are add / update / remove.
template <typename Record>
struct RecordTraits;

#define WUSHE_RECORD(RecordType, RepositoryType, tableName, labelText)                                                 \
    template <>                                                                                                         \
    struct RecordTraits<RecordType>                                                                                     \
    {                                                                                                                   \
        using Repository = storage::RepositoryType;                                                                     \
        static constexpr const char* table = tableName;                                                                 \
        static constexpr const char* label = labelText;                                                                 \
    };

// A repository with several record types: addX / updateX / removeX.
#define WUSHE_RECORD_VIA(RecordType, RepositoryType, tableName, labelText, Suffix)                                      \
    template <>                                                                                                         \
    struct RecordTraits<RecordType>                                                                                     \
    {                                                                                                                   \
        using Repository = storage::RepositoryType;                                                                     \
        static constexpr const char* table = tableName;                                                                 \
        static constexpr const char* label = labelText;                                                                 \
        static auto add(Repository& r, RecordType& x) { return r.add##Suffix(x); }                                       \
        static auto update(Repository& r, RecordType& x) { return r.update##Suffix(x); }                                 \
        static auto remove(Repository& r, RecordType& x) { return r.remove##Suffix(x); }                                 \
    };

WUSHE_RECORD(ElderlyRecord, ElderlyRepository, "elderly_record", QT_TRANSLATE_NOOP("Operations", "老年人台账"))
WUSHE_RECORD(ChildRecord, ChildRepository, "child_record", QT_TRANSLATE_NOOP("Operations", "儿童台账"))
WUSHE_RECORD(ReliefHousehold, ReliefRepository, "relief_household", QT_TRANSLATE_NOOP("Operations", "社会救助台账"))
WUSHE_RECORD(Visit, VisitRepository, "visit", QT_TRANSLATE_NOOP("Operations", "探访记录"))
WUSHE_RECORD(SocialWorker, SocialWorkerRepository, "social_worker", QT_TRANSLATE_NOOP("Operations", "社会工作者"))
WUSHE_RECORD(CommunityOrg, CommunityOrgRepository, "community_org", QT_TRANSLATE_NOOP("Operations", "社区社会组织"))
WUSHE_RECORD(Volunteer, VolunteerRepository, "volunteer", QT_TRANSLATE_NOOP("Operations", "志愿者"))
WUSHE_RECORD_VIA(VolunteerTeam, VolunteerRepository, "volunteer_team", QT_TRANSLATE_NOOP("Operations", "志愿服务队"), Team)
WUSHE_RECORD_VIA(VolunteerService, VolunteerRepository, "volunteer_service", QT_TRANSLATE_NOOP("Operations", "志愿服务记录"), Service)
WUSHE_RECORD(ServiceActivity, ServiceActivityRepository, "service_activity", QT_TRANSLATE_NOOP("Operations", "服务活动"))
WUSHE_RECORD(Training, TrainingRepository, "training", QT_TRANSLATE_NOOP("Operations", "培训"))
WUSHE_RECORD(ServiceUnit, ServiceUnitRepository, "service_unit", QT_TRANSLATE_NOOP("Operations", "站点"))
WUSHE_RECORD_VIA(StationStaff, ServiceUnitRepository, "station_staff", QT_TRANSLATE_NOOP("Operations", "驻站人员"), Staff)
WUSHE_RECORD_VIA(CharityFund, CharityRepository, "charity_fund", QT_TRANSLATE_NOOP("Operations", "慈善基金"), Fund)
WUSHE_RECORD_VIA(FundFlow, CharityRepository, "charity_fund_flow", QT_TRANSLATE_NOOP("Operations", "基金收支"), Flow)
WUSHE_RECORD_VIA(FundraisingProject, CharityRepository, "fundraising_project", QT_TRANSLATE_NOOP("Operations", "募捐项目"), Project)
WUSHE_RECORD_VIA(Donation, CharityRepository, "donation", QT_TRANSLATE_NOOP("Operations", "捐赠"), Donation)
WUSHE_RECORD_VIA(CharitySupermarket, CharityRepository, "charity_supermarket", QT_TRANSLATE_NOOP("Operations", "慈善超市"), Supermarket)
WUSHE_RECORD(HappyHomeProject, HappyHomeRepository, "happy_home_project", QT_TRANSLATE_NOOP("Operations", "幸福家园项目"))
WUSHE_RECORD(CharityReferral, CharityReferralRepository, "charity_referral", QT_TRANSLATE_NOOP("Operations", "转介"))
WUSHE_RECORD(PurchasedProject, PurchasedProjectRepository, "purchased_project", QT_TRANSLATE_NOOP("Operations", "政府购买服务项目"))
WUSHE_RECORD_VIA(ProjectSpending, PurchasedProjectRepository, "project_spending", QT_TRANSLATE_NOOP("Operations", "项目支出"), Spending)
WUSHE_RECORD_VIA(ProjectEvaluation, PurchasedProjectRepository, "project_evaluation", QT_TRANSLATE_NOOP("Operations", "项目评估"), Evaluation)

#undef WUSHE_RECORD
#undef WUSHE_RECORD_VIA

} // namespace wushe::ops
