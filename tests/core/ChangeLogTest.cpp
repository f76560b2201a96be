#include "CharityTestSupport.h"
#include "ImportSupport.h"
#include "RegistryTestSupport.h"

#include "domain/CharityReferral.h"
#include "domain/CharitySupermarket.h"
#include "domain/Donation.h"
#include "domain/HappyHomeProject.h"
#include "domain/SocialWorker.h"
#include "domain/Training.h"
#include "domain/Volunteer.h"
#include "exchange/CsvReader.h"
#include "exchange/ExchangeCatalog.h"

#include "operations/ChangeNotifier.h"
#include "operations/Operations.h"
#include "quarterly/QuarterlyReport.h"
#include "quarterly/ReportJson.h"
#include "quarterly/StoredReport.h"
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

// A fresh database and its operations for one family of records, and the logged
// tables whose rows the family's checks found in the log.
struct Lab
{
    LedgerDb db;
    ops::Operations operations{db.sql(), kOperator, operationsClock()};
    QSet<QString> checked;

    // The entries of the last batch for `table` with `operation`: exactly `count`
    // of them, each stamped with the operator. With count > 0 the table is checked.
    QList<storage::ChangeEntry> expect(const QString& table, const QString& operation, int count)
    {
        QList<storage::ChangeEntry> found;
        for (const storage::ChangeEntry& entry : batchEntries(db, lastBatch(db)))
            if (entry.table == table && entry.operation == operation)
                found << entry;
        INFO(table.toStdString() << ' ' << operation.toStdString());
        REQUIRE(found.size() == count);
        for (const storage::ChangeEntry& entry : found)
            CHECK(entry.operatorLogin == QStringLiteral("zhangsan"));
        if (count > 0)
            checked << table;
        return found;
    }
};

// One row of the table-driven test: the table a record is stored in, and one
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
// the right operation, operator, org code and values. `record` keeps its ids
// (it ends deleted in memory; the database has it restored).
template <typename Record>
void checkLifecycle(Lab& lab, Record& record, const Lifecycle<Record>& expected)
{
    const LedgerDb& db = lab.db;
    ops::Operations& operations = lab.operations;
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
    lab.checked << expected.table;
}

// ---- the families of records, one SECTION each -------------------------------

void elderlyRecordAndPerson(Lab& lab)
{
    ElderlyRecord record = elderlyRecord(person(QStringLiteral("王建国"), bornYearsAgo(80)));
    checkLifecycle<ElderlyRecord>(lab, record,
                                  {QStringLiteral("elderly_record"), QStringLiteral("helper_name"), QString(""),
                                   QStringLiteral("赵志强"), [](ElderlyRecord& r) { r.helperName = QStringLiteral("赵志强"); }});
    // A new person writes two rows: the person and the ledger record.
    ElderlyRecord other = elderlyRecord(person(QStringLiteral("李桂兰"), bornYearsAgo(75), 5, Sex::Female));
    ok(lab.operations.save(other));
    const storage::ChangeEntry added = lab.expect(QStringLiteral("person"), QStringLiteral("insert"), 1).first();
    CHECK(added.rowId == other.person.meta.id);
    CHECK(added.newValues.value(QStringLiteral("name")) == QStringLiteral("李桂兰"));
    lab.expect(QStringLiteral("elderly_record"), QStringLiteral("insert"), 1);
    // A person edited through the record: one person row, none for the record.
    other.person.phone = QStringLiteral("13900001111");
    ok(lab.operations.save(other));
    const storage::ChangeEntry edited = lab.expect(QStringLiteral("person"), QStringLiteral("update"), 1).first();
    CHECK(edited.oldValues == QVariantMap{{QStringLiteral("phone"), QStringLiteral("13912345678")}});
    CHECK(edited.newValues == QVariantMap{{QStringLiteral("phone"), QStringLiteral("13900001111")}});
    lab.expect(QStringLiteral("elderly_record"), QStringLiteral("update"), 0);
}

void childRecords(Lab& lab)
{
    ChildRecord record = childRecord(person(QStringLiteral("李小明"), bornYearsAgo(9), 2));
    checkLifecycle<ChildRecord>(lab, record,
                                {QStringLiteral("child_record"), QStringLiteral("note"), QString(""), QStringLiteral("跟奶奶住"),
                                 [](ChildRecord& r) { r.note = QStringLiteral("跟奶奶住"); }});
}

