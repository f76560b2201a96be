#include "QuarterlyTestSupport.h"

#include "quarterly/QuarterlyReport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;
using namespace wushe::quarterly;

namespace {

struct Expected
{
    const char* key;
    const char* thisQuarter;
    const char* lastQuarter;
};

// 2024Q2 against 2024Q1 for the fixture of QuarterlyTestSupport.h, worked out by
// hand from the rows it writes (reasons in the comments).
const Expected kExpected[] = {
    {"system.city_bodies", "0", "0"},
    {"system.county_stations", "1", "1"},
    {"system.stations", "2", "1"},                  // the second station opened 2024-05-10
    {"system.stations_standardized", "1", "0"},     // Q1 had only a needs survey
    {"system.station_staff", "4", "3"},             // 甲丙戊 + 己; Q1 甲乙戊 (丁 deleted)
    {"system.stations_understaffed", "1", "0"},     // 二站 with 己 alone
    {"system.rooms", "2", "2"},                     // 室三 deleted, 室四 opens in July
    {"system.villages", "301", "301"},              // 大荔县 has 301 villages and communities
    {"system.villages_with_room", "2", "2"},
    {"system.room_coverage", "0.66%", "0.66%"},     // 2 / 301
    {"training.sessions.city", "0", "0"},
    {"training.trainees.city", "0", "0"},
    {"training.sessions.county", "1", "0"},         // the deleted county training of May does not count
    {"training.trainees.county", "2", "0"},         // one trainee deleted
    {"training.sessions.township", "0", "1"},
    {"training.trainees.township", "0", "1"},
    {"services.activities", "5", "1"},              // deleted publicity and July's service left out
    {"services.people_served", "42", "20"},         // 10 + 5 + 8 + 12 + 7
    {"services.kind.needs_survey", "1", "1"},
    {"services.kind.service_plan", "1", "0"},
    {"services.kind.resource_linking", "1", "0"},
    {"services.kind.professional_service", "1", "0"},
    {"services.domain.social_relief.activities", "1", "0"},
    {"services.domain.social_relief.people", "8", "0"},
    {"services.domain.elderly_care.activities", "3", "1"},
    {"services.domain.elderly_care.people", "22", "20"},
    {"services.domain.child_welfare.activities", "1", "0"},
    {"services.domain.child_welfare.people", "12", "0"},
    {"services.domain.safety.activities", "0", "0"},
    {"orgs.total", "18", "15"},                     // 10 + 3 (founded April) + 5; dissolved and deleted left out
    {"orgs.registered", "5", "5"},
    {"orgs.filed", "13", "10"},
    {"orgs.counting", "10", "9"},
    {"orgs.counting_share", "55.56%", "60.00%"},    // 10/18, 9/15
    {"orgs.communities_meeting", "2", "2"},         // v1 (10, 6 counting) and v3 (rural: 5, 3 counting)
    {"orgs.communities_below", "299", "299"},
    {"volunteers.registered", "2", "1"},
    {"volunteers.new", "1", "0"},
    {"volunteers.teams", "2", "2"},
    {"volunteers.services", "2", "1"},
    {"volunteers.hours", "3.5", "1.0"},             // 120 + 90 minutes; 60
    {"volunteers.joint", "1", "1"},
    {"charity.happy_home", "2", "1"},
    {"charity.funds", "2", "1"},
    {"charity.fund_balance", "103000.00", "105000.00"}, // 100000 + 5000 − 2000; July's inflow after the quarter
    {"charity.donations", "2", "1"},
    {"charity.donation_money", "1234.56", "100.00"},
    {"charity.supermarkets", "2", "1"},             // the closed one does not count
    {"ledgers.elderly", "4", "3"},
    {"ledgers.elderly.left_behind", "1", "1"},
    {"ledgers.elderly.living_alone", "1", "0"},
    {"ledgers.elderly.disabled", "1", "1"},
    {"ledgers.elderly.very_old", "2", "2"},
    {"ledgers.elderly.empty_nest", "0", "0"},
    {"ledgers.children", "2", "1"},
    {"ledgers.children.left_behind", "1", "1"},
    {"ledgers.children.poor_family", "1", "0"},
    {"ledgers.children.disabled", "1", "0"},
    {"ledgers.relief", "3", "2"},                   // the stopped household left out
    {"ledgers.relief.dibao_rural", "1", "1"},
    {"ledgers.relief.dibao_urban", "0", "0"},
    {"ledgers.relief.tekun_dispersed", "1", "1"},
    {"ledgers.relief.temporary", "1", "0"},
    {"ledgers.visits.elderly", "4", "2"},           // deleted visit and the deleted person's visit left out
    {"ledgers.visited.elderly", "3", "2"},
    {"ledgers.visits.child", "2", "0"},
    {"ledgers.visited.child", "2", "0"},
    {"ledgers.overdue.elderly", "1", "1"},          // 老二 never visited (due May 1); Q1: 老四 (due Jan 1)
    {"ledgers.overdue.child", "1", "1"},            // 童一 due May 20; Q1 never visited by then
    {"ledgers.overdue.relief", "1", "1"},           // 户二 never checked
    {"ledgers.household_checks", "1", "0"},
    {"ledgers.reviews", "0", "1"},
    {"ledgers.referrals", "2", "1"},
    {"ledgers.referral_aid", "500.00", "0.00"},
    {"purchased.projects", "1", "2"},
    {"purchased.contract_amount", "200000.00", "250000.00"},
    {"purchased.spending", "40000.00", "20000.00"},
    {"purchased.labour", "30000.00", "20000.00"},
    {"purchased.labour_share", "75.00%", "100.00%"},
    {"purchased.evaluations", "1", "1"},
    {"purchased.evaluations_published", "0", "1"},
};

QString tsvOf(const ReportData& data)
{
    QString tsv;
    for (const Figure& figure : data.figures)
        tsv += QStringLiteral("%1\t%2\t%3\t%4\n")
                   .arg(figure.key, figure.label, formatValue(figure.kind, figure.thisQuarter),
                        formatValue(figure.kind, figure.lastQuarter));
    return tsv;
}

} // namespace

