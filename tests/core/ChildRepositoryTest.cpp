#include "LedgerTestSupport.h"

#include "storage/ChildRepository.h"

using namespace wushe;
using namespace wushe::test;
using storage::ChildRepository;

namespace {

// What people paste from forms: full-width digits and surrounding spaces.
QString fullWidth(const QString& ascii)
{
    QString wide;
    for (QChar c : ascii)
        wide += c.isDigit() ? QChar(0xFF10 + (c.unicode() - u'0')) : c;
    return QStringLiteral(" ") + wide + QStringLiteral("\u3000");
}

} // namespace

TEST_CASE("child: an added record reads back, guardian ID normalised")
{
    LedgerDb db;
    ChildRepository repo(db.sql(), db.context());
    ChildRecord record = childRecord(person(QStringLiteral("马小雨"), QDate(2015, 4, 20), 11, Sex::Female));
    const QString guardianId = idNumber(QDate(1958, 2, 3), 12, Sex::Female);
    record.categories = quint32(ChildCategory::LeftBehind) | quint32(ChildCategory::PoorFamily);
    record.guardianIdNumber = fullWidth(guardianId);
    record.fatherWorkplace = QStringLiteral("广东省东莞市");
    record.boarding = true;
    record.incomeSources = quint32(FamilyIncome::Wages) | quint32(FamilyIncome::Farming);
    ok(repo.add(record));

    const auto found = ok(repo.find(record.meta.id));
    REQUIRE(found.has_value());
    CHECK(found->guardianIdNumber == guardianId);
    CHECK(found->person.name == QStringLiteral("马小雨"));
    CHECK(found->categories == record.categories);
    CHECK(found->fatherWorkplace == QStringLiteral("广东省东莞市"));
    CHECK(found->boarding);
    CHECK(found->incomeSources == record.incomeSources);
    CHECK(found->guardianRelation == QStringLiteral("祖母"));
}

TEST_CASE("child: an invalid guardian ID is refused before anything is written")
{
    LedgerDb db;
    ChildRepository repo(db.sql(), db.context());
    ChildRecord record = childRecord(person(QStringLiteral("马小虎"), QDate(2014, 1, 1), 13));
    QString wrong = idNumber(QDate(1980, 5, 6), 14);
    wrong[17] = wrong[17] == u'0' ? u'1' : u'0'; // break the check digit
    record.guardianIdNumber = wrong;

    CHECK(refused(repo.add(record)).key == QStringLiteral("child.guardian_id"));
    record.guardianIdNumber = record.person.idNumber;
    CHECK(refused(repo.add(record)).key == QStringLiteral("child.guardian_id"));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person")) == 0);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM child_record")) == 0);
}

TEST_CASE("child: the same child twice in the ledger is refused")
{
    LedgerDb db;
    ChildRepository repo(db.sql(), db.context());
    const Person p = person(QStringLiteral("杨浩"), QDate(2012, 7, 7), 15);
    ChildRecord first = childRecord(p);
    ok(repo.add(first));
    ChildRecord second = childRecord(p);

    CHECK(refused(repo.add(second)).key == QStringLiteral("ledger.duplicate"));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM child_record")) == 1);
}

TEST_CASE("child: 留守 under 16, other children under 18, on the registration day")
{
    LedgerDb db;
    ChildRepository repo(db.sql(), db.context());
    ChildRecord leftBehind15 = childRecord(person(QStringLiteral("孙一"), bornYearsAgo(16, -1), 16));
    leftBehind15.categories = quint32(ChildCategory::LeftBehind);
    ChildRecord leftBehind16 = childRecord(person(QStringLiteral("孙二"), bornYearsAgo(16), 17));
    leftBehind16.categories = quint32(ChildCategory::LeftBehind);
    ChildRecord poor17 = childRecord(person(QStringLiteral("孙三"), bornYearsAgo(18, -1), 18));
    ChildRecord poor18 = childRecord(person(QStringLiteral("孙四"), bornYearsAgo(18), 19));

    ok(repo.add(leftBehind15));
    CHECK(refused(repo.add(leftBehind16)).key == QStringLiteral("child.age"));
    ok(repo.add(poor17));
    CHECK(refused(repo.add(poor18)).key == QStringLiteral("child.age"));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM child_record")) == 2);
}

TEST_CASE("child: update follows the risk tier, remove leaves a tombstone")
{
    LedgerDb db;
    ChildRepository repo(db.sql(), db.context());
    const Person p = person(QStringLiteral("何佳怡"), QDate(2016, 10, 1), 20, Sex::Female);
    ChildRecord record = childRecord(p);
    ok(repo.add(record));
    CHECK(db.count(QStringLiteral("SELECT visit_interval = 'quarter' FROM child_record")) == 1);

    record.riskTier = RiskTier::High;
    record.motherPhone = QStringLiteral("０２９－８７６５４３２１");
    ok(repo.update(record));
    CHECK(db.count(QStringLiteral("SELECT visit_interval = 'week' FROM child_record")) == 1);
    CHECK(ok(repo.find(record.meta.id))->motherPhone == QStringLiteral("029-87654321"));

    ok(repo.remove(record));
    CHECK(db.count(QStringLiteral("SELECT deleted FROM child_record WHERE id = :id"),
                   {{QStringLiteral(":id"), record.meta.id}})
          == 1);
    CHECK_FALSE(ok(repo.findByPerson(record.person.meta.id)).has_value());
    ChildRecord again = childRecord(p);
    ok(repo.add(again));
    CHECK(ok(repo.findByPerson(record.person.meta.id))->meta.id == again.meta.id);
}
