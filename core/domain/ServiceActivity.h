#pragma once

#include "domain/EnumTable.h"
#include "domain/RecordMeta.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace wushe {

// The 8 service domains (seed §三).
enum class ServiceDomain {
    SocialRelief,
    ElderlyCare,
    ChildWelfare,
    CommunityGovernance,
    SocialAffairs,
    Safety,
    RuralRevitalization,
    EpidemicPrevention
};

inline constexpr EnumTable<ServiceDomain, 8> kServiceDomains{
    "ServiceActivity",
    {{{ServiceDomain::SocialRelief, "social_relief", QT_TRANSLATE_NOOP("ServiceActivity", "社会救助")},
      {ServiceDomain::ElderlyCare, "elderly_care", QT_TRANSLATE_NOOP("ServiceActivity", "养老服务")},
      {ServiceDomain::ChildWelfare, "child_welfare", QT_TRANSLATE_NOOP("ServiceActivity", "儿童福利")},
      {ServiceDomain::CommunityGovernance, "community_governance", QT_TRANSLATE_NOOP("ServiceActivity", "社区治理")},
      {ServiceDomain::SocialAffairs, "social_affairs", QT_TRANSLATE_NOOP("ServiceActivity", "社会事务")},
      {ServiceDomain::Safety, "safety", QT_TRANSLATE_NOOP("ServiceActivity", "平安建设")},
      {ServiceDomain::RuralRevitalization, "rural_revitalization", QT_TRANSLATE_NOOP("ServiceActivity", "乡村振兴")},
      {ServiceDomain::EpidemicPrevention, "epidemic_prevention", QT_TRANSLATE_NOOP("ServiceActivity", "疫情防控")}}}};

enum class ActivityKind {
    NeedsSurvey,
    ServicePlan,
    ResourceLinking,
    ProfessionalService,
    Visit,
    Publicity,
    Training,
    Consultation,
    Other
};

inline constexpr EnumTable<ActivityKind, 9> kActivityKinds{
    "ServiceActivity",
    {{{ActivityKind::NeedsSurvey, "needs_survey", QT_TRANSLATE_NOOP("ServiceActivity", "需求调研")},
      {ActivityKind::ServicePlan, "service_plan", QT_TRANSLATE_NOOP("ServiceActivity", "服务计划")},
      {ActivityKind::ResourceLinking, "resource_linking", QT_TRANSLATE_NOOP("ServiceActivity", "资源链接")},
      {ActivityKind::ProfessionalService, "professional_service", QT_TRANSLATE_NOOP("ServiceActivity", "专业服务")},
      {ActivityKind::Visit, "visit", QT_TRANSLATE_NOOP("ServiceActivity", "探访")},
      {ActivityKind::Publicity, "publicity", QT_TRANSLATE_NOOP("ServiceActivity", "宣传")},
      {ActivityKind::Training, "training", QT_TRANSLATE_NOOP("ServiceActivity", "培训")},
      {ActivityKind::Consultation, "consultation", QT_TRANSLATE_NOOP("ServiceActivity", "协商议事")},
      {ActivityKind::Other, "other", QT_TRANSLATE_NOOP("ServiceActivity", "其他")}}}};

// The five societies (五社), as bits of ServiceActivity::societies.
enum class Society : quint32 { Community = 1, SocialOrg = 2, SocialWorker = 4, Volunteer = 8, Charity = 16 };

inline constexpr EnumTable<Society, 5> kSocieties{
    "ServiceActivity",
    {{{Society::Community, "community", QT_TRANSLATE_NOOP("ServiceActivity", "社区")},
      {Society::SocialOrg, "social_org", QT_TRANSLATE_NOOP("ServiceActivity", "社会组织")},
      {Society::SocialWorker, "social_worker", QT_TRANSLATE_NOOP("ServiceActivity", "社会工作者")},
      {Society::Volunteer, "volunteer", QT_TRANSLATE_NOOP("ServiceActivity", "社区志愿者")},
      {Society::Charity, "charity", QT_TRANSLATE_NOOP("ServiceActivity", "社会慈善资源")}}}};

enum class ParticipantKind { Org, Volunteer, SocialWorker };

inline constexpr EnumTable<ParticipantKind, 3> kParticipantKinds{
    "ServiceActivity",
    {{{ParticipantKind::Org, "org", QT_TRANSLATE_NOOP("ServiceActivity", "社区社会组织")},
      {ParticipantKind::Volunteer, "volunteer", QT_TRANSLATE_NOOP("ServiceActivity", "志愿者")},
      {ParticipantKind::SocialWorker, "social_worker", QT_TRANSLATE_NOOP("ServiceActivity", "社会工作者")}}}};

struct Participant
{
    ParticipantKind kind = ParticipantKind::Volunteer;
    QString refId; // community_org, volunteer or social_worker id

    bool operator==(const Participant&) const = default;
};

// A service activity; meta.orgCode is where it took place.
struct ServiceActivity
{
    RecordMeta meta;
    QDate heldOn;
    ServiceDomain domain = ServiceDomain::ElderlyCare;
    ActivityKind kind = ActivityKind::ProfessionalService;
    quint32 societies = 0; // Society bits
    QString serviceUnitId; // the station or room that ran it; may be empty
    QString title;
    int peopleServed = 0;
    int volunteerMinutes = 0;
    qint64 moneyFen = 0;
    QString summary;
    QList<Participant> participants;
    QStringList servedPersonIds; // ledger persons served (optional detail)
};

} // namespace wushe
