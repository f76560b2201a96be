// The ledger rules without a database: ages on the registration day and the
// shape of a relief household.

#include "LedgerTestSupport.h"

#include "rules/LedgerRules.h"

using namespace wushe;
using namespace wushe::test;
using rules::ageOn;

namespace {

ElderlyRecord elderlyBorn(QDate birth, quint32 categories = quint32(ElderlyCategory::LivingAlone))
{
    ElderlyRecord record = elderlyRecord(person(QStringLiteral("张三"), birth));
    record.person.birthDate = birth; // the rules read the derived birth date
    record.categories = categories;
    return record;
}

ChildRecord childBorn(QDate birth, quint32 categories)
{
    ChildRecord record = childRecord(person(QStringLiteral("张小三"), birth));
    record.person.birthDate = birth;
    record.categories = categories;
    return record;
}

QString keyOf(const Result<void>& result)
{
    return result ? QString() : result.error().key;
}

constexpr quint32 kLeftBehind = quint32(ChildCategory::LeftBehind);
constexpr quint32 kOrphan = quint32(ChildCategory::Orphan);

} // namespace

TEST_CASE("rules: full years, birthday included, Feb 29 reached on Mar 1")
{
    CHECK(ageOn(QDate(1964, 6, 15), QDate(2024, 6, 15)) == 60);
    CHECK(ageOn(QDate(1964, 6, 16), QDate(2024, 6, 15)) == 59);
    CHECK(ageOn(QDate(2008, 2, 29), QDate(2024, 2, 29)) == 16);
    CHECK(ageOn(QDate(2008, 2, 29), QDate(2025, 2, 28)) == 16);
    CHECK(ageOn(QDate(2008, 2, 29), QDate(2025, 3, 1)) == 17);
}

TEST_CASE("rules: elderly from 60, 高龄 from 80, at least one category")
{
    CHECK(keyOf(rules::checkElderly(elderlyBorn(bornYearsAgo(60)), kLedgerToday)).isEmpty());
    CHECK(keyOf(rules::checkElderly(elderlyBorn(bornYearsAgo(60, -1)), kLedgerToday)) == QStringLiteral("elderly.age"));
    const quint32 veryOld = quint32(ElderlyCategory::VeryOld);
    CHECK(keyOf(rules::checkElderly(elderlyBorn(bornYearsAgo(80), veryOld), kLedgerToday)).isEmpty());
    CHECK(keyOf(rules::checkElderly(elderlyBorn(bornYearsAgo(80, -1), veryOld), kLedgerToday))
          == QStringLiteral("elderly.very_old"));
    CHECK(keyOf(rules::checkElderly(elderlyBorn(bornYearsAgo(70), 0), kLedgerToday)) == QStringLiteral("elderly.categories"));
}

TEST_CASE("rules: 留守 under 16, other children under 18")
{
    CHECK(keyOf(rules::checkChild(childBorn(bornYearsAgo(16, -1), kLeftBehind), kLedgerToday)).isEmpty());
    CHECK(keyOf(rules::checkChild(childBorn(bornYearsAgo(16), kLeftBehind), kLedgerToday)) == QStringLiteral("child.age"));
    CHECK(keyOf(rules::checkChild(childBorn(bornYearsAgo(16), kOrphan), kLedgerToday)).isEmpty());
    CHECK(keyOf(rules::checkChild(childBorn(bornYearsAgo(18, -1), kOrphan), kLedgerToday)).isEmpty());
    CHECK(keyOf(rules::checkChild(childBorn(bornYearsAgo(18), kOrphan), kLedgerToday)) == QStringLiteral("child.age"));
}

TEST_CASE("rules: the registration day is the one the age is counted on, and not after today")
{
    ElderlyRecord record = elderlyBorn(QDate(1964, 6, 20)); // 60 on 2024-06-20
    CHECK(keyOf(rules::checkElderly(record, kLedgerToday)) == QStringLiteral("elderly.age"));
    record.registeredOn = QDate(2024, 6, 20);
    CHECK(keyOf(rules::checkElderly(record, QDate(2024, 6, 20))).isEmpty());
    CHECK(keyOf(rules::checkElderly(record, kLedgerToday)) == QStringLiteral("ledger.registered_on"));
}

TEST_CASE("rules: a relief household has one head, listed first, and no one twice")
{
    const Person head = person(QStringLiteral("户主"), QDate(1970, 1, 1), 1);
    const Person spouse = person(QStringLiteral("配偶"), QDate(1971, 1, 1), 2, Sex::Female);
    ReliefHousehold h = household({member(head, Relationship::Head), member(spouse, Relationship::Spouse)});
    CHECK(keyOf(rules::checkRelief(h, kLedgerToday)).isEmpty());

    ReliefHousehold empty = household({});
    CHECK(keyOf(rules::checkRelief(empty, kLedgerToday)) == QStringLiteral("relief.head"));
    ReliefHousehold twoHeads = household({member(head, Relationship::Head), member(spouse, Relationship::Head)});
    CHECK(keyOf(rules::checkRelief(twoHeads, kLedgerToday)) == QStringLiteral("relief.head"));
    ReliefHousehold twice = household({member(head, Relationship::Head), member(head, Relationship::Other)});
    CHECK(keyOf(rules::checkRelief(twice, kLedgerToday)) == QStringLiteral("relief.duplicate_member"));
}

TEST_CASE("rules: 特困 needs a self-care grade, amounts are not negative")
{
    ReliefHousehold h = household({member(person(QStringLiteral("户主"), QDate(1950, 1, 1)), Relationship::Head)});
    h.category = ReliefCategory::TekunCentralized;
    CHECK(keyOf(rules::checkRelief(h, kLedgerToday)) == QStringLiteral("relief.self_care"));
    h.selfCare = SelfCare::None;
    CHECK(keyOf(rules::checkRelief(h, kLedgerToday)).isEmpty());
    h.category = ReliefCategory::DibaoUrban;
    h.selfCare = SelfCare::NotAssessed;
    CHECK(keyOf(rules::checkRelief(h, kLedgerToday)).isEmpty());
    h.monthlyAmountFen = -1;
    CHECK(keyOf(rules::checkRelief(h, kLedgerToday)) == QStringLiteral("relief.amount"));
}
