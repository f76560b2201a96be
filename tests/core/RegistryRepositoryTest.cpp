#include "RegistryTestSupport.h"

#include "domain/Money.h"
#include "storage/ElderlyRepository.h"
#include "storage/SocialWorkerRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/VolunteerRepository.h"

using namespace wushe;
using namespace wushe::test;

namespace {

SocialWorker socialWorker(const Person& person, const QString& orgCode = kTownship)
{
    SocialWorker worker;
    worker.meta.orgCode = orgCode;
    worker.person = person;
    worker.person.meta.orgCode = kVillage;
    worker.post = SocialWorkPost::ResidentWorker;
    worker.certificateLevel = CertificateLevel::Assistant;
    worker.certificateNo = QStringLiteral("Z2021000123");
    worker.startOn = QDate(2023, 6, 1);
    return worker;
}

} // namespace

TEST_CASE("Registry: deleting is a tombstone: the row stays, deleted = 1, version bumped", "[registry]")
{
    LedgerDb db;
    storage::CommunityOrgRepository repository(db.sql(), db.context());
    CommunityOrg org = communityOrg(kVillage, QStringLiteral("光华社区爱心协会"), true);
    ok(repository.add(org));
    CHECK(org.meta.version == 1);
    ok(repository.remove(org));
    CHECK(org.meta.deleted);
    CHECK(org.meta.version == 2);
    const auto stored = ok(repository.find(org.meta.id));
    REQUIRE(stored.has_value());
    CHECK(stored->meta.deleted);
    CHECK(stored->meta.version == 2);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM community_org")) == 1);
    CHECK(ok(repository.list(kTownship)).isEmpty());
    // Hard deletes are refused by the schema.
    QSqlQuery remove(db.sql());
    CHECK_FALSE(remove.exec(QStringLiteral("DELETE FROM community_org")));
    // The name is free again for a new organization.
    CommunityOrg again = communityOrg(kVillage, QStringLiteral("光华社区爱心协会"), true);
    ok(repository.add(again));

    // An activity's link rows are tombstoned with it.
    storage::ServiceActivityRepository activities(db.sql(), db.context());
    ServiceActivity a = activity(ActivityKind::Visit, QDate(2024, 6, 1), kVillage);
    a.participants << Participant{ParticipantKind::Org, again.meta.id};
    ok(activities.add(a));
    ok(activities.remove(a));
    CHECK(a.meta.version == 2);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM activity_participant WHERE deleted = 1 AND version = 2")) == 1);
    // A stale copy cannot be saved over the tombstone.
    ServiceActivity stale = activity(ActivityKind::Visit, QDate(2024, 6, 1), kVillage);
    stale.meta = a.meta;
    stale.meta.version = 1;
    stale.meta.deleted = false;
    CHECK(refused(activities.update(stale)).key == QStringLiteral("db.conflict"));
}

TEST_CASE("Registry: a social worker who is in the elderly ledger is one person", "[registry]")
{
    LedgerDb db;
    const Person zhao = person(QStringLiteral("赵秀兰"), bornYearsAgo(61), 7, Sex::Female);
    ElderlyRecord record = elderlyRecord(zhao);
    ok(storage::ElderlyRepository(db.sql(), db.context()).add(record));

    storage::SocialWorkerRepository workers(db.sql(), db.context());
    SocialWorker worker = socialWorker(zhao);
    worker.person.meta.id.clear();
    CHECK(ok(workers.add(worker)) == true); // linked
    CHECK(worker.person.meta.id == record.person.meta.id);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person")) == 1);

    // A volunteer with the same ID is the same person again; a different name is refused.
    storage::VolunteerRepository volunteers(db.sql(), db.context());
    Volunteer volunteer;
    volunteer.meta.orgCode = kVillage;
    volunteer.person = zhao;
    volunteer.registeredOn = QDate(2024, 1, 1);
    CHECK(ok(volunteers.add(volunteer)) == true);
    CHECK(volunteer.person.meta.id == record.person.meta.id);
    Volunteer wrongName = volunteer;
    wrongName.meta = {};
    wrongName.meta.orgCode = kVillage;
    wrongName.person.name = QStringLiteral("赵秀英");
    CHECK(refused(volunteers.add(wrongName)).key == QStringLiteral("person.name_mismatch"));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person")) == 1);

    // One current post per person.
    SocialWorker second = socialWorker(zhao);
    CHECK(refused(workers.add(second)).key == QStringLiteral("social_worker.duplicate"));
    second.startOn = QDate(2021, 1, 1);
    second.endOn = QDate(2022, 12, 31); // an earlier post is fine
    ok(workers.add(second));
    second.endOn = {};
    CHECK(refused(workers.update(second)).key == QStringLiteral("social_worker.duplicate"));
    worker.endOn = QDate(2024, 6, 1);
    ok(workers.update(worker)); // the current post may be closed

    const auto found = ok(workers.find(worker.meta.id));
    REQUIRE(found.has_value());
    CHECK(found->person.name == QStringLiteral("赵秀兰"));
    CHECK(found->certificateLevel == CertificateLevel::Assistant);
    CHECK(kCertificateLevels.label(found->certificateLevel) == QStringLiteral("助理社会工作师"));
    CHECK(ok(workers.list(kTownship, QDate(2024, 1, 1), QDate(2024, 3, 31))).size() == 1);
    CHECK(ok(workers.list(kTownship, QDate(2023, 1, 1), QDate(2023, 3, 31))).isEmpty());
    CHECK(ok(workers.list(kTownship, QDate(2024, 6, 2), QDate(2024, 6, 15))).isEmpty());
}