void reliefHouseholdAndMembers(Lab& lab)
{
    ReliefHousehold h = household({member(person(QStringLiteral("赵大海"), bornYearsAgo(50), 3), Relationship::Head)});
    checkLifecycle<ReliefHousehold>(lab, h,
                                    {QStringLiteral("relief_household"), QStringLiteral("monthly_amount_fen"), 48000, 52000,
                                     [](ReliefHousehold& r) { r.monthlyAmountFen = 52000; }});
    // Members are written with their household, in its batch.
    ReliefHousehold sun = household({member(person(QStringLiteral("孙建业"), bornYearsAgo(45), 11), Relationship::Head),
                                     member(person(QStringLiteral("孙小梅"), bornYearsAgo(12), 12, Sex::Female), Relationship::Child)});
    ok(lab.operations.save(sun));
    lab.expect(QStringLiteral("relief_household"), QStringLiteral("insert"), 1);
    for (const storage::ChangeEntry& entry : lab.expect(QStringLiteral("relief_member"), QStringLiteral("insert"), 2)) {
        CHECK(entry.orgCode == kVillage);
        CHECK(entry.newValues.value(QStringLiteral("household_id")) == sun.meta.id);
    }
    sun.members[1].workAbility = WorkAbility::None;
    sun.members << member(person(QStringLiteral("周秀英"), bornYearsAgo(44), 13, Sex::Female), Relationship::Spouse);
    ok(lab.operations.save(sun));
    const storage::ChangeEntry ability = lab.expect(QStringLiteral("relief_member"), QStringLiteral("update"), 1).first();
    CHECK(ability.rowId == sun.members[1].meta.id);
    CHECK(ability.oldValues == QVariantMap{{QStringLiteral("work_ability"), QStringLiteral("full")}});
    CHECK(ability.newValues == QVariantMap{{QStringLiteral("work_ability"), QStringLiteral("none")}});
    CHECK(lab.expect(QStringLiteral("relief_member"), QStringLiteral("insert"), 1).first().rowId == sun.members[2].meta.id);
    lab.expect(QStringLiteral("relief_household"), QStringLiteral("update"), 0);

    const QString leaving = sun.members[1].meta.id;
    sun.members.removeAt(1);
    ok(lab.operations.save(sun));
    CHECK(lab.expect(QStringLiteral("relief_member"), QStringLiteral("delete"), 1).first().rowId == leaving);
    ok(lab.operations.remove(sun));
    lab.expect(QStringLiteral("relief_household"), QStringLiteral("delete"), 1);
    lab.expect(QStringLiteral("relief_member"), QStringLiteral("delete"), 2);
}

void visits(Lab& lab)
{
    ElderlyRecord record = elderlyRecord(person(QStringLiteral("王建国"), bornYearsAgo(80)));
    ok(lab.operations.save(record));
    Visit v = visit(Ledger::Elderly, record.meta.id, QDate(2024, 6, 1), {{QStringLiteral("刘芳"), VisitorRole::Staff}});
    checkLifecycle<Visit>(lab, v,
                          {QStringLiteral("visit"), QStringLiteral("findings"), QStringLiteral("生活基本正常"),
                           QStringLiteral("血压偏高，已提醒复查"), [](Visit& r) { r.findings = QStringLiteral("血压偏高，已提醒复查"); }});
    CHECK(v.meta.orgCode == kVillage);
}

void serviceUnitAndStaff(Lab& lab)
{
    ServiceUnit unit;
    unit.meta.orgCode = kOtherTownship;
    unit.tier = ServiceTier::TownshipStation;
    unit.name = QStringLiteral("朝邑镇社会工作服务站");
    unit.establishedOn = QDate(2023, 5, 1);
    checkLifecycle<ServiceUnit>(lab, unit,
                                {QStringLiteral("service_unit"), QStringLiteral("phone"), QString(""), QStringLiteral("0913-3212345"),
                                 [](ServiceUnit& u) { u.phone = QStringLiteral("0913-3212345"); }});
    ServiceUnit station;
    station.meta.orgCode = kTownship;
    station.tier = ServiceTier::TownshipStation;
    station.name = QStringLiteral("许庄镇社会工作服务站");
    station.establishedOn = QDate(2023, 5, 1);
    ok(lab.operations.save(station));
    StationStaff staff;
    staff.meta.orgCode = station.meta.orgCode;
    staff.serviceUnitId = station.meta.id;
    staff.name = QStringLiteral("刘芳");
    staff.post = StaffPost::ResidentWorker;
    staff.startOn = QDate(2024, 1, 2);
    checkLifecycle<StationStaff>(lab, staff,
                                 {QStringLiteral("station_staff"), QStringLiteral("start_on"), QStringLiteral("2024-01-02"),
                                  QStringLiteral("2024-02-01"), [](StationStaff& s) { s.startOn = QDate(2024, 2, 1); }});
}

