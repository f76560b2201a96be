#pragma once

#include "domain/Ledger.h"
#include "domain/Person.h"

namespace wushe {

// 儿童台账 categories (国发〔2016〕36号, 民发〔2019〕62号); several may apply.
enum class ChildCategory : quint32 {
    LeftBehind = 1u << 0,         // 农村留守儿童 (< 16)
    PoorFamily = 1u << 1,         // 困境儿童：家庭贫困
    Disabled = 1u << 2,           // 困境儿童：自身残疾
    GuardianshipLacking = 1u << 3, // 困境儿童：监护缺失或不当
    DeFactoUnsupported = 1u << 4, // 事实无人抚养儿童
    Orphan = 1u << 5,             // 孤儿
};

inline constexpr EnumTable<ChildCategory, 6> kChildCategories{
    "ChildRecord",
    {{{ChildCategory::LeftBehind, "left_behind", QT_TRANSLATE_NOOP("ChildRecord", "留守儿童")},
      {ChildCategory::PoorFamily, "poor_family", QT_TRANSLATE_NOOP("ChildRecord", "困境儿童（家庭贫困）")},
      {ChildCategory::Disabled, "disabled", QT_TRANSLATE_NOOP("ChildRecord", "困境儿童（自身残疾）")},
      {ChildCategory::GuardianshipLacking, "guardianship_lacking", QT_TRANSLATE_NOOP("ChildRecord", "困境儿童（监护缺失）")},
      {ChildCategory::DeFactoUnsupported, "de_facto_unsupported", QT_TRANSLATE_NOOP("ChildRecord", "事实无人抚养")},
      {ChildCategory::Orphan, "orphan", QT_TRANSLATE_NOOP("ChildRecord", "孤儿")}}}};

// 监护类型 of the 2016 national form.
enum class GuardianshipType { None, ParentIncapable, DelegateInsufficient, Fair, Good };

inline constexpr EnumTable<GuardianshipType, 5> kGuardianshipTypes{
    "ChildRecord",
    {{{GuardianshipType::None, "none", QT_TRANSLATE_NOOP("ChildRecord", "无人监护")},
      {GuardianshipType::ParentIncapable, "parent_incapable", QT_TRANSLATE_NOOP("ChildRecord", "父或母无监护能力")},
      {GuardianshipType::DelegateInsufficient, "delegate_insufficient", QT_TRANSLATE_NOOP("ChildRecord", "受委托监护人监护能力不足")},
      {GuardianshipType::Fair, "fair", QT_TRANSLATE_NOOP("ChildRecord", "监护情况一般")},
      {GuardianshipType::Good, "good", QT_TRANSLATE_NOOP("ChildRecord", "监护情况较好")}}}};

enum class Schooling { NotInKindergarten, Kindergarten, Primary, Junior, Senior, Vocational, Dropout, NotInSchool };

inline constexpr EnumTable<Schooling, 8> kSchoolings{
    "ChildRecord",
    {{{Schooling::NotInKindergarten, "not_in_kindergarten", QT_TRANSLATE_NOOP("ChildRecord", "未入园")},
      {Schooling::Kindergarten, "kindergarten", QT_TRANSLATE_NOOP("ChildRecord", "幼儿园")},
      {Schooling::Primary, "primary", QT_TRANSLATE_NOOP("ChildRecord", "小学")},
      {Schooling::Junior, "junior", QT_TRANSLATE_NOOP("ChildRecord", "初中")},
      {Schooling::Senior, "senior", QT_TRANSLATE_NOOP("ChildRecord", "高中")},
      {Schooling::Vocational, "vocational", QT_TRANSLATE_NOOP("ChildRecord", "中职")},
      {Schooling::Dropout, "dropout", QT_TRANSLATE_NOOP("ChildRecord", "辍学")},
      {Schooling::NotInSchool, "not_in_school", QT_TRANSLATE_NOOP("ChildRecord", "不在学")}}}};

enum class ChildHealth { Healthy, Disabled, Ill };

inline constexpr EnumTable<ChildHealth, 3> kChildHealths{
    "ChildRecord",
    {{{ChildHealth::Healthy, "healthy", QT_TRANSLATE_NOOP("ChildRecord", "健康")},
      {ChildHealth::Disabled, "disabled", QT_TRANSLATE_NOOP("ChildRecord", "残疾")},
      {ChildHealth::Ill, "ill", QT_TRANSLATE_NOOP("ChildRecord", "患病")}}}};

enum class FamilyIncome : quint32 {
    Wages = 1u << 0, Farming = 1u << 1, GovernmentAid = 1u << 2, Relatives = 1u << 3, Other = 1u << 4
};

inline constexpr EnumTable<FamilyIncome, 5> kFamilyIncomes{
    "ChildRecord",
    {{{FamilyIncome::Wages, "wages", QT_TRANSLATE_NOOP("ChildRecord", "打工收入")},
      {FamilyIncome::Farming, "farming", QT_TRANSLATE_NOOP("ChildRecord", "种养殖业")},
      {FamilyIncome::GovernmentAid, "government_aid", QT_TRANSLATE_NOOP("ChildRecord", "政府救助")},
      {FamilyIncome::Relatives, "relatives", QT_TRANSLATE_NOOP("ChildRecord", "亲朋接济")},
      {FamilyIncome::Other, "other", QT_TRANSLATE_NOOP("ChildRecord", "其他")}}}};

enum class Assistance : quint32 {
    Dibao = 1u << 0, Temporary = 1u << 1, Medical = 1u << 2, Housing = 1u << 3, Other = 1u << 4
};

inline constexpr EnumTable<Assistance, 5> kAssistances{
    "ChildRecord",
    {{{Assistance::Dibao, "dibao", QT_TRANSLATE_NOOP("ChildRecord", "享受低保")},
      {Assistance::Temporary, "temporary", QT_TRANSLATE_NOOP("ChildRecord", "临时救助")},
      {Assistance::Medical, "medical", QT_TRANSLATE_NOOP("ChildRecord", "医疗救助")},
      {Assistance::Housing, "housing", QT_TRANSLATE_NOOP("ChildRecord", "住房救助")},
      {Assistance::Other, "other", QT_TRANSLATE_NOOP("ChildRecord", "其他救助")}}}};

struct ChildRecord
{
    RecordMeta meta; // meta.orgCode: the village/community
    Person person;
    QDate registeredOn;
    quint32 categories = 0; // ChildCategory bits
    GuardianshipType guardianshipType = GuardianshipType::Fair;
    QString guardianName;
    QString guardianRelation;
    QString guardianPhone;
    QString guardianIdNumber;
    QString fatherName;
    QString fatherWorkplace;
    QString fatherPhone;
    QString motherName;
    QString motherWorkplace;
    QString motherPhone;
    Schooling schooling = Schooling::Primary;
    bool boarding = false;
    ChildHealth health = ChildHealth::Healthy;
    QString disabilityNote;
    quint32 incomeSources = 0; // FamilyIncome bits
    quint32 assistance = 0;    // Assistance bits
    RiskTier riskTier = RiskTier::General;
    QString note;

    bool has(ChildCategory category) const { return categories & quint32(category); }
};

} // namespace wushe
