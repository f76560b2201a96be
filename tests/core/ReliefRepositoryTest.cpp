#include "LedgerTestSupport.h"

#include "storage/ReliefRepository.h"

using namespace wushe;
using namespace wushe::test;
using storage::ReliefRepository;

namespace {

const Person kHead = person(QStringLiteral("郭建民"), QDate(1970, 2, 14), 31);
const Person kSpouse = person(QStringLiteral("郭秀兰"), QDate(1972, 8, 9), 32, Sex::Female);
const Person kSon = person(QStringLiteral("郭小龙"), QDate(2010, 5, 5), 33);

QStringList namesOf(const ReliefHousehold& household)
{
    QStringList names;
    for (const ReliefMember& m : household.members)
        names << m.person.name;
    return names;
}

} // namespace

TEST_CASE("relief: a household reads back head first with its members and amount in fen")
{
    LedgerDb db;
    ReliefRepository repo(db.sql(), db.context());
    ReliefHousehold h = household({member(kHead, Relationship::Head), member(kSpouse, Relationship::Spouse),
                                   member(kSon, Relationship::Child)});
    h.members[2].health = MemberHealth::Disabled;
    h.monthlyAmountFen = 123456;
    const auto links = ok(repo.add(h));

    REQUIRE(links.size() == 3);
    CHECK_FALSE(links.front().linkedExistingPerson);
    const auto found = ok(repo.find(h.meta.id));
    REQUIRE(found.has_value());
    CHECK(namesOf(*found) == QStringList{QStringLiteral("郭建民"), QStringLiteral("郭秀兰"), QStringLiteral("郭小龙")});
    CHECK(found->members[2].health == MemberHealth::Disabled);
    CHECK(found->monthlyAmountFen == 123456);
    CHECK(db.count(QStringLiteral("SELECT typeof(monthly_amount_fen) = 'integer' FROM relief_household")) == 1);
    CHECK(db.count(QStringLiteral("SELECT id_number = :id FROM relief_household"), {{QStringLiteral(":id"), kHead.idNumber}})
          == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_member WHERE org_code = :village"),
                   {{QStringLiteral(":village"), kVillage}})
          == 3);
}

TEST_CASE("relief: the head comes first and there is only one")
{
    LedgerDb db;
    ReliefRepository repo(db.sql(), db.context());
    ReliefHousehold spouseFirst = household({member(kSpouse, Relationship::Spouse), member(kHead, Relationship::Head)});
    ReliefHousehold twoHeads = household({member(kHead, Relationship::Head), member(kSpouse, Relationship::Head)});

    CHECK(refused(repo.add(spouseFirst)).key == QStringLiteral("relief.head"));
    CHECK(refused(repo.add(twoHeads)).key == QStringLiteral("relief.head"));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person")) == 0);
}

TEST_CASE("relief: the same person twice in a household is refused")
{
    LedgerDb db;
    ReliefRepository repo(db.sql(), db.context());
    Person typedAgain = kSpouse;
    typedAgain.idNumber = typedAgain.idNumber.toLower() + QStringLiteral(" "); // normalised before the check
    ReliefHousehold h = household({member(kHead, Relationship::Head), member(kSpouse, Relationship::Spouse),
                                   member(typedAgain, Relationship::Other)});

    CHECK(refused(repo.add(h)).key == QStringLiteral("relief.duplicate_member"));
}

TEST_CASE("relief: 特困 needs a self-care grade")
{
    LedgerDb db;
    ReliefRepository repo(db.sql(), db.context());
    ReliefHousehold h = household({member(kHead, Relationship::Head)});
    h.category = ReliefCategory::TekunDispersed;

    CHECK(refused(repo.add(h)).key == QStringLiteral("relief.self_care"));
    h.selfCare = SelfCare::Partial;
    ok(repo.add(h));
    CHECK(ok(repo.find(h.meta.id))->selfCare == SelfCare::Partial);
}