SocialWorker socialWorker(const Person& person)
{
    SocialWorker worker;
    worker.meta.orgCode = kTownship;
    worker.person = person;
    worker.person.meta.orgCode = kVillage;
    worker.post = SocialWorkPost::ResidentWorker;
    worker.startOn = QDate(2023, 6, 1);
    return worker;
}

void socialWorkersAndTraining(Lab& lab)
{
    SocialWorker worker = socialWorker(person(QStringLiteral("刘芳"), bornYearsAgo(35), 21, Sex::Female));
    checkLifecycle<SocialWorker>(lab, worker,
                                 {QStringLiteral("social_worker"), QStringLiteral("employer"), QString(""),
                                  QStringLiteral("大荔县阳光社会工作服务中心"),
                                  [](SocialWorker& w) { w.employer = QStringLiteral("大荔县阳光社会工作服务中心"); }});
    SocialWorker colleague = socialWorker(person(QStringLiteral("马超"), bornYearsAgo(29), 23));
    ok(lab.operations.save(colleague));

    Training training;
    training.meta.orgCode = kCounty;
    training.level = TrainingLevel::County;
    training.heldOn = QDate(2024, 5, 10);
    training.topic = QStringLiteral("个案工作方法");
    training.minutes = 120;
    training.organizer = QStringLiteral("大荔县民政局");
    Training course = training;
    checkLifecycle<Training>(lab, training,
                             {QStringLiteral("training"), QStringLiteral("minutes"), 120, 180, [](Training& t) { t.minutes = 180; }});

    // Trainees are written with their training, in its batch: a changed role is the
    // old row deleted and a new one inserted.
    course.trainees << Trainee{worker.person.meta.id, TraineeRole::SocialWorker};
    ok(lab.operations.save(course));
    lab.expect(QStringLiteral("training"), QStringLiteral("insert"), 1);
    const storage::ChangeEntry trainee = lab.expect(QStringLiteral("training_trainee"), QStringLiteral("insert"), 1).first();
    CHECK(trainee.orgCode == kCounty);
    CHECK(trainee.newValues.value(QStringLiteral("training_id")) == course.meta.id);
    CHECK(trainee.newValues.value(QStringLiteral("person_id")) == worker.person.meta.id);
    CHECK(trainee.newValues.value(QStringLiteral("role")) == QStringLiteral("social_worker"));
    course.trainees = {Trainee{worker.person.meta.id, TraineeRole::CommunityWorker},
                       Trainee{colleague.person.meta.id, TraineeRole::SocialWorker}};
    ok(lab.operations.save(course));
    CHECK(lab.expect(QStringLiteral("training_trainee"), QStringLiteral("delete"), 1).first().rowId == trainee.rowId);
    lab.expect(QStringLiteral("training_trainee"), QStringLiteral("insert"), 2);
    lab.expect(QStringLiteral("training"), QStringLiteral("update"), 0);
    ok(lab.operations.remove(course));
    lab.expect(QStringLiteral("training"), QStringLiteral("delete"), 1);
    lab.expect(QStringLiteral("training_trainee"), QStringLiteral("delete"), 2);
}

