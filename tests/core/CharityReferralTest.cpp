#include "CharityTestSupport.h"

#include "storage/CharityReferralRepository.h"
#include "storage/ReliefRepository.h"
#include "storage/Transaction.h"

using namespace wushe;
using namespace wushe::test;
using storage::CharityReferralRepository;

namespace {

CharityReferral referral(const QString& householdId)
{
    CharityReferral r;
    r.householdId = householdId;
    r.referredOn = QDate(2024, 5, 20);
    r.toOrganization = QStringLiteral("大荔县慈善协会");
    r.reason = QStringLiteral("因病支出型困难");
    return r;
}

ReliefHousehold storedHousehold(LedgerDb& db)
{
    ReliefHousehold h = household({member(person(QStringLiteral("韩志刚"), QDate(1968, 3, 2), 41), Relationship::Head)});
    ok(storage::inTransaction(db.sql(), [&]() { return storage::ReliefRepository(db.sql(), db.context()).add(h); }));
    return h;
}

} // namespace

TEST_CASE("charity referral: only a live relief household can be referred")
{
    LedgerDb db;
    CharityReferralRepository repo(db.sql(), db.context());
    CharityReferral stray = referral(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    CHECK(refused(repo.add(stray)).key == QStringLiteral("charity_referral.household"));

    ReliefHousehold h = storedHousehold(db);
    // A person's id is not a household's.
    CharityReferral wrongKind = referral(h.members.front().person.meta.id);
    CHECK(refused(repo.add(wrongKind)).key == QStringLiteral("charity_referral.household"));

    CharityReferral r = referral(h.meta.id);
    ok(repo.add(r));
    CHECK(r.meta.orgCode == kVillage); // the household's village
    CHECK(ok(repo.ofHousehold(h.meta.id)).size() == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM charity_referral WHERE activity_id IS NULL")) == 1);

    ok(storage::inTransaction(db.sql(), [&]() { return storage::ReliefRepository(db.sql(), db.context()).remove(h); }));
    CharityReferral afterRemoval = referral(h.meta.id);
    CHECK(refused(repo.add(afterRemoval)).key == QStringLiteral("charity_referral.household"));
}

TEST_CASE("charity referral: aid is recorded only when aided; deleting is a tombstone")
{
    LedgerDb db;
    CharityReferralRepository repo(db.sql(), db.context());
    ReliefHousehold h = storedHousehold(db);
    CharityReferral r = referral(h.meta.id);
    r.amountFen = 2'000'00;
    CHECK(refused(repo.add(r)).key == QStringLiteral("charity_referral.amount")); // still pending
    r.status = ReferralStatus::Aided;
    r.amountFen = -1;
    CHECK(refused(repo.add(r)).key == QStringLiteral("charity_referral.amount"));
    r.amountFen = 2'000'00;
    ok(repo.add(r));

    ok(repo.remove(r));
    CHECK(ok(repo.ofHousehold(h.meta.id)).isEmpty());
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM charity_referral WHERE deleted = 1")) == 1);
    CHECK_FALSE(storage::execSql(db.sql(), QStringLiteral("DELETE FROM charity_referral")).has_value());
}
