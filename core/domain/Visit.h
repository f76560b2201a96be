#pragma once

#include "domain/Ledger.h"
#include "domain/RecordMeta.h"

#include <QDate>
#include <QList>

namespace wushe {

enum class VisitMode { Home, Phone, Video, ThirdParty, Pairing, Neighbour, Hotline };

inline constexpr EnumTable<VisitMode, 7> kVisitModes{
    "Visit", {{{VisitMode::Home, "home", QT_TRANSLATE_NOOP("Visit", "入户走访")},
               {VisitMode::Phone, "phone", QT_TRANSLATE_NOOP("Visit", "电话探访")},
               {VisitMode::Video, "video", QT_TRANSLATE_NOOP("Visit", "视频探访")},
               {VisitMode::ThirdParty, "third_party", QT_TRANSLATE_NOOP("Visit", "委托第三方探访")},
               {VisitMode::Pairing, "pairing", QT_TRANSLATE_NOOP("Visit", "党员志愿者结对帮扶")},
               {VisitMode::Neighbour, "neighbour", QT_TRANSLATE_NOOP("Visit", "亲属邻里互助")},
               {VisitMode::Hotline, "hotline", QT_TRANSLATE_NOOP("Visit", "服务热线响应")}}}};

enum class VisitKind { Visit, HouseholdCheck, Review };

inline constexpr EnumTable<VisitKind, 3> kVisitKinds{
    "Visit", {{{VisitKind::Visit, "visit", QT_TRANSLATE_NOOP("Visit", "探访")},
               {VisitKind::HouseholdCheck, "household_check", QT_TRANSLATE_NOOP("Visit", "入户核查")},
               {VisitKind::Review, "review", QT_TRANSLATE_NOOP("Visit", "复核")}}}};

enum class VisitorRole { Staff, SocialWorker, CommunityWorker, Volunteer, ChildDirector };

inline constexpr EnumTable<VisitorRole, 5> kVisitorRoles{
    "Visit", {{{VisitorRole::Staff, "staff", QT_TRANSLATE_NOOP("Visit", "工作人员")},
               {VisitorRole::SocialWorker, "social_worker", QT_TRANSLATE_NOOP("Visit", "社会工作者")},
               {VisitorRole::CommunityWorker, "community_worker", QT_TRANSLATE_NOOP("Visit", "社区工作者")},
               {VisitorRole::Volunteer, "volunteer", QT_TRANSLATE_NOOP("Visit", "志愿者")},
               {VisitorRole::ChildDirector, "child_director", QT_TRANSLATE_NOOP("Visit", "儿童主任")}}}};

enum class Referral { None, Charity, Medical, Housing, Education, Other };

inline constexpr EnumTable<Referral, 6> kReferrals{
    "Visit", {{{Referral::None, "", QT_TRANSLATE_NOOP("Visit", "无")},
               {Referral::Charity, "charity", QT_TRANSLATE_NOOP("Visit", "转介慈善救助")},
               {Referral::Medical, "medical", QT_TRANSLATE_NOOP("Visit", "转介医疗救助")},
               {Referral::Housing, "housing", QT_TRANSLATE_NOOP("Visit", "转介住房救助")},
               {Referral::Education, "education", QT_TRANSLATE_NOOP("Visit", "转介教育帮扶")},
               {Referral::Other, "other", QT_TRANSLATE_NOOP("Visit", "其他转介")}}}};

struct Visitor
{
    QString name;
    VisitorRole role = VisitorRole::Staff;
    bool operator==(const Visitor&) const = default;
};

// A visit, household check or review of one ledger record (subjectId).
struct Visit
{
    RecordMeta meta; // meta.orgCode: the subject's village/community
    Ledger ledger = Ledger::Elderly;
    QString subjectId;
    QDate visitOn;
    VisitMode mode = VisitMode::Home;
    VisitKind kind = VisitKind::Visit;
    QList<Visitor> visitors;
    QString findings;
    QString actions;
    Referral referral = Referral::None;
    QString referralNote;
};

} // namespace wushe
