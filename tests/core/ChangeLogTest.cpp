#include "CharityTestSupport.h"
#include "ImportSupport.h"
#include "RegistryTestSupport.h"

#include "exchange/CsvReader.h"
#include "exchange/ExchangeCatalog.h"

#include "operations/ChangeNotifier.h"
#include "operations/Operations.h"
#include "storage/ChangeLogRepository.h"
#include "storage/ElderlyRepository.h"
#include "storage/SqliteHandle.h"
#include "storage/ChangeLogTriggers.h"

#include <QSignalSpy>

using namespace wushe;
using namespace wushe::test;

namespace {

const ops::Operator kOperator{QStringLiteral("zhangsan"), QStringLiteral("张三"), {}, {}};

const Clock& operationsClock()
{
    static const FixedClock clock(QDateTime(kLedgerToday, QTime(10, 0)));
    return clock;
}

QList<storage::ChangeEntry> batchEntries(const LedgerDb& db, qint64 batch)
{
    storage::ChangeFilter filter;
    filter.batch = batch;
    return ok(storage::ChangeLogRepository(db.sql()).entries(filter));
}

qint64 lastBatch(const LedgerDb& db)
{
    return db.count(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_batch"));
}

const storage::ChangeEntry* entryOf(const QList<storage::ChangeEntry>& entries, const QString& table)
{
    for (const storage::ChangeEntry& entry : entries)
        if (entry.table == table)
            return &entry;
    return nullptr;
}

// One row of the table-driven test: a record, the table it is stored in, and one
// column its edit changes from `before` to `after`.
template <typename Record>
struct Lifecycle
{
    QString table;
    QString column;
    QVariant before;
    QVariant after;
    std::function<void(Record&)> edit;
};

// Insert, update, delete and restore through the operations, each checked against
// the log: exactly one batch per operation, one row for the record's table with
// the right operation, operator, org code and values.
template <typename Record>
void checkLifecycle(const LedgerDb& db, ops::Operations& operations, Record record, const Lifecycle<Record>& expected)
{
    INFO(expected.table.toStdString());
    ok(operations.save(record));
    auto inserted = batchEntries(db, lastBatch(db));
    const storage::ChangeEntry* insert = entryOf(inserted, expected.table);
    REQUIRE(insert);
    CHECK(insert->operation == QStringLiteral("insert"));
    CHECK(insert->rowId == record.meta.id);
    CHECK(insert->orgCode == record.meta.orgCode);
    CHECK(insert->operatorLogin == QStringLiteral("zhangsan"));
    CHECK(insert->rowVersion == 1);
    CHECK(insert->oldValues.isEmpty());
    CHECK(insert->newValues.value(expected.column).toString() == expected.before.toString());
    CHECK(insert->columns().contains(expected.column));

    expected.edit(record);
    ok(operations.save(record));
    auto updated = batchEntries(db, lastBatch(db));
    REQUIRE(updated.size() >= 1);
    const storage::ChangeEntry* update = entryOf(updated, expected.table);
    REQUIRE(update);
    CHECK(update->operation == QStringLiteral("update"));
    CHECK(update->rowId == record.meta.id);
    CHECK(update->columns() == QStringList{expected.column});
    CHECK(update->oldValues == QVariantMap{{expected.column, expected.before}});
    CHECK(update->newValues == QVariantMap{{expected.column, expected.after}});
    CHECK(update->rowVersion == record.meta.version);

    ok(operations.remove(record));
    auto removed = batchEntries(db, lastBatch(db));
    const storage::ChangeEntry* remove = entryOf(removed, expected.table);
    REQUIRE(remove);
    CHECK(remove->operation == QStringLiteral("delete"));
    CHECK(remove->columns().isEmpty());

    ok(operations.restore(expected.table, record.meta.id));
    auto restored = batchEntries(db, lastBatch(db));
    REQUIRE(restored.size() == 1);
    CHECK(restored.first().operation == QStringLiteral("restore"));
    CHECK(restored.first().table == expected.table);
    CHECK(restored.first().columns().isEmpty());
    CHECK(db.count(QStringLiteral("SELECT deleted FROM %1 WHERE id = :id").arg(expected.table),
                   {{QStringLiteral(":id"), record.meta.id}})
          == 0);
}

} // namespace

TEST_CASE("Every operation logs each changed row with its old and new values", "[operations][changelog]")
{
    LedgerDb db;
    ops::Operations operations(db.sql(), kOperator, operationsClock());

    SECTION("elderly record (and its new person)")
    {
        ElderlyRecord record = elderlyRecord(person(QStringLiteral("王建国"), bornYearsAgo(80)));
        checkLifecycle<ElderlyRecord>(db, operations, record,
                                      {QStringLiteral("elderly_record"), QStringLiteral("helper_name"), QString(""),
                                       QStringLiteral("赵志强"), [](ElderlyRecord& r) { r.helperName = QStringLiteral("赵志强"); }});
        // A new person writes two rows: the person and the ledger record.
        storage::ChangeFilter people;
        people.table = QStringLiteral("person");
        CHECK(ok(storage::ChangeLogRepository(db.sql()).entries(people)).size() == 1);
    }
    SECTION("child record")
    {
        checkLifecycle<ChildRecord>(db, operations, childRecord(person(QStringLiteral("李小明"), bornYearsAgo(9), 2)),
                                    {QStringLiteral("child_record"), QStringLiteral("note"), QString(""), QStringLiteral("跟奶奶住"),
                                     [](ChildRecord& r) { r.note = QStringLiteral("跟奶奶住"); }});
    }
    SECTION("relief household")
    {
        ReliefHousehold h = household({member(person(QStringLiteral("赵大海"), bornYearsAgo(50), 3), Relationship::Head)});
        checkLifecycle<ReliefHousehold>(db, operations, h,
                                        {QStringLiteral("relief_household"), QStringLiteral("monthly_amount_fen"), 48000, 52000,
                                         [](ReliefHousehold& r) { r.monthlyAmountFen = 52000; }});
    }
    SECTION("service unit and station staff")
    {
        ServiceUnit unit;
        unit.meta.orgCode = kOtherTownship;
        unit.tier = ServiceTier::TownshipStation;
        unit.name = QStringLiteral("朝邑镇社会工作服务站");
        unit.establishedOn = QDate(2023, 5, 1);
        checkLifecycle<ServiceUnit>(db, operations, unit,
                                    {QStringLiteral("service_unit"), QStringLiteral("phone"), QString(""), QStringLiteral("0913-3212345"),
                                     [](ServiceUnit& u) { u.phone = QStringLiteral("0913-3212345"); }});
        ServiceUnit station;
        station.meta.orgCode = kTownship;
        station.tier = ServiceTier::TownshipStation;
        station.name = QStringLiteral("许庄镇社会工作服务站");
        station.establishedOn = QDate(2023, 5, 1);
        ok(operations.save(station));
        StationStaff staff;
        staff.meta.orgCode = station.meta.orgCode;
        staff.serviceUnitId = station.meta.id;
        staff.name = QStringLiteral("刘芳");
        staff.post = StaffPost::ResidentWorker;
        staff.startOn = QDate(2024, 1, 2);
        checkLifecycle<StationStaff>(db, operations, staff,
                                     {QStringLiteral("station_staff"), QStringLiteral("start_on"), QStringLiteral("2024-01-02"),
                                      QStringLiteral("2024-02-01"), [](StationStaff& s) { s.startOn = QDate(2024, 2, 1); }});
    }
    SECTION("service activity and community organization")
    {
        checkLifecycle<ServiceActivity>(db, operations, activity(ActivityKind::NeedsSurvey, QDate(2024, 5, 2), kVillage),
                                        {QStringLiteral("service_activity"), QStringLiteral("people_served"), 12, 30,
                                         [](ServiceActivity& a) { a.peopleServed = 30; }});
        CommunityOrg org = communityOrg(kVillage, QStringLiteral("光华社区老年协会"), true);
        checkLifecycle<CommunityOrg>(db, operations, org,
                                     {QStringLiteral("community_org"), QStringLiteral("leader_name"), org.leaderName,
                                      QStringLiteral("孙桂兰"), [](CommunityOrg& o) { o.leaderName = QStringLiteral("孙桂兰"); }});
    }
    SECTION("charity fund, its flows and a purchased project")
    {
        CharityFund fund = charityFund(100000);
        checkLifecycle<CharityFund>(db, operations, fund,
                                    {QStringLiteral("charity_fund"), QStringLiteral("initial_amount_fen"), 100000, 250000,
                                     [](CharityFund& f) { f.initialAmountFen = 250000; }});
        CharityFund other = charityFund(500000);
        ok(operations.save(other));
        checkLifecycle<FundFlow>(db, operations, fundFlow(other, FlowDirection::In, 20000),
                                 {QStringLiteral("charity_fund_flow"), QStringLiteral("amount_fen"), 20000, 30000,
                                  [](FundFlow& f) { f.amountFen = 30000; }});
        checkLifecycle<PurchasedProject>(db, operations, purchasedProject(800000),
                                         {QStringLiteral("purchased_project"), QStringLiteral("contract_amount_fen"), 800000,
                                          900000, [](PurchasedProject& p) { p.contractAmountFen = 900000; }});
    }
}

TEST_CASE("Every table with the common columns has both change-log triggers", "[operations][changelog]")
{
    LedgerDb db;
    const qint64 logged = db.count(QStringLiteral(
        "SELECT count(*) FROM sqlite_schema t WHERE t.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(t.name) "
        "WHERE name = 'updated_by') AND EXISTS (SELECT 1 FROM pragma_table_info(t.name) WHERE name = 'version')"));
    CHECK(logged >= 30);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name GLOB '*_log_insert'")) == logged);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name GLOB '*_log_update'")) == logged);
    // Derived columns (sort keys, search copies, the cached last visit) are not logged.
    const QStringList person = storage::ChangeLogTriggers::loggedColumns(storage::sqliteHandle(db.sql()), QStringLiteral("person"));
    CHECK(person.contains(QStringLiteral("name")));
    CHECK_FALSE(person.contains(QStringLiteral("name_key")));
    CHECK_FALSE(person.contains(QStringLiteral("id_reversed")));
    const QStringList elderly =
        storage::ChangeLogTriggers::loggedColumns(storage::sqliteHandle(db.sql()), QStringLiteral("elderly_record"));
    CHECK_FALSE(elderly.contains(QStringLiteral("last_visit_on")));
    CHECK_FALSE(elderly.contains(QStringLiteral("id_number")));
    // Each database file has its own installation id.
    LedgerDb other;
    const QString mine = ok(storage::ChangeLogRepository(db.sql()).installationId());
    CHECK(mine.size() == 36);
    CHECK(mine != ok(storage::ChangeLogRepository(other.sql()).installationId()));
}

