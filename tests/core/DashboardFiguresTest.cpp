#include "DemoTestSupport.h"
#include "org/DashboardFigures.h"
#include "storage/CommunityOrgRepository.h"
#include "storage/DueList.h"
#include "storage/OrgUnitRepository.h"
#include "storage/ServiceActivityRepository.h"
#include "storage/ServiceUnitRepository.h"
#include "storage/StationStandardFacts.h"
#include "storage/VolunteerRepository.h"

#include <QHash>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace wushe;

namespace {

const QString kCounty = QStringLiteral("610523000000");
const QString kXuzhuang = QStringLiteral("610523101000"); // 许庄镇

// The figures worked out again from the repositories' rows, counted here in C++.
struct Expected
{
    QHash<ServiceDomain, qint64> activities;
    QHash<QString, qint64> minutesByMonth; // yyyy-MM
    int standardized = 0;
    int notStandardized = 0;
    QHash<QString, int> organizationsByTownship; // township code
};

Expected expectedFor(const storage::Database& db, const QString& code, QDate day)
{
    Expected expected;
    const storage::WriteContext context = test::writeContext();
    auto activities = storage::ServiceActivityRepository(db.sql(), context)
                          .list(code, org::DashboardFigures::quarterStart(day), day);
    REQUIRE(activities);
    for (const ServiceActivity& activity : *activities)
        ++expected.activities[activity.domain];

    const QDate firstMonth = QDate(day.year(), day.month(), 1).addMonths(-11);
    auto services = storage::VolunteerRepository(db.sql(), context).services(code, firstMonth, day);
    REQUIRE(services);
    for (const VolunteerService& service : *services)
        expected.minutesByMonth[service.servedOn.toString(QStringLiteral("yyyy-MM"))] += service.minutes;

    auto units = storage::ServiceUnitRepository(db.sql(), context).under(code);
    REQUIRE(units);
    for (const ServiceUnit& unit : *units) {
        if (unit.tier != ServiceTier::TownshipStation)
            continue;
        auto standard = storage::StationStandardFacts::evaluate(db.sql(), unit.meta.id, day);
        REQUIRE(standard);
        ++(standard->standardized ? expected.standardized : expected.notStandardized);
    }

    auto orgs = storage::CommunityOrgRepository(db.sql(), context).list(code);
    REQUIRE(orgs);
    for (const CommunityOrg& org : *orgs)
        if (org.status == CommunityOrgStatus::Active && (org.foundedOn.isNull() || org.foundedOn <= day))
            ++expected.organizationsByTownship[org.meta.orgCode.left(9) + QStringLiteral("000")];
    return expected;
}

} // namespace

TEST_CASE("Dashboard figures of the county match counts of the demo's rows", "[dashboard]")
{
    const test::DemoDb& demo = test::defaultDemo();
    const storage::Database& db = *demo.db;
    const QDate day = test::kToday;
    auto figures = org::DashboardFigures::load(db.sql(), kCounty, day);
    REQUIRE(figures);
    const Expected expected = expectedFor(db, kCounty, day);

    CHECK(figures->quarterFrom == QDate(2026, 4, 1));
    CHECK(figures->stationsStandardized == expected.standardized);
    CHECK(figures->stationsNotStandardized == expected.notStandardized);
    CHECK(figures->stationsStandardized + figures->stationsNotStandardized == 17);

    REQUIRE(figures->activitiesByDomain.size() == 8);
    qint64 activityTotal = 0;
    for (const auto& count : figures->activitiesByDomain) {
        CHECK(count.activities == expected.activities.value(count.domain));
        activityTotal += count.activities;
    }
    CHECK(activityTotal > 0); // the demo records activities every quarter

    REQUIRE(figures->volunteerMinutes.size() == 12);
    CHECK(figures->volunteerMinutes.first().month == QDate(2025, 7, 1));
    CHECK(figures->volunteerMinutes.last().month == QDate(2026, 6, 1));
    qint64 minutes = 0;
    for (const auto& month : figures->volunteerMinutes) {
        CHECK(month.minutes == expected.minutesByMonth.value(month.month.toString(QStringLiteral("yyyy-MM"))));
        minutes += month.minutes;
    }
    CHECK(minutes > 0);

    // One bar per township, each with its organizations and its villages' targets.
    REQUIRE(figures->organizations.size() == 17);
    auto villages = storage::OrgUnitRepository(db.sql()).subtree(kCounty);
    REQUIRE(villages);
    for (const auto& bar : figures->organizations) {
        INFO(test::u8(bar.name));
        CHECK(bar.organizations == expected.organizationsByTownship.value(bar.code));
        int target = 0;
        int communities = 0;
        for (const OrgUnit& village : *villages)
            if (village.level == OrgLevel::Village && village.parentCode == bar.code) {
                target += village.areaType == AreaType::Urban ? 10 : 5;
                ++communities;
            }
        CHECK(bar.target == target);
        CHECK(bar.communities == communities);
        CHECK(bar.communitiesMet <= bar.communities);
    }

    // Visits done this quarter, counted with a statement of its own per ledger.
    REQUIRE(figures->visits.size() == 3);
    auto due = storage::DueList(db.sql()).dueAndOverdue(kCounty, day, 0);
    REQUIRE(due);
    qint64 dueTotal = 0;
    for (const auto& bar : figures->visits) {
        QSqlQuery query(db.sql());
        query.prepare(QStringLiteral("SELECT count(*) FROM visit WHERE ledger = ? AND deleted = 0 "
                                     "AND visit_on >= '2026-04-01' AND visit_on <= '2026-06-30'"));
        query.addBindValue(kLedgers.key(bar.ledger));
        REQUIRE(query.exec());
        REQUIRE(query.next());
        CHECK(bar.done == query.value(0).toLongLong());
        dueTotal += bar.due;
    }
    CHECK(dueTotal == due->size());
}

TEST_CASE("Dashboard figures of a township count only that township", "[dashboard]")
{
    const test::DemoDb& demo = test::defaultDemo();
    const storage::Database& db = *demo.db;
    const QDate day = test::kToday;
    auto county = org::DashboardFigures::load(db.sql(), kCounty, day);
    auto township = org::DashboardFigures::load(db.sql(), kXuzhuang, day);
    REQUIRE(county);
    REQUIRE(township);
    const Expected expected = expectedFor(db, kXuzhuang, day);

    CHECK(township->stationsStandardized + township->stationsNotStandardized == 1);
    CHECK(township->stationsStandardized == expected.standardized);
    for (const auto& count : township->activitiesByDomain)
        CHECK(count.activities == expected.activities.value(count.domain));
    // Bars are the township's villages; together they hold the township's organizations.
    int organizations = 0;
    for (const auto& bar : township->organizations) {
        CHECK(bar.code.startsWith(kXuzhuang.left(9)));
        CHECK(bar.communities == 1);
        organizations += bar.organizations;
    }
    CHECK(organizations == expected.organizationsByTownship.value(kXuzhuang));
    for (const auto& bar : county->organizations)
        if (bar.code == kXuzhuang)
            CHECK(bar.organizations == organizations);

    auto unknown = org::DashboardFigures::load(db.sql(), QStringLiteral("610102000000"), day);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().key == QStringLiteral("unit.unknown"));
}
