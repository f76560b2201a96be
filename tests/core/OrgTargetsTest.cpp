#include "RegistryTestSupport.h"

#include "storage/OrgTargetFacts.h"

using namespace wushe;
using namespace wushe::test;

namespace {

std::optional<rules::CommunityOrgCount> rowOf(const QList<rules::CommunityOrgCount>& rows, const QString& code)
{
    for (const auto& row : rows)
        if (row.code == code)
            return row;
    return std::nullopt;
}

rules::CommunityOrgCount countsOf(const LedgerDb& db, const QString& village)
{
    auto row = rowOf(ok(storage::OrgTargetFacts::counts(db.sql(), kTownship, kLedgerToday)), village);
    REQUIRE(row.has_value());
    return *row;
}

} // namespace

TEST_CASE("Org targets: the share must be MORE than half", "[registry][org_targets]")
{
    using rules::OrgTargets;
    CHECK_FALSE(OrgTargets::shareMet(0, 0));
    CHECK_FALSE(OrgTargets::shareMet(5, 10));
    CHECK(OrgTargets::shareMet(6, 10));
    CHECK_FALSE(OrgTargets::shareMet(3, 6));
    CHECK(OrgTargets::shareMet(3, 5));
    CHECK(OrgTargets::targetFor(AreaType::Urban) == 10);
    CHECK(OrgTargets::targetFor(AreaType::Rural) == 5);
}

TEST_CASE("Org targets: an urban community needs 10 organizations", "[registry][org_targets]")
{
    LedgerDb db;
    addOrgs(db, kVillage, 9, 6); // 光华社区 is a 社区: urban
    auto row = countsOf(db, kVillage);
    CHECK(row.areaType == AreaType::Urban);
    CHECK(row.target == 10);
    CHECK_FALSE(row.countMet);
    CHECK(row.shareMet);
    CHECK(row.failing == QStringList{QStringLiteral("社区社会组织9个，少于10个")});
    CHECK(rowOf(ok(storage::OrgTargetFacts::belowTarget(db.sql(), kTownship, kLedgerToday)), kVillage).has_value());

    CommunityOrg tenth = communityOrg(kVillage, QStringLiteral("第十个"), false);
    ok(storage::CommunityOrgRepository(db.sql(), db.context()).add(tenth));
    row = countsOf(db, kVillage);
    CHECK(row.organizations == 10);
    CHECK(row.counting == 6);
    CHECK(row.countMet);
    CHECK(row.shareMet);
    CHECK_FALSE(rowOf(ok(storage::OrgTargetFacts::belowTarget(db.sql(), kTownship, kLedgerToday)), kVillage).has_value());
}

TEST_CASE("Org targets: exactly 50 % of the kind that counts is not enough", "[registry][org_targets]")
{
    LedgerDb db;
    addOrgs(db, kVillage, 10, 5);
    const auto row = countsOf(db, kVillage);
    CHECK(row.countMet);
    CHECK_FALSE(row.shareMet);
    CHECK(row.failing == QStringList{QStringLiteral("服务性、公益性、互助性组织5个，未超过半数")});
    const auto below = rowOf(ok(storage::OrgTargetFacts::belowTarget(db.sql(), kTownship, kLedgerToday)), kVillage);
    REQUIRE(below.has_value());
    CHECK(below->organizations == 10);
    CHECK(below->counting == 5);
}

TEST_CASE("Org targets: a rural village needs 5, more than half counting", "[registry][org_targets]")
{
    LedgerDb db;
    addOrgs(db, kOtherVillage, 5, 3); // 许庄村: rural
    auto row = countsOf(db, kOtherVillage);
    CHECK(row.areaType == AreaType::Rural);
    CHECK(row.target == 5);
    CHECK(row.countMet);
    CHECK(row.shareMet);
    CHECK(row.failing.isEmpty());

    // A sixth that does not count: 3 of 6 is exactly half.
    CommunityOrg sixth = communityOrg(kOtherVillage, QStringLiteral("锣鼓队"), false);
    ok(storage::CommunityOrgRepository(db.sql(), db.context()).add(sixth));
    row = countsOf(db, kOtherVillage);
    CHECK(row.countMet);
    CHECK_FALSE(row.shareMet);

    // Deleted, dormant and not-yet-founded organizations do not count.
    ok(storage::CommunityOrgRepository(db.sql(), db.context()).remove(sixth));
    CommunityOrg dormant = communityOrg(kOtherVillage, QStringLiteral("秧歌队"), false, CommunityOrgStatus::Dormant);
    ok(storage::CommunityOrgRepository(db.sql(), db.context()).add(dormant));
    CommunityOrg later = communityOrg(kOtherVillage, QStringLiteral("新社团"), false);
    later.foundedOn = kLedgerToday;
    ok(storage::CommunityOrgRepository(db.sql(), db.context()).add(later));
    row = ok(storage::OrgTargetFacts::counts(db.sql(), kOtherVillage, kLedgerToday.addDays(-1))).value(0);
    CHECK(row.organizations == 5);
    CHECK(row.shareMet);

    // Villages without any organization are below both targets.
    const auto empty = countsOf(db, QStringLiteral("610523101202"));
    CHECK(empty.organizations == 0);
    CHECK(empty.failing.size() == 2);
}
