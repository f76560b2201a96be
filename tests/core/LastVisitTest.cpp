#include "LedgerTestSupport.h"

#include "storage/ElderlyRepository.h"
#include "storage/ReliefRepository.h"
#include "storage/VisitRepository.h"

#include <catch2/catch.hpp>

using namespace wushe;
using namespace wushe::test;

namespace {

QString lastVisitOn(const LedgerDb& db, const QString& table, const QString& id)
{
    QSqlQuery query(db.sql());
    REQUIRE(query.prepare(QStringLiteral("SELECT coalesce(last_visit_on, '-') FROM %1 WHERE id = :id").arg(table)));
    query.bindValue(QStringLiteral(":id"), id);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toString();
}

const QList<Visitor> kTwo{{QStringLiteral("李社工"), VisitorRole::SocialWorker}, {QStringLiteral("张干部"), VisitorRole::Staff}};

} // namespace

TEST_CASE("A record's stored last visit follows its visits whoever writes them", "[ledger][visit]")
{
    LedgerDb db;
    storage::ElderlyRepository elderly(db.sql(), db.context());
    ElderlyRecord first = elderlyRecord(person(QStringLiteral("王一"), bornYearsAgo(70), 1));
    ElderlyRecord second = elderlyRecord(person(QStringLiteral("王二"), bornYearsAgo(71), 2));
    ok(elderly.add(first));
    ok(elderly.add(second));
    CHECK(lastVisitOn(db, QStringLiteral("elderly_record"), first.meta.id) == QStringLiteral("-"));

    storage::VisitRepository visits(db.sql(), db.context());
    Visit recent = visit(Ledger::Elderly, first.meta.id, kLedgerToday.addDays(-3), kTwo);
    Visit older = visit(Ledger::Elderly, first.meta.id, kLedgerToday.addDays(-40), kTwo);
    ok(visits.add(recent));
    ok(visits.add(older));
    CHECK(lastVisitOn(db, QStringLiteral("elderly_record"), first.meta.id) == kLedgerToday.addDays(-3).toString(Qt::ISODate));

    // A tombstoned visit no longer counts.
    ok(visits.remove(recent));
    CHECK(lastVisitOn(db, QStringLiteral("elderly_record"), first.meta.id) == kLedgerToday.addDays(-40).toString(Qt::ISODate));

    // Moving a visit to another record recomputes both.
    older.subjectId = second.meta.id;
    ok(visits.update(older));
    CHECK(lastVisitOn(db, QStringLiteral("elderly_record"), first.meta.id) == QStringLiteral("-"));
    CHECK(lastVisitOn(db, QStringLiteral("elderly_record"), second.meta.id) == kLedgerToday.addDays(-40).toString(Qt::ISODate));
}

TEST_CASE("A relief household's stored last visit counts only checks and reviews", "[ledger][visit]")
{
    LedgerDb db;
    ReliefHousehold h = household({member(person(QStringLiteral("赵大"), bornYearsAgo(45), 3), Relationship::Head)});
    ok(storage::ReliefRepository(db.sql(), db.context()).add(h));
    storage::VisitRepository visits(db.sql(), db.context());
    Visit courtesy = visit(Ledger::Relief, h.meta.id, kLedgerToday.addDays(-1), kTwo);
    ok(visits.add(courtesy));
    CHECK(lastVisitOn(db, QStringLiteral("relief_household"), h.meta.id) == QStringLiteral("-"));
    Visit check = visit(Ledger::Relief, h.meta.id, kLedgerToday.addDays(-10), kTwo);
    check.kind = VisitKind::HouseholdCheck;
    ok(visits.add(check));
    CHECK(lastVisitOn(db, QStringLiteral("relief_household"), h.meta.id) == kLedgerToday.addDays(-10).toString(Qt::ISODate));
}
