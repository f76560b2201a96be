#pragma once

#include "domain/Ledger.h"
#include "domain/Person.h"

#include <QList>

namespace wushe {

enum class ReliefCategory { DibaoUrban, DibaoRural, TekunCentralized, TekunDispersed, Temporary };

inline constexpr EnumTable<ReliefCategory, 5> kReliefCategories{
    "ReliefHousehold",
    {{{ReliefCategory::DibaoUrban, "dibao_urban", QT_TRANSLATE_NOOP("ReliefHousehold", "城市低保")},
      {ReliefCategory::DibaoRural, "dibao_rural", QT_TRANSLATE_NOOP("ReliefHousehold", "农村低保")},
      {ReliefCategory::TekunCentralized, "tekun_centralized", QT_TRANSLATE_NOOP("ReliefHousehold", "特困集中供养")},
      {ReliefCategory::TekunDispersed, "tekun_dispersed", QT_TRANSLATE_NOOP("ReliefHousehold", "特困分散供养")},
      {ReliefCategory::Temporary, "temporary", QT_TRANSLATE_NOOP("ReliefHousehold", "临时救助")}}}};

inline bool isTekun(ReliefCategory category)
{
    return category == ReliefCategory::TekunCentralized || category == ReliefCategory::TekunDispersed;
}

// 特困 self-care grade from the six daily activities.
enum class SelfCare { NotAssessed, Full, Partial, None };

inline constexpr EnumTable<SelfCare, 4> kSelfCares{
    "ReliefHousehold",
    {{{SelfCare::NotAssessed, "", QT_TRANSLATE_NOOP("ReliefHousehold", "未评估")},
      {SelfCare::Full, "full", QT_TRANSLATE_NOOP("ReliefHousehold", "具备生活自理能力")},
      {SelfCare::Partial, "partial", QT_TRANSLATE_NOOP("ReliefHousehold", "部分丧失生活自理能力")},
      {SelfCare::None, "none", QT_TRANSLATE_NOOP("ReliefHousehold", "完全丧失生活自理能力")}}}};

enum class ReliefStatus { Active, Increased, Reduced, Stopped };

inline constexpr EnumTable<ReliefStatus, 4> kReliefStatuses{
    "ReliefHousehold",
    {{{ReliefStatus::Active, "active", QT_TRANSLATE_NOOP("ReliefHousehold", "在保")},
      {ReliefStatus::Increased, "increased", QT_TRANSLATE_NOOP("ReliefHousehold", "增发")},
      {ReliefStatus::Reduced, "reduced", QT_TRANSLATE_NOOP("ReliefHousehold", "减发")},
      {ReliefStatus::Stopped, "stopped", QT_TRANSLATE_NOOP("ReliefHousehold", "停保")}}}};

// 低保复核: stable households yearly, unstable income or able-bodied members half-yearly.
enum class ReviewCycle { Year, HalfYear };

inline constexpr EnumTable<ReviewCycle, 2> kReviewCycles{
    "ReliefHousehold",
    {{{ReviewCycle::Year, "year", QT_TRANSLATE_NOOP("ReliefHousehold", "每年")},
      {ReviewCycle::HalfYear, "half_year", QT_TRANSLATE_NOOP("ReliefHousehold", "每半年")}}}};

enum class Relationship { Head, Spouse, Child, Parent, Grandchild, Sibling, Other };

inline constexpr EnumTable<Relationship, 7> kRelationships{
    "ReliefHousehold",
    {{{Relationship::Head, "head", QT_TRANSLATE_NOOP("ReliefHousehold", "户主")},
      {Relationship::Spouse, "spouse", QT_TRANSLATE_NOOP("ReliefHousehold", "配偶")},
      {Relationship::Child, "child", QT_TRANSLATE_NOOP("ReliefHousehold", "子女")},
      {Relationship::Parent, "parent", QT_TRANSLATE_NOOP("ReliefHousehold", "父母")},
      {Relationship::Grandchild, "grandchild", QT_TRANSLATE_NOOP("ReliefHousehold", "孙子女")},
      {Relationship::Sibling, "sibling", QT_TRANSLATE_NOOP("ReliefHousehold", "兄弟姐妹")},
      {Relationship::Other, "other", QT_TRANSLATE_NOOP("ReliefHousehold", "其他")}}}};

enum class WorkAbility { Full, Partial, None };

inline constexpr EnumTable<WorkAbility, 3> kWorkAbilities{
    "ReliefHousehold",
    {{{WorkAbility::Full, "full", QT_TRANSLATE_NOOP("ReliefHousehold", "有劳动能力")},
      {WorkAbility::Partial, "partial", QT_TRANSLATE_NOOP("ReliefHousehold", "部分劳动能力")},
      {WorkAbility::None, "none", QT_TRANSLATE_NOOP("ReliefHousehold", "无劳动能力")}}}};

enum class MemberHealth { Healthy, Chronic, Disabled, Serious };

inline constexpr EnumTable<MemberHealth, 4> kMemberHealths{
    "ReliefHousehold",
    {{{MemberHealth::Healthy, "healthy", QT_TRANSLATE_NOOP("ReliefHousehold", "健康")},
      {MemberHealth::Chronic, "chronic", QT_TRANSLATE_NOOP("ReliefHousehold", "慢性病")},
      {MemberHealth::Disabled, "disabled", QT_TRANSLATE_NOOP("ReliefHousehold", "残疾")},
      {MemberHealth::Serious, "serious", QT_TRANSLATE_NOOP("ReliefHousehold", "重病")}}}};

struct ReliefMember
{
    RecordMeta meta;
    Person person;
    Relationship relationship = Relationship::Other;
    WorkAbility workAbility = WorkAbility::Full;
    MemberHealth health = MemberHealth::Healthy;
};

// A relief household (以家庭为单位申请); members[0] is the head (户主).
struct ReliefHousehold
{
    RecordMeta meta; // meta.orgCode: the village/community
    QDate registeredOn;
    ReliefCategory category = ReliefCategory::DibaoRural;
    SelfCare selfCare = SelfCare::NotAssessed;
    qint64 monthlyAmountFen = 0; // money is integer fen, never double
    QDate startOn;
    ReliefStatus status = ReliefStatus::Active;
    ReviewCycle reviewCycle = ReviewCycle::Year;
    QString address;
    QString note;
    QList<ReliefMember> members;
};

} // namespace wushe