TEST_CASE("Quarterly report figures of a small county match the hand-worked values", "[quarterly]")
{
    QTemporaryDir dir;
    storage::Database db = createJurisdiction(dir.filePath(QStringLiteral("q.db")), QStringLiteral("610523000000"));
    const test::fixture::Fixture f = test::fixture::buildFixture(db.sql());
    auto data = QuarterlyReport(db.sql()).compute(f.county, Quarter{2024, 2});
    INFO((data ? std::string() : u8(data.error().toString())));
    REQUIRE(data.has_value());
    CHECK(u8(data->unitName) == "大荔县");
    for (const Expected& expected : kExpected) {
        INFO(expected.key);
        const Figure* figure = data->find(QString::fromLatin1(expected.key));
        REQUIRE(figure != nullptr);
        CHECK(u8(formatValue(figure->kind, figure->thisQuarter)) == expected.thisQuarter);
        CHECK(u8(formatValue(figure->kind, figure->lastQuarter)) == expected.lastQuarter);
    }

    SECTION("per township")
    {
        const Figure* activities = data->find(QStringLiteral("services.activities"));
        CHECK(activities->byUnit.value(f.t1) == 4);
        CHECK(activities->byUnit.value(f.t2) == 1);
        CHECK(activities->byUnit.size() == 2);
        const Figure* staff = data->find(QStringLiteral("system.station_staff"));
        CHECK(staff->byUnit.value(f.t1) == 3);
        CHECK(staff->byUnit.value(f.t2) == 1);
        CHECK(data->find(QStringLiteral("purchased.projects"))->byUnit.value(f.county) == 1);
        CHECK(data->find(QStringLiteral("system.villages"))->byUnit.value(f.t1) == 18); // 西城街道's communities
        REQUIRE(data->breakdownUnits.size() == 18); // 17 townships and 县本级
        CHECK(data->breakdownUnits.last().first == f.county);
    }

    SECTION("flags")
    {
        QStringList understaffed;
        QStringList pilot;
        int below = 0;
        QStringList overdue;
        for (const Flag& flag : data->flags) {
            if (flag.key == u"station.understaffed")
                understaffed << flag.unitCode + u' ' + flag.message;
            else if (flag.key == u"pilot.coverage")
                pilot << flag.unitCode + u' ' + flag.message;
            else if (flag.key == u"orgs.below_target")
                ++below;
            else if (flag.key == u"ledgers.overdue")
                overdue << flag.message;
        }
        CHECK(understaffed == QStringList{f.t2 + QStringLiteral(" 驻站人员1人，不足3人")});
        CHECK(pilot == QStringList{f.t1 + QStringLiteral(" 试点乡镇覆盖村（社区）2个/18个，未超过半数")});
        CHECK(below == 299);
        CHECK(overdue == QStringList{QStringLiteral("1名老年人超过探访周期未探访"), QStringLiteral("1名儿童超过探访周期未探访"),
                                     QStringLiteral("1户救助家庭超过复核周期未核查")});
    }

    SECTION("drill-down lists the records behind a figure")
    {
        QuarterlyReport report(db.sql());
        auto overdue = report.drillDown(f.county, Quarter{2024, 2}, QStringLiteral("ledgers.overdue.elderly"));
        REQUIRE(overdue.has_value());
        REQUIRE(overdue->size() == 1);
        CHECK(u8(overdue->first().text) == "老二");
        auto staff = report.drillDown(f.county, Quarter{2024, 2}, QStringLiteral("system.station_staff"));
        REQUIRE(staff.has_value());
        QStringList names;
        for (const DrillRow& row : *staff)
            names << row.text;
        names.sort();
        CHECK(names == QStringList{QStringLiteral("丙（一站）"), QStringLiteral("己（二站）"), QStringLiteral("戊（一站）"),
                                   QStringLiteral("甲（一站）")});
        auto activities = report.drillDown(f.t1, Quarter{2024, 2}, QStringLiteral("services.activities"));
        REQUIRE(activities.has_value());
        CHECK(activities->size() == 4);
        CHECK(keyOf(report.drillDown(f.county, Quarter{2024, 2}, QStringLiteral("orgs.counting_share"))) == "report.figure");
    }

    SECTION("a township's report counts its own villages only")
    {
        auto township = QuarterlyReport(db.sql()).compute(f.t1, Quarter{2024, 2});
        REQUIRE(township.has_value());
        CHECK(township->find(QStringLiteral("services.activities"))->thisQuarter == 4);
        CHECK(township->find(QStringLiteral("system.villages"))->thisQuarter == 18);
        CHECK(township->find(QStringLiteral("ledgers.elderly"))->thisQuarter == 2); // 老一, 老二
        CHECK(township->find(QStringLiteral("services.activities"))->byUnit.value(f.v1) == 1); // per village
    }

    SECTION("the reviewed reference TSV")
    {
        QFile reference(sourcePath(QStringLiteral("tests/data/quarterly_reference.tsv")));
        REQUIRE(reference.open(QIODevice::ReadOnly));
        const QString expected = QString::fromUtf8(reference.readAll());
        const QString actual = tsvOf(*data);
        if (actual != expected) {
            QFile out(QDir::temp().filePath(QStringLiteral("wushe_quarterly_actual.tsv")));
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(actual.toUtf8());
            WARN("actual TSV written to " << u8(out.fileName()));
        }
        CHECK(u8(actual) == u8(expected));
    }
}

