#pragma once

#include "domain/Ledger.h"
#include "domain/Person.h"

namespace wushe {

// 老年人台账 categories; several may apply at once (stored as bits).
enum class ElderlyCategory : quint32 {
    LeftBehind = 1u << 0,          // 留守
    LivingAlone = 1u << 1,         // 独居
    EmptyNest = 1u << 2,           // 空巢
    Disabled = 1u << 3,            // 失能
    SevereDisability = 1u << 4,    // 重残
    FamilyPlanningSpecial = 1u << 5, // 计生特殊家庭
    VeryOld = 1u << 6,             // 高龄 (80+)
    EconomicDifficulty = 1u << 7,  // 经济困难
    DispersedSupport = 1u << 8,    // 分散供养特困
};

inline constexpr EnumTable<ElderlyCategory, 9> kElderlyCategories{
    "ElderlyRecord",
    {{{ElderlyCategory::LeftBehind, "left_behind", QT_TRANSLATE_NOOP("ElderlyRecord", "留守")},
      {ElderlyCategory::LivingAlone, "living_alone", QT_TRANSLATE_NOOP("ElderlyRecord", "独居")},
      {ElderlyCategory::EmptyNest, "empty_nest", QT_TRANSLATE_NOOP("ElderlyRecord", "空巢")},
      {ElderlyCategory::Disabled, "disabled", QT_TRANSLATE_NOOP("ElderlyRecord", "失能")},
      {ElderlyCategory::SevereDisability, "severe_disability", QT_TRANSLATE_NOOP("ElderlyRecord", "重残")},
      {ElderlyCategory::FamilyPlanningSpecial, "family_planning_special", QT_TRANSLATE_NOOP("ElderlyRecord", "计生特殊")},
      {ElderlyCategory::VeryOld, "very_old", QT_TRANSLATE_NOOP("ElderlyRecord", "高龄")},
      {ElderlyCategory::EconomicDifficulty, "economic_difficulty", QT_TRANSLATE_NOOP("ElderlyRecord", "经济困难")},
      {ElderlyCategory::DispersedSupport, "dispersed_support", QT_TRANSLATE_NOOP("ElderlyRecord", "分散供养特困")}}}};

// 特殊困难老年人 (民政部等10部门 2022): visited at least monthly whatever their tier.
inline constexpr quint32 kSpecialDifficultyElderly =
    quint32(ElderlyCategory::LeftBehind) | quint32(ElderlyCategory::LivingAlone) | quint32(ElderlyCategory::EmptyNest)
    | quint32(ElderlyCategory::Disabled) | quint32(ElderlyCategory::SevereDisability)
    | quint32(ElderlyCategory::FamilyPlanningSpecial);

enum class EconomicSource : quint32 {
    Pension = 1u << 0, ChildrenSupport = 1u << 1, Dibao = 1u << 2, Tekun = 1u << 3, Labour = 1u << 4, Other = 1u << 5
};

inline constexpr EnumTable<EconomicSource, 6> kEconomicSources{
    "ElderlyRecord",
    {{{EconomicSource::Pension, "pension", QT_TRANSLATE_NOOP("ElderlyRecord", "养老金")},
      {EconomicSource::ChildrenSupport, "children", QT_TRANSLATE_NOOP("ElderlyRecord", "子女供养")},
      {EconomicSource::Dibao, "dibao", QT_TRANSLATE_NOOP("ElderlyRecord", "低保")},
      {EconomicSource::Tekun, "tekun", QT_TRANSLATE_NOOP("ElderlyRecord", "特困供养")},
      {EconomicSource::Labour, "labour", QT_TRANSLATE_NOOP("ElderlyRecord", "劳动收入")},
      {EconomicSource::Other, "other", QT_TRANSLATE_NOOP("ElderlyRecord", "其他")}}}};

enum class FamilyStructure { Alone, Couple, WithGrandchildren, WithChildren, Other };

inline constexpr EnumTable<FamilyStructure, 5> kFamilyStructures{
    "ElderlyRecord",
    {{{FamilyStructure::Alone, "alone", QT_TRANSLATE_NOOP("ElderlyRecord", "独居")},
      {FamilyStructure::Couple, "couple", QT_TRANSLATE_NOOP("ElderlyRecord", "仅与配偶同住")},
      {FamilyStructure::WithGrandchildren, "with_grandchildren", QT_TRANSLATE_NOOP("ElderlyRecord", "与孙辈同住")},
      {FamilyStructure::WithChildren, "with_children", QT_TRANSLATE_NOOP("ElderlyRecord", "与子女同住")},
      {FamilyStructure::Other, "other", QT_TRANSLATE_NOOP("ElderlyRecord", "其他")}}}};

// The census (七普) health categories.
enum class HealthStatus { Healthy, BasicallyHealthy, UnhealthySelfCare, NoSelfCare };

inline constexpr EnumTable<HealthStatus, 4> kHealthStatuses{
    "ElderlyRecord",
    {{{HealthStatus::Healthy, "healthy", QT_TRANSLATE_NOOP("ElderlyRecord", "健康")},
      {HealthStatus::BasicallyHealthy, "basically_healthy", QT_TRANSLATE_NOOP("ElderlyRecord", "基本健康")},
      {HealthStatus::UnhealthySelfCare, "unhealthy_self_care", QT_TRANSLATE_NOOP("ElderlyRecord", "不健康但能自理")},
      {HealthStatus::NoSelfCare, "no_self_care", QT_TRANSLATE_NOOP("ElderlyRecord", "生活不能自理")}}}};

enum class CareSituation { Children, Spouse, Neighbours, Paid, None };

inline constexpr EnumTable<CareSituation, 5> kCareSituations{
    "ElderlyRecord",
    {{{CareSituation::Children, "children", QT_TRANSLATE_NOOP("ElderlyRecord", "子女照料")},
      {CareSituation::Spouse, "spouse", QT_TRANSLATE_NOOP("ElderlyRecord", "配偶照料")},
      {CareSituation::Neighbours, "neighbours", QT_TRANSLATE_NOOP("ElderlyRecord", "亲属邻里照料")},
      {CareSituation::Paid, "paid", QT_TRANSLATE_NOOP("ElderlyRecord", "机构或护工照料")},
      {CareSituation::None, "none", QT_TRANSLATE_NOOP("ElderlyRecord", "无人照料")}}}};

struct ElderlyRecord
{
    RecordMeta meta; // meta.orgCode: the village/community
    Person person;
    QDate registeredOn;
    quint32 categories = 0;       // ElderlyCategory bits
    quint32 economicSources = 0;  // EconomicSource bits
    FamilyStructure familyStructure = FamilyStructure::Other;
    HealthStatus healthStatus = HealthStatus::BasicallyHealthy;
    CareSituation careSituation = CareSituation::Children;
    QString supporterName;        // 赡养人
    QString supporterPhone;
    QString supporterWorkplace;
    QString helperName;           // 结对帮扶人
    RiskTier riskTier = RiskTier::General;
    QString note;

    bool has(ElderlyCategory category) const { return categories & quint32(category); }
};

} // namespace wushe