void volunteers(Lab& lab)
{
    VolunteerTeam team;
    team.meta.orgCode = kVillage;
    team.name = QStringLiteral("光华社区志愿服务队");
    team.leaderName = QStringLiteral("王秀梅");
    team.foundedOn = QDate(2022, 5, 1);
    checkLifecycle<VolunteerTeam>(lab, team,
                                  {QStringLiteral("volunteer_team"), QStringLiteral("leader_name"), QStringLiteral("王秀梅"),
                                   QStringLiteral("李红"), [](VolunteerTeam& t) { t.leaderName = QStringLiteral("李红"); }});
    Volunteer volunteer;
    volunteer.meta.orgCode = kVillage;
    volunteer.person = person(QStringLiteral("张志远"), bornYearsAgo(30), 31);
    volunteer.teamId = team.meta.id;
    volunteer.skills = QStringLiteral("理发");
    volunteer.registeredOn = QDate(2023, 3, 1);
    checkLifecycle<Volunteer>(lab, volunteer,
                              {QStringLiteral("volunteer"), QStringLiteral("skills"), QStringLiteral("理发"),
                               QStringLiteral("理发、量血压"), [](Volunteer& v) { v.skills = QStringLiteral("理发、量血压"); }});
    VolunteerService service;
    service.meta.orgCode = kVillage;
    service.volunteerId = volunteer.meta.id;
    service.servedOn = QDate(2024, 6, 1);
    service.minutes = 120;
    service.content = QStringLiteral("陪独居老人聊天");
    checkLifecycle<VolunteerService>(lab, service,
                                     {QStringLiteral("volunteer_service"), QStringLiteral("minutes"), 120, 90,
                                      [](VolunteerService& s) { s.minutes = 90; }});
}

void activitiesAndOrganizations(Lab& lab)
{
    ServiceActivity survey = activity(ActivityKind::NeedsSurvey, QDate(2024, 5, 2), kVillage);
    checkLifecycle<ServiceActivity>(lab, survey,
                                    {QStringLiteral("service_activity"), QStringLiteral("people_served"), 12, 30,
                                     [](ServiceActivity& a) { a.peopleServed = 30; }});
    CommunityOrg org = communityOrg(kVillage, QStringLiteral("光华社区老年协会"), true);
    checkLifecycle<CommunityOrg>(lab, org,
                                 {QStringLiteral("community_org"), QStringLiteral("leader_name"), org.leaderName,
                                  QStringLiteral("孙桂兰"), [](CommunityOrg& o) { o.leaderName = QStringLiteral("孙桂兰"); }});

    // Who took part and whom it served are written with the activity, in its batch.
    CommunityOrg dancers = communityOrg(kVillage, QStringLiteral("光华社区秧歌队"), false);
    ok(lab.operations.save(dancers));
    ElderlyRecord served = elderlyRecord(person(QStringLiteral("王建国"), bornYearsAgo(80)));
    ok(lab.operations.save(served));
    ServiceActivity visitDay = activity(ActivityKind::Visit, QDate(2024, 6, 3), kVillage);
    visitDay.participants << Participant{ParticipantKind::Org, org.meta.id};
    visitDay.servedPersonIds << served.person.meta.id;
    ok(lab.operations.save(visitDay));
    lab.expect(QStringLiteral("service_activity"), QStringLiteral("insert"), 1);
    const storage::ChangeEntry participant =
        lab.expect(QStringLiteral("activity_participant"), QStringLiteral("insert"), 1).first();
    CHECK(participant.orgCode == kVillage);
    CHECK(participant.newValues.value(QStringLiteral("activity_id")) == visitDay.meta.id);
    CHECK(participant.newValues.value(QStringLiteral("kind")) == QStringLiteral("org"));
    CHECK(participant.newValues.value(QStringLiteral("ref_id")) == org.meta.id);
    const storage::ChangeEntry servedRow = lab.expect(QStringLiteral("activity_person"), QStringLiteral("insert"), 1).first();
    CHECK(servedRow.newValues.value(QStringLiteral("person_id")) == served.person.meta.id);

    visitDay.participants = {Participant{ParticipantKind::Org, dancers.meta.id}};
    visitDay.servedPersonIds.clear();
    ok(lab.operations.save(visitDay));
    CHECK(lab.expect(QStringLiteral("activity_participant"), QStringLiteral("delete"), 1).first().rowId == participant.rowId);
    CHECK(lab.expect(QStringLiteral("activity_participant"), QStringLiteral("insert"), 1).first().newValues.value(
              QStringLiteral("ref_id"))
          == dancers.meta.id);
    CHECK(lab.expect(QStringLiteral("activity_person"), QStringLiteral("delete"), 1).first().rowId == servedRow.rowId);
    ok(lab.operations.remove(visitDay));
    lab.expect(QStringLiteral("service_activity"), QStringLiteral("delete"), 1);
    lab.expect(QStringLiteral("activity_participant"), QStringLiteral("delete"), 1);
}