TEST_CASE("An operation commits one batch, notifies once, and a failed one leaves nothing", "[operations][changelog]")
{
    LedgerDb db;
    ops::ChangeNotifier notifier;
    QSignalSpy spy(&notifier, &ops::ChangeNotifier::changed);
    ops::Operations operations(db.sql(), kOperator, operationsClock(), &notifier);
    ElderlyRecord record = elderlyRecord(person(QStringLiteral("王建国"), bornYearsAgo(80)));
    ok(operations.save(record));
    REQUIRE(spy.size() == 1);
    const auto change = spy.first().first().value<ops::Change>();
    CHECK(change.kind == QStringLiteral("elderly_record.save"));
    CHECK(change.summary == QStringLiteral("新增老年人台账：王建国"));
    CHECK(change.tables == QSet<QString>{QStringLiteral("person"), QStringLiteral("elderly_record")});
    CHECK(change.touchesUnit(kTownship));
    CHECK(change.touchesUnit(kCounty));
    CHECK_FALSE(change.touchesUnit(QStringLiteral("610523102000")));
    CHECK(change.undoable);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM change_batch WHERE open = 1")) == 0);
    const QString stamp = ok(storage::ElderlyRepository(db.sql(), db.context()).find(record.meta.id))->meta.updatedBy;
    CHECK(stamp == QStringLiteral("zhangsan"));

    // The same person twice in one ledger is refused: no batch, no rows, no notification.
    const qint64 batches = lastBatch(db);
    const qint64 rows = db.count(QStringLiteral("SELECT count(*) FROM change_log"));
    ElderlyRecord twice = elderlyRecord(person(QStringLiteral("王建国"), bornYearsAgo(80)));
    CHECK_FALSE(operations.save(twice).has_value());
    CHECK(twice.meta.isNew());
    CHECK(lastBatch(db) == batches);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM change_log")) == rows);
    CHECK(spy.size() == 1);
}