TEST_CASE("Registry: social worker fields are checked", "[registry]")
{
    LedgerDb db;
    storage::SocialWorkerRepository workers(db.sql(), db.context());
    SocialWorker worker = socialWorker(person(QStringLiteral("王伟"), bornYearsAgo(30)));
    worker.certificateLevel = CertificateLevel::None;
    CHECK(refused(workers.add(worker)).key == QStringLiteral("social_worker.certificate"));
    worker.certificateNo.clear();
    worker.satExam = true;
    CHECK(refused(workers.add(worker)).key == QStringLiteral("social_worker.sat_exam"));
    worker.isCommunityWorker = true;
    worker.endOn = QDate(2023, 1, 1);
    CHECK(refused(workers.add(worker)).key == QStringLiteral("social_worker.end_on"));
    worker.endOn = {};
    CHECK(ok(workers.add(worker)) == false);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM social_worker WHERE sat_exam = 1")) == 1);
}

TEST_CASE("Registry: money is integer fen from entry to sum", "[registry][money]")
{
    LedgerDb db;
    storage::ServiceActivityRepository repository(db.sql(), db.context());
    const QStringList entered{QStringLiteral("0.10"), QStringLiteral("0.20"), QStringLiteral("1,234.56")};
    qint64 expected = 0;
    for (const QString& yuan : entered) {
        ServiceActivity a = activity(ActivityKind::ResourceLinking, QDate(2024, 6, 1), kVillage);
        a.moneyFen = ok(parseYuan(yuan));
        expected += a.moneyFen;
        ok(repository.add(a));
    }
    CHECK(expected == 123486);
    // 0.10 + 0.20 is exactly 0.30 in fen, unlike in floating point.
    CHECK(db.count(QStringLiteral("SELECT sum(money_fen) FROM service_activity")) == 123486);
    CHECK(db.count(QStringLiteral("SELECT typeof(money_fen) = 'integer' FROM service_activity LIMIT 1")) == 1);
    CHECK(formatYuan(db.count(QStringLiteral("SELECT sum(money_fen) FROM service_activity"))) == QStringLiteral("1234.86"));
    const auto listed = ok(repository.list(kTownship, QDate(2024, 6, 1), QDate(2024, 6, 30)));
    REQUIRE(listed.size() == 3);
    qint64 sum = 0;
    for (const ServiceActivity& a : listed)
        sum += a.moneyFen;
    CHECK(sum == 123486);
    ServiceActivity negative = activity(ActivityKind::Other, QDate(2024, 6, 1), kVillage);
    negative.moneyFen = -1;
    CHECK(refused(repository.add(negative)).key == QStringLiteral("activity.negative"));
}