void charity(Lab& lab)
{
    CharityFund fund = charityFund(100000);
    checkLifecycle<CharityFund>(lab, fund,
                                {QStringLiteral("charity_fund"), QStringLiteral("initial_amount_fen"), 100000, 250000,
                                 [](CharityFund& f) { f.initialAmountFen = 250000; }});
    CharityFund other = charityFund(500000);
    ok(lab.operations.save(other));
    FundFlow flow = fundFlow(other, FlowDirection::In, 20000);
    checkLifecycle<FundFlow>(lab, flow,
                             {QStringLiteral("charity_fund_flow"), QStringLiteral("amount_fen"), 20000, 30000,
                              [](FundFlow& f) { f.amountFen = 30000; }});

    FundraisingProject project;
    project.meta.orgCode = kCounty;
    project.name = QStringLiteral("“99公益日”关爱独居老人募捐");
    project.organizer = QStringLiteral("大荔县慈善协会");
    project.startsOn = QDate(2024, 1, 1);
    project.targetFen = 5000000;
    checkLifecycle<FundraisingProject>(lab, project,
                                       {QStringLiteral("fundraising_project"), QStringLiteral("target_fen"), 5000000, 8000000,
                                        [](FundraisingProject& p) { p.targetFen = 8000000; }});
    Donation donation;
    donation.meta.orgCode = kVillage;
    donation.receivedOn = QDate(2024, 5, 20);
    donation.donorName = QStringLiteral("大荔县恒通商贸有限公司");
    donation.donorKind = DonorKind::Company;
    donation.kind = DonationKind::Money;
    donation.amountFen = 100000;
    donation.projectId = project.meta.id;
    checkLifecycle<Donation>(lab, donation,
                             {QStringLiteral("donation"), QStringLiteral("amount_fen"), 100000, 150000,
                              [](Donation& d) { d.amountFen = 150000; }});
    CharitySupermarket market;
    market.meta.orgCode = kTownship;
    market.name = QStringLiteral("许庄镇慈善超市");
    market.openedOn = QDate(2022, 9, 1);
    market.address = QStringLiteral("许庄镇街道中段");
    checkLifecycle<CharitySupermarket>(lab, market,
                                       {QStringLiteral("charity_supermarket"), QStringLiteral("operator"), QString(""),
                                        QStringLiteral("许庄镇慈善协会"),
                                        [](CharitySupermarket& m) { m.operatorName = QStringLiteral("许庄镇慈善协会"); }});
}

void happyHomeAndReferrals(Lab& lab)
{
    HappyHomeProject home;
    home.meta.orgCode = kVillage;
    home.startedOn = QDate(2023, 4, 1);
    home.fundsRaisedFen = 8600000;
    home.fundsUsedFen = 4125000;
    checkLifecycle<HappyHomeProject>(lab, home,
                                     {QStringLiteral("happy_home_project"), QStringLiteral("funds_used_fen"), 4125000, 5000000,
                                      [](HappyHomeProject& p) { p.fundsUsedFen = 5000000; }});
    ReliefHousehold han = household({member(person(QStringLiteral("韩志刚"), QDate(1968, 3, 2), 41), Relationship::Head)});
    ok(lab.operations.save(han));
    CharityReferral referral;
    referral.householdId = han.meta.id;
    referral.referredOn = QDate(2024, 5, 20);
    referral.toOrganization = QStringLiteral("大荔县慈善协会");
    referral.reason = QStringLiteral("因病支出型困难");
    checkLifecycle<CharityReferral>(lab, referral,
                                    {QStringLiteral("charity_referral"), QStringLiteral("to_organization"),
                                     QStringLiteral("大荔县慈善协会"), QStringLiteral("渭南市慈善总会"),
                                     [](CharityReferral& r) { r.toOrganization = QStringLiteral("渭南市慈善总会"); }});
}

