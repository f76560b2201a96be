#include "DemoTestSupport.h"
#include "report/RegistryListDocument.h"
#include "report/RegistrySpecs.h"
#include "storage/CommunityOrgRepository.h"
#include "storage/OrgTargetFacts.h"
#include "storage/ServiceActivityRepository.h"
#include "storage/ServiceUnitRepository.h"
#include "storage/SocialWorkerRepository.h"
#include "storage/StationStandardFacts.h"
#include "storage/TrainingRepository.h"
#include "storage/VolunteerRepository.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace wushe;

namespace {

const QString kCounty = QStringLiteral("610523000000");
const QString kXuzhuang = QStringLiteral("610523101000"); // 许庄镇

storage::RegistryScope scope(const QString& code, QDate from = {}, QDate to = {})
{
    return {code, from, to, test::kToday};
}

qint64 countOf(const storage::Database& db, const storage::RegistrySpec& spec, const storage::RegistryScope& scope)
{
    auto count = storage::RegistryList(db.sql(), spec).count(scope);
    INFO((count ? std::string() : test::u8(count.error().toString())));
    REQUIRE(count);
    return *count;
}

} // namespace

TEST_CASE("Registry lists count what the repositories list, by unit and period", "[registrylist]")
{
    const storage::Database& db = *test::defaultDemo().db;
    const storage::WriteContext context = test::writeContext();
    const QDate from(2026, 1, 1);
    const QDate to(2026, 12, 31);
    for (const QString& code : {kCounty, kXuzhuang}) {
        INFO(test::u8(code));
        auto activities = storage::ServiceActivityRepository(db.sql(), context).list(code, from, to);
        REQUIRE(activities);
        CHECK(countOf(db, report::RegistrySpecs::activities(), scope(code, from, to)) == activities->size());
        auto trainings = storage::TrainingRepository(db.sql(), context).list(code, from, to);
        REQUIRE(trainings);
        CHECK(countOf(db, report::RegistrySpecs::trainings(), scope(code, from, to)) == trainings->size());
        auto workers = storage::SocialWorkerRepository(db.sql(), context).list(code, from, to);
        REQUIRE(workers);
        CHECK(countOf(db, report::RegistrySpecs::socialWorkers(), scope(code, from, to)) == workers->size());
        auto volunteers = storage::VolunteerRepository(db.sql(), context).list(code, {}, to);
        REQUIRE(volunteers);
        CHECK(countOf(db, report::RegistrySpecs::volunteers(), scope(code, from, to)) == volunteers->size());
        auto orgs = storage::CommunityOrgRepository(db.sql(), context).list(code);
        REQUIRE(orgs);
        CHECK(countOf(db, report::RegistrySpecs::communityOrgs(), scope(code)) == orgs->size());
        auto units = storage::ServiceUnitRepository(db.sql(), context).under(code);
        REQUIRE(units);
        CHECK(countOf(db, report::RegistrySpecs::stations(), scope(code, from, to)) == units->size());
    }
    // A narrower period lists fewer activities; another township none of 许庄镇's.
    const qint64 year = countOf(db, report::RegistrySpecs::activities(), scope(kCounty, from, to));
    const qint64 quarter = countOf(db, report::RegistrySpecs::activities(), scope(kCounty, QDate(2026, 4, 1), QDate(2026, 6, 30)));
    CHECK(quarter > 0);
    CHECK(quarter < year);
    // Every other list runs on the demo (the SQL of each spec is valid) and finds rows.
    for (const storage::RegistrySpec& spec :
         {report::RegistrySpecs::volunteerTeams(), report::RegistrySpecs::volunteerServices(),
          report::RegistrySpecs::charityFunds(), report::RegistrySpecs::fundraising(), report::RegistrySpecs::donations(),
          report::RegistrySpecs::supermarkets(), report::RegistrySpecs::happyHomes(), report::RegistrySpecs::referrals(),
          report::RegistrySpecs::purchasedProjects()}) {
        INFO(test::u8(spec.key));
        CHECK(countOf(db, spec, scope(kCounty)) > 0);
        auto page = storage::RegistryList(db.sql(), spec).page(scope(kCounty), 0, 5);
        REQUIRE(page);
        REQUIRE_FALSE(page->isEmpty());
        CHECK(page->first().cells.size() == spec.columns.size());
    }
}