TEST_CASE("Registry: an activity keeps its participants and served persons", "[registry]")
{
    LedgerDb db;
    ElderlyRecord record = elderlyRecord(person(QStringLiteral("刘德明"), bornYearsAgo(80)));
    ok(storage::ElderlyRepository(db.sql(), db.context()).add(record));
    storage::VolunteerRepository volunteers(db.sql(), db.context());
    VolunteerTeam team;
    team.meta.orgCode = kTownship;
    team.name = QStringLiteral("许庄镇志愿服务队");
    ok(volunteers.addTeam(team));
    Volunteer volunteer;
    volunteer.meta.orgCode = kVillage;
    volunteer.person = person(QStringLiteral("陈静"), bornYearsAgo(35), 9, Sex::Female);
    volunteer.teamId = team.meta.id;
    volunteer.skills = QStringLiteral("助老服务");
    volunteer.registeredOn = QDate(2023, 1, 1);
    CHECK(ok(volunteers.add(volunteer)) == false);

    storage::ServiceActivityRepository repository(db.sql(), db.context());
    ServiceActivity a = activity(ActivityKind::Visit, QDate(2024, 6, 1), kVillage);
    a.societies = quint32(Society::Community);
    a.participants << Participant{ParticipantKind::Volunteer, volunteer.meta.id};
    a.servedPersonIds << record.person.meta.id;
    ok(repository.add(a));
    CHECK((a.societies & quint32(Society::Volunteer)) != 0); // taking part implies the society

    VolunteerService service;
    service.meta.orgCode = kVillage;
    service.volunteerId = volunteer.meta.id;
    service.servedOn = QDate(2024, 6, 1);
    service.minutes = 90; // 1.5 hours
    service.activityId = a.meta.id;
    service.withSocialWorker = true;
    ok(volunteers.addService(service));
    CHECK(ok(volunteers.serviceMinutes(kTownship, QDate(2024, 6, 1), QDate(2024, 6, 30))) == 90);
    service.minutes = 0;
    CHECK(refused(volunteers.addService(service)).key == QStringLiteral("volunteer_service.minutes"));
    CHECK(refused(volunteers.removeTeam(team)).key == QStringLiteral("volunteer_team.members"));

    auto stored = ok(repository.find(a.meta.id));
    REQUIRE(stored.has_value());
    CHECK(stored->participants == a.participants);
    CHECK(stored->servedPersonIds == QStringList{record.person.meta.id});
    CHECK(labelsOfBits(kSocieties, stored->societies)
          == QStringList{QStringLiteral("社区"), QStringLiteral("社区志愿者")});

    // Replacing the served persons tombstones the old link row, keeps the rest.
    stored->servedPersonIds.clear();
    ok(repository.update(*stored));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM activity_person WHERE deleted = 1")) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM activity_participant WHERE deleted = 0")) == 1);
    CHECK(ok(repository.find(a.meta.id))->servedPersonIds.isEmpty());
}

TEST_CASE("Registry: trainings keep their trainees and length in minutes", "[registry]")
{
    LedgerDb db;
    storage::SocialWorkerRepository workers(db.sql(), db.context());
    SocialWorker worker = socialWorker(person(QStringLiteral("王伟"), bornYearsAgo(30)));
    ok(workers.add(worker));
    SocialWorker other = socialWorker(person(QStringLiteral("李娜"), bornYearsAgo(28), 3, Sex::Female));
    ok(workers.add(other));

    storage::TrainingRepository trainings(db.sql(), db.context());
    Training training;
    training.meta.orgCode = kCounty;
    training.level = TrainingLevel::County;
    training.heldOn = QDate(2024, 5, 20);
    training.topic = QStringLiteral("社会工作专业方法");
    training.minutes = 150; // 2.5 hours
    training.trainees = {Trainee{worker.person.meta.id, TraineeRole::SocialWorker},
                         Trainee{other.person.meta.id, TraineeRole::SocialWorker}};
    ok(trainings.add(training));
    CHECK(ok(trainings.attendedBy(worker.person.meta.id)).size() == 1);

    training.trainees.removeFirst();
    ok(trainings.update(training));
    CHECK(training.meta.version == 2);
    auto stored = ok(trainings.find(training.meta.id));
    REQUIRE(stored.has_value());
    CHECK(stored->minutes == 150);
    CHECK(stored->trainees == QList<Trainee>{Trainee{other.person.meta.id, TraineeRole::SocialWorker}});
    CHECK(ok(trainings.attendedBy(worker.person.meta.id)).isEmpty());
    CHECK(ok(trainings.list(kTownship, QDate(2024, 1, 1), QDate(2024, 12, 31))).isEmpty()); // held by the county
    CHECK(ok(trainings.list(kCounty, QDate(2024, 1, 1), QDate(2024, 6, 15))).size() == 1);

    training.minutes = 0;
    CHECK(refused(trainings.update(training)).key == QStringLiteral("training.minutes"));
}