TEST_CASE("Quarters parse, name their days and fall due 15 days after they end", "[quarterly]")
{
    auto q = Quarter::parse(QStringLiteral("2024Q1"));
    REQUIRE(q.has_value());
    CHECK(q->firstDay() == QDate(2024, 1, 1));
    CHECK(q->lastDay() == QDate(2024, 3, 31));
    CHECK(q->dueDate() == QDate(2024, 4, 15));
    CHECK(q->previous() == Quarter{2023, 4});
    CHECK(u8(q->label()) == "2024年第1季度");
    CHECK(Quarter{2024, 4}.lastDay() == QDate(2024, 12, 31));
    CHECK(keyOf(Quarter::parse(QStringLiteral("2024Q5"))) == "quarter.format");
    CHECK(keyOf(Quarter::parse(QStringLiteral("24Q1"))) == "quarter.format");
    CHECK(u8(changeText(110, 100)) == "+10.0%");
    CHECK(u8(changeText(2, 3)) == "-33.3%");
    CHECK(u8(changeText(5, 0)) == "—");
}

namespace {

// Everything a report shows, one line per value, to compare two computations.
QStringList linesOf(const ReportData& data)
{
    QStringList lines;
    for (const Figure& figure : data.figures) {
        lines << QStringLiteral("%1 %2 %3").arg(figure.key).arg(figure.thisQuarter).arg(figure.lastQuarter);
        for (auto it = figure.byUnit.cbegin(); it != figure.byUnit.cend(); ++it)
            lines << QStringLiteral("%1 %2 %3").arg(figure.key, it.key()).arg(it.value());
    }
    for (const Flag& flag : data.flags)
        lines << flag.key + u' ' + flag.unitCode + u' ' + flag.message;
    for (const auto& [code, name] : data.breakdownUnits)
        lines << code + u' ' + name;
    return lines;
}

} // namespace

