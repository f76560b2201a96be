#pragma once
// Shared by the Excel exchange tests: a small database holding every ledger and
// registry (IDs ending in X, a landline phone with its leading zero), its rows as
// strings for comparison, and a digest of every user table.

#include "RegistryTestSupport.h"
#include "domain/SocialWorker.h"
#include "domain/Volunteer.h"
#include "exchange/ExchangeCatalog.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/ChildRepository.h"
#include "storage/ElderlyRepository.h"
#include "storage/ReliefRepository.h"
#include "storage/SocialWorkerRepository.h"
#include "storage/VolunteerRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace wushe::test {

// A valid ID number of 大荔县 born on `birth` whose check character is X.
inline QString exchangeIdEndingInX(QDate birth, Sex sex = Sex::Male)
{
    for (int sequence = 1; sequence < 500; ++sequence) {
        const QString id = idNumber(birth, sequence, sex);
        if (id.endsWith(u'X'))
            return id;
    }
    FAIL("no ID number ending in X");
    return {};
}

// Stations of the sample: the same names exist in the round trip's empty database
// (stations are set up by hand, not imported).
// Two stations of one name in two townships (names repeat: 石槽社会工作室 twice in
// 大荔县); the second is returned through `other`.
inline ServiceUnit exchangeStation(const LedgerDb& db, ServiceUnit* other = nullptr)
{
    const ServiceUnit first = townshipStation(db);
    const ServiceUnit second = townshipStation(db, true, kOtherTownship);
    if (other)
        *other = second;
    return first;
}

// Every ledger and registry with a few rows.
inline void fillExchangeSample(const LedgerDb& db)
{
    const auto context = db.context();
    storage::ElderlyRepository elderly(db.sql(), context);
    Person zhang = person(QStringLiteral("张桂芳"), bornYearsAgo(82, 40), 1, Sex::Female);
    zhang.idNumber = exchangeIdEndingInX(bornYearsAgo(82, 40), Sex::Female);
    zhang.phone = QStringLiteral("0913-2345678"); // landline: the leading zero must survive
    ElderlyRecord a = elderlyRecord(zhang);
    a.categories = quint32(ElderlyCategory::LivingAlone) | quint32(ElderlyCategory::VeryOld);
    a.supporterName = QStringLiteral("张建国");
    a.supporterPhone = QStringLiteral("13709130001");
    a.riskTier = RiskTier::High;
    a.note = QStringLiteral("患高血压，独自居住");
    ok(elderly.add(a));
    ElderlyRecord b = elderlyRecord(person(QStringLiteral("李满仓"), bornYearsAgo(67, 3), 2), kOtherVillage);
    b.economicSources = quint32(EconomicSource::Dibao) | quint32(EconomicSource::Labour);
    ok(elderly.add(b));

    storage::ChildRepository children(db.sql(), context);
    Person child = person(QStringLiteral("王小雨"), bornYearsAgo(9, 20), 3, Sex::Female);
    child.idNumber = exchangeIdEndingInX(bornYearsAgo(9, 20), Sex::Female);
    child.phone.clear();
    ChildRecord c = childRecord(child);
    c.categories = quint32(ChildCategory::LeftBehind) | quint32(ChildCategory::PoorFamily);
    c.fatherName = QStringLiteral("王强");
    c.fatherWorkplace = QStringLiteral("广东省东莞市");
    c.fatherPhone = QStringLiteral("13800000001");
    c.boarding = true;
    c.incomeSources = quint32(FamilyIncome::Wages);
    c.assistance = quint32(Assistance::Dibao) | quint32(Assistance::Medical);
    ok(children.add(c));

    storage::ReliefRepository relief(db.sql(), context);
    Person head = person(QStringLiteral("赵铁柱"), bornYearsAgo(45, 10), 4);
    Person wife = person(QStringLiteral("孙秀兰"), bornYearsAgo(43, 2), 5, Sex::Female);
    wife.phone = QStringLiteral("09132345670");
    Person son = person(QStringLiteral("赵小军"), bornYearsAgo(12, 5), 6);
    son.idNumber = exchangeIdEndingInX(bornYearsAgo(12, 5));
    son.phone.clear();
    ReliefHousehold h = household({member(head, Relationship::Head), member(wife, Relationship::Spouse),
                                   member(son, Relationship::Child)});
    h.monthlyAmountFen = 123456; // 1234.56 元
    h.members[1].health = MemberHealth::Chronic;
    h.members[2].workAbility = WorkAbility::None;
    h.address = QStringLiteral("许庄镇光华社区5组");
    ok(relief.add(h));

    storage::CommunityOrgRepository orgs(db.sql(), context);
    CommunityOrg org = communityOrg(kVillage, QStringLiteral("光华社区老年协会"), true);
    org.leaderPhone = QStringLiteral("0913-1234567");
    ok(orgs.add(org));
    CommunityOrg other = communityOrg(kOtherVillage, QStringLiteral("许庄村秧歌队"), false);
    other.registration = OrgRegistration::Registered;
    other.registrationNo = QStringLiteral("陕民社证001");
    ok(orgs.add(other));

    ServiceUnit otherStation;
    const ServiceUnit station = exchangeStation(db, &otherStation);
    storage::VolunteerRepository volunteers(db.sql(), context);
    VolunteerTeam team;
    team.meta.orgCode = kVillage;
    team.name = QStringLiteral("光华社区志愿服务队");
    ok(volunteers.addTeam(team));
    Volunteer v;
    v.meta.orgCode = kVillage;
    v.person = person(QStringLiteral("周志远"), bornYearsAgo(30, 8), 7);
    v.teamId = team.meta.id;
    v.volunteerNo = QStringLiteral("V2024001");
    v.skills = QStringLiteral("理发、维修");
    v.registeredOn = QDate(2023, 3, 5);
    ok(volunteers.add(v));

    storage::SocialWorkerRepository workers(db.sql(), context);
    SocialWorker w;
    w.meta.orgCode = kTownship;
    w.person = person(QStringLiteral("刘晓燕"), bornYearsAgo(28, 11), 8, Sex::Female);
    w.person.meta.orgCode = kVillage;
    w.serviceUnitId = station.meta.id;
    w.post = SocialWorkPost::StationHead;
    w.certificateLevel = CertificateLevel::Intermediate;
    w.certificateNo = QStringLiteral("Z2022610000123");
    w.employer = QStringLiteral("大荔县阳光社会工作服务中心");
    w.startOn = QDate(2023, 6, 1);
    ok(workers.add(w));
    SocialWorker w2;
    w2.meta.orgCode = kOtherTownship;
    w2.person = person(QStringLiteral("马骏"), bornYearsAgo(33, 2), 9);
    w2.person.meta.orgCode = kOtherTownshipVillage;
    w2.serviceUnitId = otherStation.meta.id; // same name as `station`: told apart by the township
    w2.startOn = QDate(2022, 9, 1);
    ok(workers.add(w2));

    ServiceActivity act = activity(ActivityKind::ProfessionalService, QDate(2024, 5, 20), kVillage, station.meta.id);
    act.moneyFen = 50050;
    act.volunteerMinutes = 90;
    act.summary = QStringLiteral("为高龄老人理发、测血压");
    ok(storage::ServiceActivityRepository(db.sql(), context).add(act));
    // A second session the same day, same place, same title: not a duplicate.
    ServiceActivity again = activity(ActivityKind::ProfessionalService, QDate(2024, 5, 20), kVillage, station.meta.id);
    again.peopleServed = 30;
    ok(storage::ServiceActivityRepository(db.sql(), context).add(again));
}

