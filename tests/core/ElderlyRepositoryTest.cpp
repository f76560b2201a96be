#include "LedgerTestSupport.h"

#include "storage/ElderlyRepository.h"

using namespace wushe;
using namespace wushe::test;
using storage::ElderlyRepository;

TEST_CASE("elderly: an added record reads back with its person and derived columns")
{
    LedgerDb db;
    ElderlyRepository repo(db.sql(), db.context());
    ElderlyRecord record = elderlyRecord(person(QStringLiteral("李秀英"), QDate(1944, 3, 8), 2, Sex::Female));
    record.categories = quint32(ElderlyCategory::LivingAlone) | quint32(ElderlyCategory::VeryOld);
    record.supporterName = QStringLiteral("  李建国 ");
    const auto link = ok(repo.add(record));

    CHECK_FALSE(link.linkedExistingPerson);
    CHECK(record.meta.version == 1);
    const auto found = ok(repo.find(record.meta.id));
    REQUIRE(found.has_value());
    CHECK(found->person.name == QStringLiteral("李秀英"));
    CHECK(found->person.sex == Sex::Female);
    CHECK(found->person.birthDate == QDate(1944, 3, 8));
    CHECK(found->categories == record.categories);
    CHECK(found->supporterName == QStringLiteral("李建国"));
    CHECK(found->meta.orgCode == kVillage);
    // 独居 is a 特殊困难老年人 category: visited monthly even in the 一般 tier.
    CHECK(db.count(QStringLiteral("SELECT visit_interval = 'month' FROM elderly_record")) == 1);
    CHECK(db.count(QStringLiteral("SELECT id_number = :id FROM elderly_record"),
                   {{QStringLiteral(":id"), record.person.idNumber}})
          == 1);
}

TEST_CASE("elderly: the same person twice in the ledger is refused")
{
    LedgerDb db;
    ElderlyRepository repo(db.sql(), db.context());
    const Person p = person(QStringLiteral("王德胜"), QDate(1950, 1, 2));
    ElderlyRecord first = elderlyRecord(p);
    ok(repo.add(first));
    ElderlyRecord second = elderlyRecord(p, kOtherVillage);

    CHECK(refused(repo.add(second)).key == QStringLiteral("ledger.duplicate"));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM elderly_record")) == 1);
}

TEST_CASE("elderly: 60 on the registration day is old enough, the day before is not")
{
    LedgerDb db;
    ElderlyRepository repo(db.sql(), db.context());
    ElderlyRecord sixty = elderlyRecord(person(QStringLiteral("张凤兰"), bornYearsAgo(60), 3, Sex::Female));
    ElderlyRecord almost = elderlyRecord(person(QStringLiteral("张凤芝"), bornYearsAgo(60, -1), 4, Sex::Female));

    ok(repo.add(sixty));
    CHECK(refused(repo.add(almost)).key == QStringLiteral("elderly.age"));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM elderly_record")) == 1);
}

TEST_CASE("elderly: 高龄 from the 80th birthday")
{
    LedgerDb db;
    ElderlyRepository repo(db.sql(), db.context());
    ElderlyRecord eighty = elderlyRecord(person(QStringLiteral("刘长顺"), bornYearsAgo(80), 5));
    eighty.categories = quint32(ElderlyCategory::VeryOld);
    ElderlyRecord almost = elderlyRecord(person(QStringLiteral("刘长贵"), bornYearsAgo(80, -1), 6));
    almost.categories = quint32(ElderlyCategory::VeryOld);

    ok(repo.add(eighty));
    CHECK(refused(repo.add(almost)).key == QStringLiteral("elderly.very_old"));
}

TEST_CASE("elderly: update saves the record and a stale copy is refused")
{
    LedgerDb db;
    ElderlyRepository repo(db.sql(), db.context());
    ElderlyRecord record = elderlyRecord(person(QStringLiteral("陈玉梅"), QDate(1948, 9, 30), 7, Sex::Female));
    ok(repo.add(record));
    ElderlyRecord stale = record;
    record.riskTier = RiskTier::High;
    record.person.phone = QStringLiteral("13800001111");
    ok(repo.update(record));

    CHECK(record.meta.version == 2);
    CHECK(db.count(QStringLiteral("SELECT visit_interval = 'week' FROM elderly_record")) == 1);
    CHECK(ok(repo.find(record.meta.id))->person.phone == QStringLiteral("13800001111"));
    stale.note = QStringLiteral("旧的副本");
    CHECK(refused(repo.update(stale)).key == QStringLiteral("db.conflict"));
}

TEST_CASE("elderly: remove leaves a tombstone and the person can be registered again")
{
    LedgerDb db;
    ElderlyRepository repo(db.sql(), db.context());
    const Person p = person(QStringLiteral("周福田"), QDate(1940, 12, 1), 8);
    ElderlyRecord record = elderlyRecord(p);
    ok(repo.add(record));
    ok(repo.remove(record));

    CHECK(record.meta.deleted);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM elderly_record WHERE deleted = 1")) == 1);
    CHECK_FALSE(ok(repo.findByPerson(record.person.meta.id)).has_value());
    CHECK(ok(repo.find(record.meta.id))->meta.deleted);
    ElderlyRecord again = elderlyRecord(p);
    const auto link = ok(repo.add(again));
    CHECK(link.linkedExistingPerson);
    CHECK(again.meta.id != record.meta.id);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM elderly_record")) == 2);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person")) == 1);
}