TEST_CASE("Registry list pages follow each other without overlap", "[registrylist]")
{
    const storage::Database& db = *test::defaultDemo().db;
    const storage::RegistryList list(db.sql(), report::RegistrySpecs::activities());
    const storage::RegistryScope all = scope(kCounty);
    auto total = list.count(all);
    REQUIRE(total);
    REQUIRE(*total > 300);
    QSet<QString> seen;
    for (qint64 offset = 0; offset < 300; offset += 100) {
        auto page = list.page(all, offset, 100);
        REQUIRE(page);
        CHECK(page->size() == 100);
        for (const storage::RegistryRow& row : *page)
            seen.insert(row.id);
    }
    CHECK(seen.size() == 300);
    // Newest first: the first row's date is the latest.
    auto first = list.page(all, 0, 1);
    auto last = list.page(all, *total - 1, 1);
    REQUIRE(first);
    REQUIRE(last);
    CHECK(first->first().cells.first() >= last->first().cells.first());
    // Money and hours are shown as yuan and hours.
    CHECK(storage::RegistryList::cellText(db.sql(), {QString(), QString(), storage::CellFormat::Money}, 123456, {}) ==
          QStringLiteral("1234.56"));
    CHECK(storage::RegistryList::cellText(db.sql(), {QString(), QString(), storage::CellFormat::Hours}, 90, {}) ==
          QStringLiteral("1.5"));
    CHECK(storage::RegistryList::cellText(db.sql(), {QString(), QString(), storage::CellFormat::MaskedId},
                                          QStringLiteral("61052319500101123X"), {}) == QStringLiteral("610523********123X"));
}

TEST_CASE("Station list says which standard conditions fail, as the rule does", "[registrylist]")
{
    const storage::Database& db = *test::defaultDemo().db;
    const storage::RegistrySpec spec = report::RegistrySpecs::stations();
    const int standardColumn = 6;
    const int failingColumn = 7;
    REQUIRE(spec.columns.at(standardColumn).header == QStringLiteral("规范建设"));
    auto rows = storage::RegistryList(db.sql(), spec).page(scope(kCounty), 0, 1000);
    REQUIRE(rows);
    int stations = 0;
    for (const storage::RegistryRow& row : *rows) {
        auto unit = storage::ServiceUnitRepository(db.sql(), test::writeContext()).find(row.id);
        REQUIRE(unit);
        REQUIRE(*unit);
        if ((*unit)->tier != ServiceTier::TownshipStation) {
            CHECK(row.cells.at(standardColumn) == QStringLiteral("—"));
            continue;
        }
        ++stations;
        auto standard = storage::StationStandardFacts::evaluate(db.sql(), row.id, test::kToday);
        REQUIRE(standard);
        CHECK(row.cells.at(standardColumn) == (standard->standardized ? QStringLiteral("是") : QStringLiteral("否")));
        CHECK(row.cells.at(failingColumn) == standard->failing.join(u'；'));
        CHECK(row.cells.at(4) == QString::number(standard->staffOnDuty));
    }
    CHECK(stations == 17);
}

TEST_CASE("Communities below the organization target are listed as OrgTargets finds them", "[registrylist]")
{
    const storage::Database& db = *test::defaultDemo().db;
    auto below = storage::OrgTargetFacts::belowTarget(db.sql(), kCounty, test::kToday);
    REQUIRE(below);
    const storage::RegistryList list(db.sql(), report::RegistrySpecs::orgTargetsBelow());
    auto count = list.count(scope(kCounty));
    REQUIRE(count);
    CHECK(*count == below->size());
    auto rows = list.page(scope(kCounty), 0, 10000);
    REQUIRE(rows);
    REQUIRE(rows->size() == below->size());
    for (qsizetype i = 0; i < rows->size(); ++i) {
        CHECK(rows->at(i).id == below->at(i).code);
        CHECK(rows->at(i).cells.at(2) == QString::number(below->at(i).organizations));
        // The township before the village: names repeat across townships.
        CHECK(rows->at(i).cells.at(0).endsWith(QStringLiteral(" / ") + below->at(i).name));
        CHECK_FALSE(rows->at(i).cells.at(5).isEmpty());
    }
}

TEST_CASE("Registry printout lists every row, numbered, under the list's headers", "[registrylist][print]")
{
    const storage::Database& db = *test::defaultDemo().db;
    const storage::RegistryList list(db.sql(), report::RegistrySpecs::trainings());
    const storage::RegistryScope period = scope(kCounty, QDate(2026, 1, 1), QDate(2026, 12, 31));
    report::RegisterTable table;
    auto rows = report::RegistryListDocument::build(table, list, period, QStringLiteral("大荔县"));
    REQUIRE(rows);
    auto count = list.count(period);
    REQUIRE(count);
    CHECK(*rows == *count);
    CHECK(*rows > 0);
    CHECK(table.heading == QStringLiteral("大荔县培训登记"));
    CHECK(table.caption.contains(QStringLiteral("期间 2026-01-01 至 2026-12-31")));
    CHECK(table.caption.contains(QStringLiteral("共 %1 条").arg(*rows)));
    REQUIRE(table.headers.size() == list.spec().columns.size() + 1);
    CHECK(table.headers.first() == QStringLiteral("序号"));
    REQUIRE(table.rows.size() == *rows);
    CHECK(table.rows.last().first() == QString::number(*rows));
    for (const QStringList& row : table.rows)
        CHECK(row.size() == table.headers.size());
    auto firstPage = list.page(period, 0, 1);
    REQUIRE(firstPage);
    CHECK(table.rows.first().mid(1) == firstPage->first().cells);
}
