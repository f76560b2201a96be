#pragma once

#include "domain/EnumTable.h"

#include <QString>

namespace wushe {

enum class OrgLevel { Province, City, County, Township, Village };
enum class AreaType { Urban, Rural, Other };

inline constexpr EnumTable<OrgLevel, 5> kOrgLevels{
    "OrgUnit",
    {{{OrgLevel::Province, "province", QT_TRANSLATE_NOOP("OrgUnit", "省")},
      {OrgLevel::City, "city", QT_TRANSLATE_NOOP("OrgUnit", "市")},
      {OrgLevel::County, "county", QT_TRANSLATE_NOOP("OrgUnit", "县（区）")},
      {OrgLevel::Township, "township", QT_TRANSLATE_NOOP("OrgUnit", "乡镇（街道）")},
      {OrgLevel::Village, "village", QT_TRANSLATE_NOOP("OrgUnit", "村（社区）")}}}};

inline constexpr EnumTable<AreaType, 3> kAreaTypes{
    "OrgUnit",
    {{{AreaType::Urban, "urban", QT_TRANSLATE_NOOP("OrgUnit", "城市")},
      {AreaType::Rural, "rural", QT_TRANSLATE_NOOP("OrgUnit", "农村")},
      {AreaType::Other, "other", QT_TRANSLATE_NOOP("OrgUnit", "其他")}}}};

// An administrative division (GB/T 2260 + 12-digit statistical code).
struct OrgUnit
{
    QString code;
    QString name;
    OrgLevel level = OrgLevel::Village;
    QString parentCode;
    QString kind;        // 街道/镇/乡/社区/村/县/区 … as published
    AreaType areaType = AreaType::Other;
    bool pilotCounty = false;
    int depth = 0;       // 0 for the jurisdiction itself

    bool operator==(const OrgUnit&) const = default;
};

// 街道 and 社区 are urban, 镇/乡/村 rural; anything else (开发区, 农场 …) is "other".
AreaType areaTypeOfKind(QStringView kind);

} // namespace wushe

namespace wushe {

// Division codes are hierarchical by prefix (city 4 digits, county 6, township 9,
// village 12), so "everything under a unit" is one index range on org_code.
struct CodeRange
{
    QString low;
    QString high;
    bool contains(QStringView code) const { return code >= low && code <= high; }
};
CodeRange subtreeRange(QStringView code, OrgLevel level);

} // namespace wushe