void purchasedServices(Lab& lab)
{
    PurchasedProject project = purchasedProject(800000);
    checkLifecycle<PurchasedProject>(lab, project,
                                     {QStringLiteral("purchased_project"), QStringLiteral("contract_amount_fen"), 800000, 900000,
                                      [](PurchasedProject& p) { p.contractAmountFen = 900000; }});
    ProjectSpending spending;
    spending.projectId = project.meta.id;
    spending.spentOn = QDate(2024, 5, 15);
    spending.kind = SpendingKind::Labour;
    spending.amountFen = 300000;
    checkLifecycle<ProjectSpending>(lab, spending,
                                    {QStringLiteral("project_spending"), QStringLiteral("amount_fen"), 300000, 250000,
                                     [](ProjectSpending& s) { s.amountFen = 250000; }});
    ProjectEvaluation evaluation;
    evaluation.projectId = project.meta.id;
    evaluation.evaluatedOn = QDate(2024, 6, 10);
    evaluation.evaluatorKind = EvaluatorKind::ThirdParty;
    evaluation.score = 85;
    checkLifecycle<ProjectEvaluation>(lab, evaluation,
                                      {QStringLiteral("project_evaluation"), QStringLiteral("score"), 85, 92,
                                       [](ProjectEvaluation& e) { e.score = 92; }});
}

// A report is never deleted (submitted means frozen): draft, edits, review,
// submission and the amendment are what its operations write.
void quarterlyReportAndPilot(Lab& lab)
{
    const quarterly::Quarter quarter{2024, 1};
    quarterly::StoredReport report = ok(lab.operations.openReportDraft(kCounty, quarter, {}));
    const storage::ChangeEntry opened = lab.expect(QStringLiteral("quarterly_report"), QStringLiteral("insert"), 1).first();
    CHECK(opened.rowId == report.meta.id);
    CHECK(opened.orgCode == kCounty);
    CHECK(opened.newValues.value(QStringLiteral("quarter")) == QStringLiteral("2024Q1"));
    CHECK(opened.newValues.value(QStringLiteral("status")) == QStringLiteral("draft"));

    report.text.practices = QStringLiteral("每周例会");
    ok(lab.operations.saveReportText(report));
    const storage::ChangeEntry saved = lab.expect(QStringLiteral("quarterly_report"), QStringLiteral("update"), 1).first();
    CHECK(saved.oldValues == QVariantMap{{QStringLiteral("practices"), QString("")}});
    CHECK(saved.newValues == QVariantMap{{QStringLiteral("practices"), QStringLiteral("每周例会")}});
    CHECK(saved.rowVersion == report.meta.version);

    report.text.unitHead = QStringLiteral("王局长");
    report.text.reviewer = QStringLiteral("李审核");
    report.text.preparer = QStringLiteral("张填表");
    ok(lab.operations.saveReportText(report));
    CHECK(lab.expect(QStringLiteral("quarterly_report"), QStringLiteral("update"), 1).first().columns()
          == QStringList{QStringLiteral("unit_head"), QStringLiteral("reviewer"), QStringLiteral("preparer")});

    ok(lab.operations.markReportReviewed(report));
    const storage::ChangeEntry reviewed = lab.expect(QStringLiteral("quarterly_report"), QStringLiteral("update"), 1).first();
    CHECK(reviewed.columns() == QStringList{QStringLiteral("status"), QStringLiteral("reviewed_at")});
    CHECK(reviewed.oldValues.value(QStringLiteral("status")) == QStringLiteral("draft"));
    CHECK(reviewed.newValues.value(QStringLiteral("status")) == QStringLiteral("reviewed"));

    const quarterly::ReportData figures = ok(quarterly::QuarterlyReport(lab.db.sql()).compute(kCounty, quarter));
    ok(lab.operations.submitReport(report, figures));
    const storage::ChangeEntry submitted = lab.expect(QStringLiteral("quarterly_report"), QStringLiteral("update"), 1).first();
    CHECK(submitted.columns()
          == QStringList{QStringLiteral("status"), QStringLiteral("report_date"), QStringLiteral("submitted_at"),
                         QStringLiteral("content"), QStringLiteral("digest")});
    CHECK(submitted.newValues.value(QStringLiteral("status")) == QStringLiteral("submitted"));
    CHECK(submitted.newValues.value(QStringLiteral("digest")) == report.digest);

    const quarterly::StoredReport amended = ok(lab.operations.amendReport(kCounty, quarter));
    const storage::ChangeEntry revision = lab.expect(QStringLiteral("quarterly_report"), QStringLiteral("insert"), 1).first();
    CHECK(revision.rowId == amended.meta.id);
    CHECK(revision.newValues.value(QStringLiteral("revision")).toInt() == 2);

    // A designation is only ever added; undone it is a delete, restored a restore.
    ok(lab.operations.designatePilot(kTownship, QDate(2024, 1, 1)));
    const storage::ChangeEntry pilot = lab.expect(QStringLiteral("pilot_township"), QStringLiteral("insert"), 1).first();
    CHECK(pilot.orgCode == kTownship);
    CHECK(pilot.newValues.value(QStringLiteral("designated_on")) == QStringLiteral("2024-01-01"));
    ok(lab.operations.revert(lastBatch(lab.db)));
    CHECK(lab.expect(QStringLiteral("pilot_township"), QStringLiteral("delete"), 1).first().rowId == pilot.rowId);
    ok(lab.operations.restore(QStringLiteral("pilot_township"), pilot.rowId));
    lab.expect(QStringLiteral("pilot_township"), QStringLiteral("restore"), 1);
}

