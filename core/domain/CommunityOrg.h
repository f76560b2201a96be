#pragma once

#include "domain/EnumTable.h"
#include "domain/RecordMeta.h"

#include <QDate>

namespace wushe {

enum class OrgRegistration { Registered, Filed };

inline constexpr EnumTable<OrgRegistration, 2> kOrgRegistrations{
    "CommunityOrg",
    {{{OrgRegistration::Registered, "registered", QT_TRANSLATE_NOOP("CommunityOrg", "登记")},
      {OrgRegistration::Filed, "filed", QT_TRANSLATE_NOOP("CommunityOrg", "备案")}}}};

// The four types of 民发〔2017〕191号.
enum class CommunityOrgType { LifeService, CommunityAffairs, CultureSports, PublicWelfare };

inline constexpr EnumTable<CommunityOrgType, 4> kCommunityOrgTypes{
    "CommunityOrg",
    {{{CommunityOrgType::LifeService, "life_service", QT_TRANSLATE_NOOP("CommunityOrg", "生活服务类")},
      {CommunityOrgType::CommunityAffairs, "community_affairs", QT_TRANSLATE_NOOP("CommunityOrg", "社区事务类")},
      {CommunityOrgType::CultureSports, "culture_sports", QT_TRANSLATE_NOOP("CommunityOrg", "文体活动类")},
      {CommunityOrgType::PublicWelfare, "public_welfare", QT_TRANSLATE_NOOP("CommunityOrg", "公益慈善类")}}}};

enum class CommunityOrgStatus { Active, Dormant, Dissolved };

inline constexpr EnumTable<CommunityOrgStatus, 3> kCommunityOrgStatuses{
    "CommunityOrg",
    {{{CommunityOrgStatus::Active, "active", QT_TRANSLATE_NOOP("CommunityOrg", "正常活动")},
      {CommunityOrgStatus::Dormant, "dormant", QT_TRANSLATE_NOOP("CommunityOrg", "停止活动")},
      {CommunityOrgStatus::Dissolved, "dissolved", QT_TRANSLATE_NOOP("CommunityOrg", "已注销")}}}};

// 社区社会组织; meta.orgCode is its community/village.
struct CommunityOrg
{
    RecordMeta meta;
    QString name;
    OrgRegistration registration = OrgRegistration::Filed;
    QString registrationNo; // 登记证号 or 备案号
    CommunityOrgType type = CommunityOrgType::LifeService;
    bool countsAsService = false; // 服务性/公益性/互助性, towards the > 50 % target
    QString leaderName;
    QString leaderPhone;
    int members = 0;
    QDate foundedOn;
    CommunityOrgStatus status = CommunityOrgStatus::Active;
};

} // namespace wushe
