#include "LedgerTestSupport.h"

#include "storage/ElderlyRepository.h"
#include "storage/ReliefRepository.h"
#include "storage/VisitRepository.h"

using namespace wushe;
using namespace wushe::test;
using storage::VisitRepository;

namespace {

const Visitor kWang{QStringLiteral("王芳"), VisitorRole::SocialWorker};
const Visitor kLi{QStringLiteral("李强"), VisitorRole::Staff};

QString addElderly(const LedgerDb& db, QString village = kVillage)
{
    ElderlyRecord record = elderlyRecord(person(QStringLiteral("赵德明"), QDate(1945, 5, 1), 41), std::move(village));
    record.registeredOn = QDate(2024, 3, 1);
    ok(storage::ElderlyRepository(db.sql(), db.context()).add(record));
    return record.meta.id;
}

QString addHousehold(const LedgerDb& db)
{
    ReliefHousehold h = household({member(person(QStringLiteral("钱少华"), QDate(1975, 6, 6), 42), Relationship::Head)});
    ok(storage::ReliefRepository(db.sql(), db.context()).add(h));
    return h.meta.id;
}

} // namespace

TEST_CASE("visit: stored with the subject's village and visitors as a JSON array")
{
    LedgerDb db;
    VisitRepository repo(db.sql(), db.context());
    const QString subject = addElderly(db, kOtherVillage);
    Visit v = visit(Ledger::Elderly, subject, QDate(2024, 6, 1), {kWang, Visitor{QStringLiteral("  "), {}}});
    v.meta.orgCode = kVillage; // ignored: the subject decides
    v.referral = Referral::Medical;
    ok(repo.add(v));

    CHECK(v.meta.orgCode == kOtherVillage);
    CHECK(db.count(QStringLiteral("SELECT visitors = :json AND visitor_count = 1 FROM visit"),
                   {{QStringLiteral(":json"), QStringLiteral(R"([{"name":"王芳","role":"social_worker"}])")}})
          == 1);
    const auto found = ok(repo.find(v.meta.id));
    REQUIRE(found.has_value());
    CHECK(found->visitors == QList<Visitor>{kWang});
    CHECK(found->referral == Referral::Medical);
    CHECK(found->visitOn == QDate(2024, 6, 1));
}

TEST_CASE("visit: a household check needs two distinct investigators")
{
    LedgerDb db;
    VisitRepository repo(db.sql(), db.context());
    const QString subject = addHousehold(db);
    Visit alone = visit(Ledger::Relief, subject, kLedgerToday, {kWang});
    alone.kind = VisitKind::HouseholdCheck;
    Visit sameTwice = alone;
    sameTwice.visitors = {kWang, Visitor{QStringLiteral("王芳 "), VisitorRole::Staff}};
    Visit pair = alone;
    pair.visitors = {kWang, kLi};

    const Error error = refused(repo.add(alone));
    CHECK(error.key == QStringLiteral("visit.investigators"));
    CHECK(error.message.contains(QStringLiteral("两名")));
    CHECK(refused(repo.add(sameTwice)).key == QStringLiteral("visit.investigators"));
    ok(repo.add(pair));
    CHECK(db.count(QStringLiteral("SELECT visitor_count FROM visit WHERE kind = 'household_check'")) == 2);
}

TEST_CASE("visit: household checks and reviews belong to the relief ledger")
{
    LedgerDb db;
    VisitRepository repo(db.sql(), db.context());
    const QString elderly = addElderly(db);
    const QString relief = addHousehold(db);
    Visit check = visit(Ledger::Elderly, elderly, kLedgerToday, {kWang, kLi});
    check.kind = VisitKind::HouseholdCheck;
    Visit review = visit(Ledger::Elderly, elderly, kLedgerToday, {kWang});
    review.kind = VisitKind::Review;

    CHECK(refused(repo.add(check)).key == QStringLiteral("visit.kind"));
    CHECK(refused(repo.add(review)).key == QStringLiteral("visit.kind"));
    review.ledger = Ledger::Relief;
    review.subjectId = relief;
    ok(repo.add(review));
}