TEST_CASE("Last quarter computed on a second connection gives the same report as on one", "[quarterly]")
{
    QTemporaryDir dir;
    storage::Database db = createJurisdiction(dir.filePath(QStringLiteral("q.db")), QStringLiteral("610523000000"));
    const test::fixture::Fixture f = test::fixture::buildFixture(db.sql());
    for (const QString& unit : {f.county, f.t1, f.t2}) {
        INFO(u8(unit));
        QuarterlyReport concurrent(db.sql());
        QuarterlyReport sequential(db.sql());
        sequential.setConcurrent(false);
        auto one = concurrent.compute(unit, Quarter{2024, 2});
        auto other = sequential.compute(unit, Quarter{2024, 2});
        REQUIRE(one.has_value());
        REQUIRE(other.has_value());
        CHECK(linesOf(*one) == linesOf(*other));
    }
}

TEST_CASE("Inside an open transaction the report reads its own uncommitted rows for both quarters", "[quarterly]")
{
    QTemporaryDir dir;
    storage::Database db = createJurisdiction(dir.filePath(QStringLiteral("q.db")), QStringLiteral("610523000000"));
    const test::fixture::Fixture f = test::fixture::buildFixture(db.sql());
    auto before = QuarterlyReport(db.sql()).compute(f.county, Quarter{2024, 2});
    REQUIRE(before.has_value());
    const Figure* visits = before->find(QStringLiteral("ledgers.visits.elderly"));
    REQUIRE(db.sql().transaction());
    // A person registered and visited in 2024Q1, not committed: only this connection sees them.
    const QString e6 = test::fixture::elderly(db.sql(), f.v1, QStringLiteral("老六"), QStringLiteral("2023-01-01"), 1,
                                              QStringLiteral("month"));
    test::fixture::visit(db.sql(), f.v1, QStringLiteral("elderly"), e6, QStringLiteral("2024-03-10"));
    auto during = QuarterlyReport(db.sql()).compute(f.county, Quarter{2024, 2});
    REQUIRE(db.sql().rollback());
    REQUIRE(during.has_value());
    CHECK(during->find(QStringLiteral("ledgers.visits.elderly"))->lastQuarter == visits->lastQuarter + 1);
    CHECK(during->find(QStringLiteral("ledgers.visits.elderly"))->thisQuarter == visits->thisQuarter);
    CHECK(during->find(QStringLiteral("ledgers.elderly"))->lastQuarter
          == before->find(QStringLiteral("ledgers.elderly"))->lastQuarter + 1);
}