// The ledger's rows as exported (full values), sorted, without the visit columns
// (visits are not imported).
inline QList<QStringList> exchangeRows(const LedgerDb& db, const QString& ledger)
{
    auto units = exchange::UnitResolver::load(db.sql());
    REQUIRE(units.has_value());
    auto exchange = exchange::ExchangeCatalog::make(ledger, db.sql(), db.context(), &*units);
    REQUIRE(exchange);
    exchange::ExportScope scope;
    scope.filter.asOf = kLedgerToday;
    QList<QStringList> rows;
    const QList<exchange::ExchangeColumn>& columns = exchange->columns();
    ok(exchange->exportRows(scope, [&](const QList<QVariant>& values) {
        QStringList row;
        for (int c = 0; c < columns.size(); ++c) {
            if (columns[c].key == u"last_visit" || columns[c].key == u"next_due")
                continue;
            const exchange::OutCell cell = exchange::Exporter::cell(values.value(c), columns[c], true);
            row << QStringLiteral("%1|%2|%3|%4").arg(int(cell.type)).arg(cell.text, cell.date.toString(Qt::ISODate)).arg(cell.number);
        }
        rows << row;
        return true;
    }));
    std::sort(rows.begin(), rows.end());
    return rows;
}

// SHA-256 over every row of every table (org_unit is fixed) but the change log.
inline QByteArray exchangeDigest(const QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    // The change log is left out: an import that changed nothing still records that
    // it ran (an empty batch), and a rolled-back one leaves no batch either way.
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                       "AND name NOT IN ('change_batch', 'change_log') ORDER BY name")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db);
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)));
        hash.addData(table.toUtf8());
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                hash.addData(record.value(i).toString().toUtf8());
                hash.addData("\x1f");
            }
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

} // namespace wushe::test
