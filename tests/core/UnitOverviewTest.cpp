// The unit overview's counts of what the database holds below a unit.
#include "LedgerTestSupport.h"

#include "org/UnitOverview.h"
#include "storage/ElderlyRepository.h"
#include "storage/VisitRepository.h"

using namespace wushe;
using namespace wushe::test;

namespace {

const QString kXuzhuang = QStringLiteral("610523101000"); // 许庄镇 (kVillage, kOtherVillage)
const QString kChaoyiVillage = QStringLiteral("610523102001"); // 朝邑镇 朝邑居委会

qint64 visitsThisYear(const LedgerDb& db, const QString& code)
{
    const auto overview = org::UnitOverview::load(db.sql(), code, kLedgerToday);
    INFO((overview ? std::string() : overview.error().toString().toStdString()));
    REQUIRE(overview.has_value());
    for (const auto& record : overview->records)
        if (record.label == QStringLiteral("本年探访与核查（次）"))
            return record.count;
    FAIL("no visit count in the overview");
    return -1;
}

} // namespace

TEST_CASE("overview: this year's live visits below the unit, not earlier years', deleted or other townships' ones")
{
    LedgerDb db;
    storage::ElderlyRepository elderly(db.sql(), db.context());
    storage::VisitRepository visits(db.sql(), db.context());
    QStringList subjects;
    int sequence = 60;
    for (const QString& village : {kVillage, kOtherVillage, kChaoyiVillage}) {
        ElderlyRecord record = elderlyRecord(person(QStringLiteral("孙玉兰"), QDate(1944, 2, 2), sequence++), village);
        record.registeredOn = QDate(2023, 3, 1);
        ok(elderly.add(record));
        subjects << record.meta.id;
    }
    const Visitor visitor{QStringLiteral("王芳"), VisitorRole::SocialWorker};
    const auto add = [&](int subject, QDate on) {
        Visit v = visit(Ledger::Elderly, subjects.at(subject), on, {visitor});
        ok(visits.add(v));
        return v;
    };
    add(0, QDate(2024, 1, 1));   // 光华社区: the first day of the year counts
    add(0, kLedgerToday);        // … and today
    add(0, QDate(2023, 12, 31)); // last year: not counted
    add(1, QDate(2024, 3, 5));   // 许庄村
    Visit removed = add(1, QDate(2024, 4, 5));
    ok(visits.remove(removed));  // deleted: not counted
    add(2, QDate(2024, 5, 5));   // 朝邑镇

    CHECK(visitsThisYear(db, kCounty) == 4);
    CHECK(visitsThisYear(db, kXuzhuang) == 3);
    CHECK(visitsThisYear(db, kVillage) == 2);
    CHECK(visitsThisYear(db, kOtherVillage) == 1);
    CHECK(visitsThisYear(db, QStringLiteral("610523102000")) == 1);
    CHECK(visitsThisYear(db, QStringLiteral("610523103000")) == 0);
}