TEST_CASE("visit: dates from 2000-01-01 to today, earlier than the registration allowed")
{
    LedgerDb db;
    VisitRepository repo(db.sql(), db.context());
    const QString subject = addElderly(db); // registered 2024-03-01

    Visit tomorrow = visit(Ledger::Elderly, subject, kLedgerToday.addDays(1), {kWang});
    CHECK(refused(repo.add(tomorrow)).key == QStringLiteral("visit.date"));
    Visit y1999 = visit(Ledger::Elderly, subject, QDate(1999, 12, 31), {kWang});
    CHECK(refused(repo.add(y1999)).key == QStringLiteral("visit.date"));
    Visit y2000 = visit(Ledger::Elderly, subject, QDate(2000, 1, 1), {kWang});
    ok(repo.add(y2000));
    Visit beforeRegistration = visit(Ledger::Elderly, subject, QDate(2023, 11, 20), {kWang});
    ok(repo.add(beforeRegistration));
    Visit today = visit(Ledger::Elderly, subject, kLedgerToday, {kWang});
    ok(repo.add(today));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM visit")) == 3);
}

TEST_CASE("visit: at least one visitor, and no name twice")
{
    LedgerDb db;
    VisitRepository repo(db.sql(), db.context());
    const QString subject = addElderly(db);
    Visit none = visit(Ledger::Elderly, subject, kLedgerToday, {});
    Visit blank = visit(Ledger::Elderly, subject, kLedgerToday, {Visitor{QStringLiteral(" \u3000"), {}}});
    Visit twice = visit(Ledger::Elderly, subject, kLedgerToday, {kWang, kLi, kWang});

    CHECK(refused(repo.add(none)).key == QStringLiteral("visit.visitors"));
    CHECK(refused(repo.add(blank)).key == QStringLiteral("visit.visitors"));
    CHECK(refused(repo.add(twice)).key == QStringLiteral("visit.visitors"));
}

TEST_CASE("visit: the subject must be a live record of the named ledger")
{
    LedgerDb db;
    VisitRepository repo(db.sql(), db.context());
    storage::ElderlyRepository elderly(db.sql(), db.context());
    const QString subject = addElderly(db);
    Visit wrongLedger = visit(Ledger::Child, subject, kLedgerToday, {kWang});
    CHECK(refused(repo.add(wrongLedger)).key == QStringLiteral("visit.subject"));

    auto record = ok(elderly.find(subject));
    ok(elderly.remove(*record));
    Visit removed = visit(Ledger::Elderly, subject, kLedgerToday, {kWang});
    CHECK(refused(repo.add(removed)).key == QStringLiteral("visit.subject"));
}

TEST_CASE("visit: history newest first, last visit on or before a day, tombstones left out")
{
    LedgerDb db;
    VisitRepository repo(db.sql(), db.context());
    const QString subject = addElderly(db);
    QList<Visit> visits;
    for (const QDate day : {QDate(2024, 4, 10), QDate(2024, 6, 1), QDate(2024, 5, 3)}) {
        Visit v = visit(Ledger::Elderly, subject, day, {kWang});
        ok(repo.add(v));
        visits << v;
    }

    QList<QDate> days;
    for (const Visit& v : ok(repo.history(subject)))
        days << v.visitOn;
    CHECK(days == QList<QDate>{QDate(2024, 6, 1), QDate(2024, 5, 3), QDate(2024, 4, 10)});
    CHECK(ok(repo.lastVisit(subject, QDate(2024, 5, 31)))->visitOn == QDate(2024, 5, 3));
    CHECK(ok(repo.lastVisit(subject, QDate(2024, 5, 3)))->visitOn == QDate(2024, 5, 3));
    CHECK_FALSE(ok(repo.lastVisit(subject, QDate(2024, 4, 9))).has_value());

    ok(repo.remove(visits[2]));
    CHECK(ok(repo.lastVisit(subject, QDate(2024, 5, 31)))->visitOn == QDate(2024, 4, 10));
    CHECK(ok(repo.history(subject)).size() == 2);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM visit WHERE deleted = 1")) == 1);
}

TEST_CASE("visit: update rechecks and saves, a removed visit cannot be updated")
{
    LedgerDb db;
    VisitRepository repo(db.sql(), db.context());
    const QString subject = addHousehold(db);
    Visit v = visit(Ledger::Relief, subject, QDate(2024, 6, 10), {kWang});
    ok(repo.add(v));

    v.kind = VisitKind::HouseholdCheck;
    CHECK(refused(repo.update(v)).key == QStringLiteral("visit.investigators"));
    v.visitors << kLi;
    v.findings = QStringLiteral("家庭收入无明显变化");
    ok(repo.update(v));
    const auto found = ok(repo.find(v.meta.id));
    CHECK(found->kind == VisitKind::HouseholdCheck);
    CHECK(found->findings == QStringLiteral("家庭收入无明显变化"));
    CHECK(found->meta.version == 2);

    ok(repo.remove(v));
    CHECK(refused(repo.update(v)).key == QStringLiteral("visit.not_saved"));
}
