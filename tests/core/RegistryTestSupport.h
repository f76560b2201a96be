#pragma once

// Shared by the registry tests: a township station with staff, activities and
// community organizations in the ledger tests' 大荔县 database.

#include "LedgerTestSupport.h"
#include "domain/CommunityOrg.h"
#include "domain/ServiceActivity.h"
#include "domain/ServiceUnit.h"
#include "storage/CommunityOrgRepository.h"
#include "storage/ServiceActivityRepository.h"
#include "storage/ServiceUnitRepository.h"

namespace wushe::test {

inline const QString kOtherTownship = QStringLiteral("610523102000"); // 朝邑镇
inline const QString kOtherTownshipVillage = QStringLiteral("610523102001");

inline ServiceUnit townshipStation(const LedgerDb& db, bool rulesInPlace = true, const QString& township = kTownship)
{
    ServiceUnit unit;
    unit.meta.orgCode = township;
    unit.tier = ServiceTier::TownshipStation;
    unit.name = QStringLiteral("许庄镇社会工作服务站");
    unit.establishedOn = QDate(2023, 5, 1);
    unit.rulesInPlace = rulesInPlace;
    ok(storage::ServiceUnitRepository(db.sql(), db.context()).add(unit));
    return unit;
}

inline StationStaff addStaff(const LedgerDb& db, const ServiceUnit& unit, const QString& name, QDate start,
                             QDate end = {})
{
    StationStaff staff;
    staff.meta.orgCode = unit.meta.orgCode;
    staff.serviceUnitId = unit.meta.id;
    staff.name = name;
    staff.post = StaffPost::ResidentWorker;
    staff.startOn = start;
    staff.endOn = end;
    ok(storage::ServiceUnitRepository(db.sql(), db.context()).addStaff(staff));
    return staff;
}

inline ServiceActivity activity(ActivityKind kind, QDate day, const QString& orgCode, const QString& unitId = {})
{
    ServiceActivity a;
    a.meta.orgCode = orgCode;
    a.heldOn = day;
    a.kind = kind;
    a.domain = ServiceDomain::ElderlyCare;
    a.serviceUnitId = unitId;
    a.title = QStringLiteral("光华社区高龄老人") + kActivityKinds.label(kind);
    a.societies = quint32(Society::Community) | quint32(Society::SocialWorker);
    a.peopleServed = 12;
    return a;
}

inline ServiceActivity addActivity(const LedgerDb& db, ActivityKind kind, QDate day, const QString& orgCode,
                                   const QString& unitId = {})
{
    ServiceActivity a = activity(kind, day, orgCode, unitId);
    ok(storage::ServiceActivityRepository(db.sql(), db.context()).add(a));
    return a;
}

inline CommunityOrg communityOrg(const QString& village, const QString& name, bool counts,
                                 CommunityOrgStatus status = CommunityOrgStatus::Active)
{
    CommunityOrg org;
    org.meta.orgCode = village;
    org.name = name;
    org.registration = OrgRegistration::Filed;
    org.registrationNo = QStringLiteral("许庄备001");
    org.type = counts ? CommunityOrgType::PublicWelfare : CommunityOrgType::CultureSports;
    org.countsAsService = counts;
    org.leaderName = QStringLiteral("李秀英");
    org.members = 20;
    org.foundedOn = QDate(2022, 3, 1);
    org.status = status;
    return org;
}

// `total` organizations in the village of which `counting` count as service.
inline void addOrgs(const LedgerDb& db, const QString& village, int total, int counting)
{
    storage::CommunityOrgRepository repository(db.sql(), db.context());
    for (int i = 0; i < total; ++i) {
        CommunityOrg org = communityOrg(village, QStringLiteral("组织%1").arg(i + 1), i < counting);
        ok(repository.add(org));
    }
}

} // namespace wushe::test