struct Family
{
    const char* name;
    QStringList tables; // the logged tables whose rows `check` verifies
    void (*check)(Lab&);
};

// Every table with the common columns belongs to a family here: the coverage test
// below fails, naming the table, when one does not.
const QList<Family>& families()
{
    static const QList<Family> all{
        {"elderly record and its person", {QStringLiteral("elderly_record"), QStringLiteral("person")}, &elderlyRecordAndPerson},
        {"child record", {QStringLiteral("child_record")}, &childRecords},
        {"relief household and its members", {QStringLiteral("relief_household"), QStringLiteral("relief_member")},
         &reliefHouseholdAndMembers},
        {"visit", {QStringLiteral("visit")}, &visits},
        {"service unit and station staff", {QStringLiteral("service_unit"), QStringLiteral("station_staff")}, &serviceUnitAndStaff},
        {"social workers, training and trainees",
         {QStringLiteral("social_worker"), QStringLiteral("training"), QStringLiteral("training_trainee")},
         &socialWorkersAndTraining},
        {"volunteer teams, volunteers and their service",
         {QStringLiteral("volunteer_team"), QStringLiteral("volunteer"), QStringLiteral("volunteer_service")}, &volunteers},
        {"service activities, their participants and people, community organizations",
         {QStringLiteral("service_activity"), QStringLiteral("community_org"), QStringLiteral("activity_participant"),
          QStringLiteral("activity_person")},
         &activitiesAndOrganizations},
        {"charity funds, flows, fundraising, donations and supermarkets",
         {QStringLiteral("charity_fund"), QStringLiteral("charity_fund_flow"), QStringLiteral("fundraising_project"),
          QStringLiteral("donation"), QStringLiteral("charity_supermarket")},
         &charity},
        {"happy home project and charity referral", {QStringLiteral("happy_home_project"), QStringLiteral("charity_referral")},
         &happyHomeAndReferrals},
        {"purchased project, its spending and evaluations",
         {QStringLiteral("purchased_project"), QStringLiteral("project_spending"), QStringLiteral("project_evaluation")},
         &purchasedServices},
        {"quarterly report and pilot township", {QStringLiteral("quarterly_report"), QStringLiteral("pilot_township")},
         &quarterlyReportAndPilot},
    };
    return all;
}

QString sortedList(QStringList names)
{
    names.sort();
    return names.join(QStringLiteral(", "));
}

} // namespace

TEST_CASE("Every operation logs each changed row with its old and new values", "[operations][changelog]")
{
    for (const Family& family : families()) {
        DYNAMIC_SECTION(family.name)
        {
            Lab lab;
            family.check(lab);
            // The family checked the rows of exactly the tables it names (the coverage test counts on it).
            CHECK(sortedList(lab.checked.values()) == sortedList(family.tables));
        }
    }
}

TEST_CASE("Every table with the common columns is covered by the change-log lifecycle test", "[operations][changelog]")
{
    LedgerDb db;
    QSet<QString> covered;
    for (const Family& family : families())
        for (const QString& table : family.tables)
            covered << table;
    const QStringList logged = storage::ChangeLogTriggers::loggedTables(storage::sqliteHandle(db.sql()));
    CHECK(logged.size() >= 30);
    QStringList uncovered;
    for (const QString& table : logged)
        if (!covered.contains(table))
            uncovered << table;
    // A new table needs a family above (or a line in one) that saves, edits and deletes its rows.
    CHECK(sortedList(uncovered) == QString());
    // And a family names no table that is not logged (renamed or gone).
    QStringList unknown;
    for (const QString& table : covered)
        if (!logged.contains(table))
            unknown << table;
    CHECK(sortedList(unknown) == QString());
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