TEST_CASE("relief: a member of another live household is refused, by name")
{
    LedgerDb db;
    ReliefRepository repo(db.sql(), db.context());
    ReliefHousehold first = household({member(kHead, Relationship::Head), member(kSon, Relationship::Child)});
    ok(repo.add(first));
    ReliefHousehold second = household({member(kSpouse, Relationship::Head), member(kSon, Relationship::Child)},
                                       kOtherVillage);

    const Error error = refused(repo.add(second));
    CHECK(error.key == QStringLiteral("relief.member_elsewhere"));
    CHECK(error.message.contains(QStringLiteral("郭小龙")));
    CHECK(error.message.contains(QStringLiteral("郭建民"))); // the other household's head
}

TEST_CASE("relief: update adds, changes and tombstones members")
{
    LedgerDb db;
    ReliefRepository repo(db.sql(), db.context());
    ReliefHousehold h = household({member(kHead, Relationship::Head), member(kSpouse, Relationship::Spouse)});
    ok(repo.add(h));
    const QString spouseRow = h.members[1].meta.id;

    h.members.removeAt(1);
    h.members << member(kSon, Relationship::Child);
    h.members[0].workAbility = WorkAbility::Partial;
    h.monthlyAmountFen = 60000;
    ok(repo.update(h));

    CHECK(h.meta.version == 2);
    const auto found = ok(repo.find(h.meta.id));
    CHECK(namesOf(*found) == QStringList{QStringLiteral("郭建民"), QStringLiteral("郭小龙")});
    CHECK(found->members[0].workAbility == WorkAbility::Partial);
    CHECK(found->monthlyAmountFen == 60000);
    CHECK(db.count(QStringLiteral("SELECT deleted FROM relief_member WHERE id = :id"), {{QStringLiteral(":id"), spouseRow}})
          == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_member")) == 3);
}

TEST_CASE("relief: update can make another member the head")
{
    LedgerDb db;
    ReliefRepository repo(db.sql(), db.context());
    ReliefHousehold h = household({member(kHead, Relationship::Head), member(kSpouse, Relationship::Spouse)});
    ok(repo.add(h));
    std::swap(h.members[0], h.members[1]);
    h.members[0].relationship = Relationship::Head;
    h.members[1].relationship = Relationship::Spouse;
    ok(repo.update(h));

    CHECK(namesOf(*ok(repo.find(h.meta.id))).front() == QStringLiteral("郭秀兰"));
    CHECK(db.count(QStringLiteral("SELECT id_number = :id FROM relief_household"),
                   {{QStringLiteral(":id"), kSpouse.idNumber}})
          == 1);
}

TEST_CASE("relief: remove tombstones the household and its members, who may then join another")
{
    LedgerDb db;
    ReliefRepository repo(db.sql(), db.context());
    ReliefHousehold h = household({member(kHead, Relationship::Head), member(kSon, Relationship::Child)});
    ok(repo.add(h));
    ok(repo.remove(h));

    CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_household WHERE deleted = 1")) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_member WHERE deleted = 1")) == 2);
    CHECK(ok(repo.find(h.meta.id))->members.size() == 2);
    CHECK_FALSE(ok(repo.findByMember(h.members[1].person.meta.id)).has_value());
    ReliefHousehold next = household({member(kSon, Relationship::Head)});
    ok(repo.add(next));
    CHECK(ok(repo.findByMember(h.members[1].person.meta.id))->meta.id == next.meta.id);
}

TEST_CASE("relief: a new member keeps an id given to it, a copied stored member gets a new row")
{
    LedgerDb db;
    ReliefRepository repo(db.sql(), db.context());
    const QString given = QStringLiteral("0b6c2f7e-4d1a-4c39-9f0e-5a7d3b2c1e48");
    ReliefHousehold h = household({member(kHead, Relationship::Head), member(kSon, Relationship::Child)});
    h.members[0].meta.id = given; // seeded demo data presets every id
    ok(repo.add(h));
    CHECK(h.members[0].meta.id == given);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_member WHERE id = :id"), {{QStringLiteral(":id"), given}})
          == 1);

    ok(repo.remove(h));
    ReliefHousehold next = household({h.members[1]}); // a stored member row, copied
    next.members[0].relationship = Relationship::Head;
    ok(repo.add(next));
    CHECK(next.members[0].meta.id != h.members[1].meta.id);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_member")) == 3);
}
