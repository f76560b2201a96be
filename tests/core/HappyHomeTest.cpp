#include "CharityTestSupport.h"

#include "storage/HappyHomeRepository.h"

using namespace wushe;
using namespace wushe::test;
using storage::HappyHomeRepository;

namespace {

HappyHomeProject happyHome(QString village = kVillage)
{
    HappyHomeProject project;
    project.meta.orgCode = std::move(village);
    project.startedOn = QDate(2023, 4, 1);
    project.fundsRaisedFen = 86'000'00;
    project.fundsUsedFen = 41'250'00;
    return project;
}

} // namespace

TEST_CASE("happy home: only on a village")
{
    LedgerDb db;
    HappyHomeRepository repo(db.sql(), db.context());
    HappyHomeProject township = happyHome(kTownship);
    CHECK(refused(repo.add(township)).key == QStringLiteral("happy_home.not_village"));
    HappyHomeProject county = happyHome(kCounty);
    CHECK(refused(repo.add(county)).key == QStringLiteral("happy_home.not_village"));
    HappyHomeProject village = happyHome();
    ok(repo.add(village));
    CHECK(ok(repo.forVillage(kVillage)).has_value());
}

TEST_CASE("happy home: one live project per village; a removed one can be replaced")
{
    LedgerDb db;
    HappyHomeRepository repo(db.sql(), db.context());
    HappyHomeProject first = happyHome();
    ok(repo.add(first));
    HappyHomeProject second = happyHome();
    CHECK(refused(repo.add(second)).key == QStringLiteral("happy_home.duplicate"));
    HappyHomeProject elsewhere = happyHome(kOtherVillage);
    ok(repo.add(elsewhere));
    first.note = QStringLiteral("村民议事会决定扩大互助范围");
    ok(repo.update(first)); // updating itself is not a duplicate

    ok(repo.remove(first));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM happy_home_project WHERE deleted = 1")) == 1);
    ok(repo.add(second));
    CHECK(ok(repo.under({kTownship, {}, {}})).size() == 2);
}

TEST_CASE("happy home: funds used never exceed funds raised")
{
    LedgerDb db;
    HappyHomeRepository repo(db.sql(), db.context());
    HappyHomeProject project = happyHome();
    project.fundsUsedFen = project.fundsRaisedFen + 1;
    CHECK(refused(repo.add(project)).key == QStringLiteral("happy_home.overspent"));
    project.fundsUsedFen = project.fundsRaisedFen;
    ok(repo.add(project));
    project.fundsRaisedFen = -1;
    CHECK(refused(repo.update(project)).key == QStringLiteral("happy_home.amount"));
    // The table refuses it as well, whoever writes.
    CHECK_FALSE(storage::execSql(db.sql(), QStringLiteral("UPDATE happy_home_project SET funds_used_fen = funds_raised_fen + 1"))
                    .has_value());
}
