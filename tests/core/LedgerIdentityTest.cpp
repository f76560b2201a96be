// One person, one row, however many ledgers: identity is the 公民身份号码.

#include "LedgerTestSupport.h"

#include "storage/ChildRepository.h"
#include "storage/ElderlyRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReliefRepository.h"
#include "storage/Transaction.h"

using namespace wushe;
using namespace wushe::test;
using storage::ChildRepository;
using storage::ElderlyRepository;
using storage::ReliefRepository;

namespace {

const Person kGrandpa = person(QStringLiteral("吴长林"), QDate(1948, 11, 2), 51);
const Person kWife = person(QStringLiteral("吴桂芳"), QDate(1950, 4, 4), 52, Sex::Female);
const Person kGrandson = person(QStringLiteral("吴天宇"), QDate(2013, 9, 9), 53);

} // namespace

TEST_CASE("identity: an elderly person added as a relief member is one person row, the link reported")
{
    LedgerDb db;
    ElderlyRecord elderly = elderlyRecord(kGrandpa);
    ok(ElderlyRepository(db.sql(), db.context()).add(elderly));
    ReliefHousehold h = household({member(kWife, Relationship::Head), member(kGrandpa, Relationship::Spouse)});
    const auto links = ok(ReliefRepository(db.sql(), db.context()).add(h));

    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person WHERE id_number = :id"),
                   {{QStringLiteral(":id"), kGrandpa.idNumber}})
          == 1);
    CHECK(h.members[1].person.meta.id == elderly.person.meta.id);
    REQUIRE(links.size() == 2);
    CHECK_FALSE(links[0].linkedExistingPerson);
    CHECK(links[1].linkedExistingPerson);
    CHECK(links[1].otherLedgers == QStringList{QStringLiteral("老年人台账")});
}

TEST_CASE("identity: a relief head added to the elderly ledger reports the relief ledger")
{
    LedgerDb db;
    ReliefHousehold h = household({member(kGrandpa, Relationship::Head)});
    ok(ReliefRepository(db.sql(), db.context()).add(h));
    ElderlyRecord elderly = elderlyRecord(kGrandpa);
    const auto link = ok(ElderlyRepository(db.sql(), db.context()).add(elderly));

    CHECK(link.linkedExistingPerson);
    CHECK(link.otherLedgers == QStringList{QStringLiteral("社会救助台账")});
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person")) == 1);
}

TEST_CASE("identity: a known ID number with another name is refused")
{
    LedgerDb db;
    ElderlyRecord elderly = elderlyRecord(kGrandpa);
    ok(ElderlyRepository(db.sql(), db.context()).add(elderly));
    Person typo = kGrandpa;
    typo.name = QStringLiteral("吴常林");
    ReliefHousehold h = household({member(typo, Relationship::Head)});

    const Error error = refused(ReliefRepository(db.sql(), db.context()).add(h));
    CHECK(error.key == QStringLiteral("person.name_mismatch"));
    CHECK(error.message.contains(QStringLiteral("吴长林")));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_household")) == 0);
}

TEST_CASE("identity: a refused household inside a transaction leaves no person behind")
{
    LedgerDb db;
    ReliefRepository relief(db.sql(), db.context());
    ReliefHousehold grandsons = household({member(kGrandson, Relationship::Head)});
    ok(relief.add(grandsons));
    // The wife is new and is written first; the grandson already lives in another household.
    ReliefHousehold h = household({member(kWife, Relationship::Head), member(kGrandson, Relationship::Grandchild)});

    const auto result = storage::inTransaction(db.sql(), [&] { return relief.add(h); });
    CHECK(refused(result).key == QStringLiteral("relief.member_elsewhere"));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person")) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person_name_index WHERE gram = '桂'")) == 0);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_household")) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_member")) == 1);
}

TEST_CASE("identity: a later failure in the same transaction undoes the earlier ledger's add")
{
    LedgerDb db;
    ElderlyRecord elderly = elderlyRecord(kGrandpa);
    ChildRecord tooOld = childRecord(kWife); // 74 is no child

    const auto result = storage::inTransaction(db.sql(), [&]() -> Result<void> {
        if (auto added = ElderlyRepository(db.sql(), db.context()).add(elderly); !added)
            return std::unexpected(added.error());
        if (auto added = ChildRepository(db.sql(), db.context()).add(tooOld); !added)
            return std::unexpected(added.error());
        return {};
    });
    CHECK(refused(result).key == QStringLiteral("child.age"));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person")) == 0);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM elderly_record")) == 0);
}

TEST_CASE("identity: renaming a person replaces the grams of the name index, nobody else's")
{
    LedgerDb db;
    storage::PersonRepository people(db.sql(), db.context());
    Person grandpa = kGrandpa;
    Person wife = kWife;
    for (Person* p : {&grandpa, &wife}) {
        p->meta.orgCode = kVillage;
        ok(people.addOrLink(*p));
    }
    const auto grams = [&](const Person& p) {
        return db.count(QStringLiteral("SELECT count(*) FROM person_name_index WHERE person_id = :p"),
                        {{QStringLiteral(":p"), p.meta.id}});
    };
    CHECK(grams(grandpa) == 5); // 吴 长 林 吴长 长林

    grandpa.name = QStringLiteral("吴常林");
    ok(people.update(grandpa));
    CHECK(grams(grandpa) == 5);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person_name_index WHERE gram IN ('长', '吴长', '长林')")) == 0);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person_name_index WHERE gram = '常林' AND person_id = :p"),
                   {{QStringLiteral(":p"), grandpa.meta.id}})
          == 1);
    CHECK(grams(wife) == 5);

    grandpa.phone = QStringLiteral("13800001111"); // the name unchanged: the index too
    ok(people.update(grandpa));
    CHECK(grams(grandpa) == 5);
}