TEST_CASE("Undo and redo revert a batch exactly, and are logged themselves", "[operations][undo]")
{
    LedgerDb db;
    ops::Operations operations(db.sql(), kOperator, operationsClock());
    ElderlyRecord record = elderlyRecord(person(QStringLiteral("王建国"), bornYearsAgo(80)));
    ok(operations.save(record));
    ElderlyRecord edited = record;
    edited.riskTier = RiskTier::High;
    edited.person.name = QStringLiteral("王建华");
    edited.note = QStringLiteral("独居，需每周探访");
    ok(operations.save(edited));
    const qint64 editBatch = lastBatch(db);

    const ops::Change undo = ok(operations.revert(editBatch));
    CHECK(undo.reverts == editBatch);
    CHECK(undo.kind == QStringLiteral("undo"));
    auto back = ok(storage::ElderlyRepository(db.sql(), db.context()).find(record.meta.id));
    REQUIRE(back);
    CHECK(back->riskTier == RiskTier::General);
    CHECK(back->note == record.note);
    CHECK(back->person.name == QStringLiteral("王建国"));
    // The sort key and the name search follow the old name.
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person_name_index WHERE gram = '建国'")) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person_name_index WHERE gram = '建华'")) == 0);
    auto undone = batchEntries(db, undo.batch);
    REQUIRE(undone.size() == 2);
    for (const storage::ChangeEntry& entry : undone) {
        CHECK(entry.operation == QStringLiteral("update"));
        CHECK(entry.operatorLogin == QStringLiteral("zhangsan"));
    }

    const ops::Change redo = ok(operations.revert(undo.batch));
    CHECK(redo.kind == QStringLiteral("redo"));
    back = ok(storage::ElderlyRepository(db.sql(), db.context()).find(record.meta.id));
    CHECK(back->riskTier == RiskTier::High);
    CHECK(back->person.name == QStringLiteral("王建华"));

    // Once the row changed again, the edit can no longer be undone: nothing later is overwritten.
    ElderlyRecord later = *back;
    later.note = QStringLiteral("已入住敬老院");
    ok(operations.save(later));
    const Error refusedUndo = refused(operations.revert(editBatch));
    CHECK(refusedUndo.key == QStringLiteral("ops.changed_since"));

    // Undoing an add tombstones what it added; the ID number is free again.
    ElderlyRecord another = elderlyRecord(person(QStringLiteral("李桂兰"), bornYearsAgo(75), 5, Sex::Female));
    ok(operations.save(another));
    ok(operations.revert(lastBatch(db)));
    CHECK(db.count(QStringLiteral("SELECT deleted FROM elderly_record WHERE id = :id"), {{QStringLiteral(":id"), another.meta.id}}) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person WHERE deleted = 0 AND name = '李桂兰'")) == 0);
}

