#include "RegistryTestSupport.h"

#include "rules/StationStandard.h"
#include "storage/StationStandardFacts.h"

using namespace wushe;
using namespace wushe::test;

namespace {

// The four kinds of work the rule asks for, by the station, in the last 3 months.
void addCoreWork(const LedgerDb& db, const ServiceUnit& unit, QDate day = kLedgerToday.addDays(-20))
{
    for (ActivityKind kind : {ActivityKind::NeedsSurvey, ActivityKind::ServicePlan, ActivityKind::ResourceLinking,
                              ActivityKind::ProfessionalService})
        addActivity(db, kind, day, kVillage, unit.meta.id);
}

rules::StationStandardResult evaluate(const LedgerDb& db, const ServiceUnit& unit, QDate day = kLedgerToday)
{
    return ok(storage::StationStandardFacts::evaluate(db.sql(), unit.meta.id, day));
}

} // namespace

TEST_CASE("Station standard: 2 resident staff is not standardized, and says why", "[registry][station]")
{
    LedgerDb db;
    const ServiceUnit unit = townshipStation(db);
    addStaff(db, unit, QStringLiteral("王伟"), QDate(2023, 5, 1));
    addStaff(db, unit, QStringLiteral("李娜"), QDate(2023, 6, 1));
    addCoreWork(db, unit);

    const auto result = evaluate(db, unit);
    CHECK_FALSE(result.standardized);
    CHECK(result.staffOnDuty == 2);
    CHECK(result.failing == QStringList{QStringLiteral("驻站人员不足3人（现有2人）")});
}

TEST_CASE("Station standard: 3 staff, rules and the four kinds of work is standardized", "[registry][station]")
{
    LedgerDb db;
    const ServiceUnit unit = townshipStation(db);
    addStaff(db, unit, QStringLiteral("王伟"), QDate(2023, 5, 1));
    addStaff(db, unit, QStringLiteral("李娜"), QDate(2023, 6, 1));
    addStaff(db, unit, QStringLiteral("张敏"), QDate(2024, 1, 2));
    addCoreWork(db, unit);

    const auto result = evaluate(db, unit);
    CHECK(result.standardized);
    CHECK(result.failing.isEmpty());
    CHECK(result.windowFrom == QDate(2024, 3, 16));
    CHECK(result.windowTo == kLedgerToday);

    // Staff who left, or start later, are not on duty that day.
    CHECK(evaluate(db, unit, QDate(2023, 12, 31)).failing.contains(QStringLiteral("驻站人员不足3人（现有2人）")));
}

TEST_CASE("Station standard: each missing condition is named", "[registry][station]")
{
    LedgerDb db;
    const ServiceUnit unit = townshipStation(db, false);
    addStaff(db, unit, QStringLiteral("王伟"), QDate(2023, 5, 1));
    addStaff(db, unit, QStringLiteral("李娜"), QDate(2023, 6, 1));
    addStaff(db, unit, QStringLiteral("张敏"), QDate(2023, 6, 1), QDate(2024, 5, 31)); // left before the day
    addActivity(db, ActivityKind::NeedsSurvey, QDate(2024, 6, 1), kVillage, unit.meta.id);
    addActivity(db, ActivityKind::ServicePlan, QDate(2024, 6, 2), kVillage, unit.meta.id);
    // Resource linking by another unit, but in the station's township: counts.
    addActivity(db, ActivityKind::ResourceLinking, QDate(2024, 6, 3), kOtherVillage);
    // Professional service in another township does not.
    addActivity(db, ActivityKind::ProfessionalService, QDate(2024, 6, 3), kOtherTownshipVillage);

    const auto result = evaluate(db, unit);
    CHECK_FALSE(result.standardized);
    CHECK(result.failing == QStringList{QStringLiteral("驻站人员不足3人（现有2人）"), QStringLiteral("各项制度不健全"),
                                        QStringLiteral("缺少专业服务记录")});
}

TEST_CASE("Station standard: the window is the 3 calendar months ending on the day", "[registry][station]")
{
    LedgerDb db;
    const ServiceUnit unit = townshipStation(db);
    for (const char* name : {"王伟", "李娜", "张敏"})
        addStaff(db, unit, QString::fromUtf8(name), QDate(2023, 5, 1));
    addCoreWork(db, unit, QDate(2024, 3, 16)); // first day of the window for 2024-06-15
    CHECK(evaluate(db, unit).standardized);
    // A day later the survey and the rest are more than 3 months old.
    const auto later = evaluate(db, unit, QDate(2024, 6, 16));
    CHECK_FALSE(later.standardized);
    CHECK(later.failing == QStringList{QStringLiteral("缺少需求调研记录"), QStringLiteral("缺少服务计划记录"),
                                       QStringLiteral("缺少资源链接记录"), QStringLiteral("缺少专业服务记录")});
    // Work recorded after the day does not count either.
    CHECK_FALSE(evaluate(db, unit, QDate(2024, 3, 15)).standardized);
}

TEST_CASE("Station standard: deleted work does not count, and only township stations are rated", "[registry][station]")
{
    LedgerDb db;
    const ServiceUnit unit = townshipStation(db);
    for (const char* name : {"王伟", "李娜", "张敏"})
        addStaff(db, unit, QString::fromUtf8(name), QDate(2023, 5, 1));
    addCoreWork(db, unit);
    ServiceActivity extra = addActivity(db, ActivityKind::ServicePlan, QDate(2024, 6, 1), kTownship, unit.meta.id);
    CHECK(evaluate(db, unit).standardized);
    auto plans = ok(storage::ServiceActivityRepository(db.sql(), db.context()).ofUnit(unit.meta.id, QDate(2024, 1, 1),
                                                                                      kLedgerToday));
    for (ServiceActivity& plan : plans)
        if (plan.kind == ActivityKind::ServicePlan)
            ok(storage::ServiceActivityRepository(db.sql(), db.context()).remove(plan));
    CHECK(evaluate(db, unit).failing == QStringList{QStringLiteral("缺少服务计划记录")});

    ServiceUnit room;
    room.meta.orgCode = kVillage;
    room.tier = ServiceTier::CommunityRoom;
    room.name = QStringLiteral("光华社区社会工作室");
    ok(storage::ServiceUnitRepository(db.sql(), db.context()).add(room));
    const auto roomResult = evaluate(db, room);
    CHECK_FALSE(roomResult.standardized);
    CHECK(roomResult.failing == QStringList{QStringLiteral("规范建设只评定乡镇（街道）社会工作服务站")});
    CHECK(storage::StationStandardFacts::evaluate(db.sql(), QStringLiteral("no-such-unit"), kLedgerToday).error().key
          == QStringLiteral("station_standard.unit"));
}

TEST_CASE("Station standard: the rule is a function of plain facts", "[registry][station]")
{
    rules::StationFacts facts;
    facts.staffOnDuty = rules::StationStandard::kMinResidentStaff;
    facts.rulesInPlace = true;
    facts.activitiesHeld = rules::StationStandard::requiredActivities();
    const auto met = rules::StationStandard::evaluate(facts, kLedgerToday);
    CHECK(met.standardized);
    CHECK(met.windowFrom == kLedgerToday.addMonths(-3).addDays(1));

    facts.activitiesHeld.removeAll(ActivityKind::ServicePlan);
    const auto missing = rules::StationStandard::evaluate(facts, kLedgerToday);
    CHECK_FALSE(missing.standardized);
    REQUIRE(missing.failing.size() == 1);
    CHECK(missing.failing.first().startsWith(QStringLiteral("缺少")));
}
