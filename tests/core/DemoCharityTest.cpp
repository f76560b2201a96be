#include "DemoTestSupport.h"
#include "storage/Sql.h"

using namespace wushe;
using namespace wushe::test;

namespace {

qint64 scalar(const QString& sql)
{
    auto value = storage::scalarInt(defaultDemo().db->sql(), sql);
    INFO((value ? std::string() : u8(value.error().toString())));
    REQUIRE(value.has_value());
    return *value;
}

} // namespace

TEST_CASE("Demo charity: every registry is filled, funds never overdrawn", "[demo][charity]")
{
    for (const char* table : {"charity_fund", "charity_fund_flow", "fundraising_project", "donation",
                              "charity_supermarket", "happy_home_project", "charity_referral", "purchased_project",
                              "project_spending", "project_evaluation"}) {
        INFO(table);
        CHECK(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) > 0);
    }
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM donation WHERE kind = 'goods'")) > 0);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM donation WHERE kind = 'money'")) > 0);
    CHECK(scalar(QStringLiteral(
              "SELECT count(*) FROM charity_fund f WHERE f.initial_amount_fen + (SELECT coalesce(sum(CASE direction "
              "WHEN 'in' THEN amount_fen ELSE -amount_fen END), 0) FROM charity_fund_flow WHERE fund_id = f.id) < 0"))
          == 0);
}

TEST_CASE("Demo charity: referrals of ~5 % of relief households, happy homes on villages only", "[demo][charity]")
{
    const qint64 households = scalar(QStringLiteral("SELECT count(*) FROM relief_household WHERE deleted = 0"));
    const qint64 referred = scalar(QStringLiteral("SELECT count(DISTINCT household_id) FROM charity_referral"));
    CHECK(referred * 100 >= households * 2);
    CHECK(referred * 100 <= households * 9);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM charity_referral WHERE household_id NOT IN "
                                "(SELECT id FROM relief_household WHERE deleted = 0)"))
          == 0);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM happy_home_project h JOIN org_unit o ON o.code = h.org_code "
                                "WHERE o.level <> 'village'"))
          == 0);
    // The pilot township: the one with the most, 30–60 % of its villages.
    const qint64 best = scalar(QStringLiteral(
        "SELECT max(100 * (SELECT count(*) FROM happy_home_project h WHERE substr(h.org_code, 1, 9) = substr(t.code, 1, 9)) "
        "/ (SELECT count(*) FROM org_unit v WHERE v.level = 'village' AND v.parent_code = t.code)) "
        "FROM org_unit t WHERE t.level = 'township' AND EXISTS (SELECT 1 FROM org_unit v WHERE v.parent_code = t.code)"));
    CHECK(best >= 25);
    CHECK(best <= 65);
}

TEST_CASE("Demo charity: purchased projects spend ≥ 60 % on labour within the contract", "[demo][charity]")
{
    const qint64 projects = scalar(QStringLiteral("SELECT count(*) FROM purchased_project"));
    CHECK(projects >= 2);
    CHECK(scalar(QStringLiteral(
              "SELECT count(*) FROM purchased_project p WHERE (SELECT coalesce(sum(amount_fen), 0) FROM project_spending "
              "WHERE project_id = p.id) > p.contract_amount_fen"))
          == 0);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM (SELECT project_id, sum(amount_fen) AS total, "
                                "sum(CASE kind WHEN 'labour' THEN amount_fen ELSE 0 END) AS labour "
                                "FROM project_spending GROUP BY project_id) WHERE labour * 1000 < total * 599")) == 0);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM project_evaluation WHERE score NOT BETWEEN 0 AND 100")) == 0);
}