TEST_CASE("Once the operations layer is on a connection, nothing else writes on it", "[operations][guard]")
{
    LedgerDb db;
    ElderlyRecord before = elderlyRecord(person(QStringLiteral("王建国"), bornYearsAgo(80)));
    // A repository on its own (storage tests) may write.
    ok(storage::ElderlyRepository(db.sql(), db.context()).add(before));
    {
        ops::Operations operations(db.sql(), kOperator, operationsClock());
        ElderlyRecord outside = elderlyRecord(person(QStringLiteral("李桂兰"), bornYearsAgo(75), 5, Sex::Female));
        const Error error = refused(storage::ElderlyRepository(db.sql(), operations.context()).add(outside));
        CHECK(error.key == QStringLiteral("ops.outside"));
        CHECK(db.count(QStringLiteral("SELECT count(*) FROM person WHERE name = '李桂兰'")) == 0);
        // The same write inside an operation passes.
        ok(operations.run(QStringLiteral("test.fixture"), QStringLiteral("测试"),
                          [&] { return storage::ElderlyRepository(db.sql(), operations.context()).add(outside); }));
        CHECK(db.count(QStringLiteral("SELECT count(*) FROM person WHERE name = '李桂兰'")) == 1);
    }
}

TEST_CASE("An import logs every row it inserts, people and records alike, in one batch", "[operations][changelog]")
{
    LedgerDb db;
    QString csv = QStringLiteral("姓名,身份证号,村（社区）,类别,登记日期\n");
    constexpr int kPeople = 40;
    for (int i = 0; i < kPeople; ++i)
        csv += QStringLiteral("老人%1,%2,光华社区,独居,2024-03-01\n").arg(i).arg(idNumber(QDate(1940, 1, 1).addDays(i), 100 + i));
    const exchange::SheetData sheet = ok(exchange::CsvReader::parse(csv.toUtf8()));
    auto units = exchange::UnitResolver::load(db.sql());
    REQUIRE(units.has_value());
    auto elderly = exchange::ExchangeCatalog::make(QStringLiteral("elderly"), db.sql(), db.context(), &*units);
    const exchange::ImportReport report = ok(importDetected(db, *elderly, *units, sheet, {}));
    REQUIRE(report.applied);
    CHECK(report.added == kPeople);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'person' AND operation = 'insert'")) == kPeople);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'elderly_record' AND operation = 'insert'"))
          == kPeople);
    CHECK(db.count(QStringLiteral("SELECT count(DISTINCT batch) FROM change_log")) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM change_batch WHERE kind = 'import.elderly'")) == 1);

    // New rows are logged in bulk when the batch closes: its insert triggers are back.
    const qint64 insertTriggers = db.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name GLOB '*_log_insert'"));
    CHECK(insertTriggers >= 30);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM change_bulk_mark")) == 0);

    // A dry run leaves no batch and no rows, and the triggers as they were.
    exchange::ImportOptions dry;
    dry.dryRun = true;
    const exchange::ImportReport tried = ok(importDetected(db, *elderly, *units, sheet, dry));
    CHECK_FALSE(tried.applied);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM change_batch")) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name GLOB '*_log_insert'"))
          == insertTriggers);

    // A second file: one known person with a new phone (an update), one new person.
    const QString csv2 = QStringLiteral("姓名,身份证号,村（社区）,类别,登记日期,联系电话\n")
                         + QStringLiteral("老人0,%1,光华社区,独居,2024-03-01,13900001111\n").arg(idNumber(QDate(1940, 1, 1), 100))
                         + QStringLiteral("新老人,%1,光华社区,独居,2024-03-01,13900002222\n").arg(idNumber(QDate(1939, 1, 1), 300));
    const exchange::ImportReport second = ok(importDetected(db, *elderly, *units, ok(exchange::CsvReader::parse(csv2.toUtf8())), {}));
    CHECK(second.added == 1);
    CHECK(second.updated == 1);
    const qint64 batch = lastBatch(db);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM change_log WHERE batch = :b AND operation = 'update' AND table_name = 'person' "
                                  "AND new_values = '{\"phone\":\"13900001111\"}'"),
                   {{QStringLiteral(":b"), batch}})
          == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM change_log WHERE batch = :b AND operation = 'insert'"), {{QStringLiteral(":b"), batch}})
          == 2);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM change_log WHERE batch = :b AND operation = 'insert' AND table_name = 'person' "
                                  "AND json_extract(new_values, '$.phone') = '13900002222'"),
                   {{QStringLiteral(":b"), batch}})
          == 1);
}
