#pragma once

#include "domain/EnumTable.h"
#include "domain/OrgUnit.h"
#include "domain/RecordMeta.h"

#include <QDate>

namespace wushe {

// The four tiers of the social-work service system (四级社会工作服务体系).
enum class ServiceTier { CityWorkBody = 1, CountyStation = 2, TownshipStation = 3, CommunityRoom = 4 };

inline constexpr EnumTable<ServiceTier, 4> kServiceTiers{
    "ServiceUnit",
    {{{ServiceTier::CityWorkBody, "city_work_body", QT_TRANSLATE_NOOP("ServiceUnit", "市级“五社联动”工作机构")},
      {ServiceTier::CountyStation, "county_station", QT_TRANSLATE_NOOP("ServiceUnit", "县级社会工作服务总站")},
      {ServiceTier::TownshipStation, "township_station", QT_TRANSLATE_NOOP("ServiceUnit", "乡镇（街道）社会工作服务站")},
      {ServiceTier::CommunityRoom, "community_room", QT_TRANSLATE_NOOP("ServiceUnit", "社区（村）社会工作服务室")}}}};

// Each tier sits on one level of division: a city's work body, a county's station …
OrgLevel orgLevelOfTier(ServiceTier tier);
std::optional<ServiceTier> tierOfOrgLevel(OrgLevel level);

struct ServiceUnit
{
    RecordMeta meta;
    ServiceTier tier = ServiceTier::TownshipStation;
    QString name;
    QDate establishedOn;
    QString address;
    QString phone;
    bool standardized = false;   // 规范建设; the full rule comes with the registry
    bool rulesInPlace = false;   // 各项制度健全
    QString note;
};

enum class StaffPost { Head, ResidentWorker };

inline constexpr EnumTable<StaffPost, 2> kStaffPosts{
    "ServiceUnit",
    {{{StaffPost::Head, "head", QT_TRANSLATE_NOOP("ServiceUnit", "站长")},
      {StaffPost::ResidentWorker, "resident_worker", QT_TRANSLATE_NOOP("ServiceUnit", "驻站社工")}}}};

// A person working at a station for a period (驻站人员).
struct StationStaff
{
    RecordMeta meta;
    QString serviceUnitId;
    QString name;
    QString idNumber;
    QString phone;
    StaffPost post = StaffPost::ResidentWorker;
    QDate startOn;
    QDate endOn; // null while still at the station

    bool isActiveOn(QDate day) const { return startOn <= day && (endOn.isNull() || endOn >= day); }
};

} // namespace wushe
