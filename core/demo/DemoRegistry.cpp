#include "demo/DemoRegistry.h"

#include "domain/ServiceUnit.h"
#include "rules/IdNumber.h"
#include "storage/CommunityOrgRepository.h"
#include "storage/ServiceActivityRepository.h"
#include "storage/SocialWorkerRepository.h"
#include "storage/Sql.h"
#include "storage/TrainingRepository.h"
#include "storage/VolunteerRepository.h"

#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace wushe::demo {

namespace {

struct Station
{
    QString id;
    QString orgCode;
    ServiceTier tier = ServiceTier::TownshipStation;
    QDate establishedOn;
};

struct Staff
{
    QString unitId;
    QString orgCode;
    QString name;
    QString idNumber;
    QString phone;
    StaffPost post = StaffPost::ResidentWorker;
    QDate startOn;
    QDate endOn;
};

struct KnownPerson
{
    QString id;
    QString idNumber;
    QString name;
};

struct Worker
{
    QString id;       // social_worker row
    QString personId;
    TraineeRole role = TraineeRole::SocialWorker;
};

template <typename T>
const T& pick(QRandomGenerator& random, const QList<T>& list)
{
    return list.at(qsizetype(random.bounded(quint32(list.size()))));
}

// Picks by weight; `weights` parallel to the table's entries.
template <typename E, std::size_t N>
E weighted(QRandomGenerator& random, const EnumTable<E, N>& table, const std::array<int, N>& weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = int(random.bounded(total));
    for (std::size_t i = 0; i < N; ++i) {
        if (roll < weights[i])
            return table.entries()[i].value;
        roll -= weights[i];
    }
    return table.entries()[N - 1].value;
}

QString shortName(QString name)
{
    return name.remove(QStringLiteral("居民委员会")).remove(QStringLiteral("村民委员会")).remove(QStringLiteral("居委会"))
        .remove(QStringLiteral("村委会")).remove(QStringLiteral("委员会"));
}

const QStringList kSkills{QStringLiteral("助老服务"), QStringLiteral("心理疏导"), QStringLiteral("医疗护理"),
                          QStringLiteral("法律咨询"), QStringLiteral("文艺表演"), QStringLiteral("理发"),
                          QStringLiteral("家电维修"), QStringLiteral("课业辅导"), QStringLiteral("应急救援"),
                          QStringLiteral("政策宣传"), QStringLiteral("环境整治"), QStringLiteral("摄影宣传")};

// Organization names by type; a village's own name goes in front.
const QList<std::pair<CommunityOrgType, QString>> kOrgNames{
    {CommunityOrgType::LifeService, QStringLiteral("老年饭桌服务队")},
    {CommunityOrgType::LifeService, QStringLiteral("邻里互助社")},
    {CommunityOrgType::LifeService, QStringLiteral("便民服务队")},
    {CommunityOrgType::LifeService, QStringLiteral("四点半课堂")},
    {CommunityOrgType::CommunityAffairs, QStringLiteral("红白理事会")},
    {CommunityOrgType::CommunityAffairs, QStringLiteral("邻里调解队")},
    {CommunityOrgType::CommunityAffairs, QStringLiteral("乡贤议事会")},
    {CommunityOrgType::CommunityAffairs, QStringLiteral("平安巡逻队")},
    {CommunityOrgType::CultureSports, QStringLiteral("秧歌队")},
    {CommunityOrgType::CultureSports, QStringLiteral("广场舞队")},
    {CommunityOrgType::CultureSports, QStringLiteral("秦腔自乐班")},
    {CommunityOrgType::CultureSports, QStringLiteral("书画协会")},
    {CommunityOrgType::CultureSports, QStringLiteral("太极拳队")},
    {CommunityOrgType::PublicWelfare, QStringLiteral("爱心协会")},
    {CommunityOrgType::PublicWelfare, QStringLiteral("巾帼志愿服务队")},
    {CommunityOrgType::PublicWelfare, QStringLiteral("慈善互助会")},
    {CommunityOrgType::PublicWelfare, QStringLiteral("关爱留守儿童协会")}};

const QHash<ServiceDomain, QStringList> kTopics{
    {ServiceDomain::SocialRelief, {QStringLiteral("低保对象"), QStringLiteral("特困人员"), QStringLiteral("临时救助对象")}},
    {ServiceDomain::ElderlyCare, {QStringLiteral("高龄老人"), QStringLiteral("留守老人"), QStringLiteral("失能老人")}},
    {ServiceDomain::ChildWelfare, {QStringLiteral("留守儿童"), QStringLiteral("困境儿童"), QStringLiteral("儿童之家")}},
    {ServiceDomain::CommunityGovernance, {QStringLiteral("居民议事"), QStringLiteral("邻里关系"), QStringLiteral("社区环境")}},
    {ServiceDomain::SocialAffairs, {QStringLiteral("残疾人"), QStringLiteral("婚俗改革"), QStringLiteral("殡葬改革")}},
    {ServiceDomain::Safety, {QStringLiteral("防诈骗"), QStringLiteral("矛盾调解"), QStringLiteral("防溺水")}},
    {ServiceDomain::RuralRevitalization, {QStringLiteral("庭院经济"), QStringLiteral("村集体产业"), QStringLiteral("返乡青年")}},
    {ServiceDomain::EpidemicPrevention, {QStringLiteral("疫苗接种"), QStringLiteral("健康宣教"), QStringLiteral("防疫物资")}}};

} // namespace

struct DemoRegistry::Plan
{
    const QList<OrgUnit>* units = nullptr;
    QString countyCode;
    QList<OrgUnit> townships;
    QHash<QString, QList<OrgUnit>> villagesOf; // township code → villages
    QHash<QString, QString> townshipOf;         // village code → township code
    QList<Station> stations;                    // township and county stations, rooms
    QList<Staff> staff;
    QHash<QString, QList<QString>> ledgerPersonsIn;   // village → person ids in a ledger
    QHash<QString, QList<KnownPerson>> adultsIn;      // village → people aged 18–70
    QHash<QString, QList<Worker>> workersOfUnit;      // service unit → its social workers
    QHash<QString, QList<Worker>> workersIn;          // township → all social/community workers
    QHash<QString, QList<std::pair<QString, QString>>> volunteersIn; // township → (volunteer id, person id)
    QHash<QString, QList<QString>> orgsIn;            // township → community_org ids
};

DemoRegistry::DemoRegistry(QSqlDatabase db, storage::WriteContext context, QRandomGenerator& random, ChineseNames& people,
                           int scale, int years, QString jurisdictionPath)
    : m_db(std::move(db)), m_context(std::move(context)), m_random(random), m_people(people), m_scale(scale),
      m_today(m_context.clock->today()), m_windowStart(m_today.addYears(-years))
{
    const QStringList path = jurisdictionPath.split(u' ', Qt::SkipEmptyParts);
    m_countyName = path.value(path.size() - 1);
    m_cityName = path.size() >= 2 ? path.at(path.size() - 2) : m_countyName;
}

DemoRegistry::~DemoRegistry() = default;

bool DemoRegistry::chance(double p)
{
    return m_random.generateDouble() < p;
}

int DemoRegistry::between(int low, int high)
{
    return high <= low ? low : low + int(m_random.bounded(high - low + 1));
}

QDate DemoRegistry::birthForAge(int low, int high)
{
    return m_people.dateBetween(m_today.addYears(-high - 1).addDays(1), m_today.addYears(-low));
}

QString DemoRegistry::freshIdNumber(const QString& region, QDate birth, rules::Sex sex)
{
    for (;;) {
        const QString id = m_people.idNumber(region, birth, sex);
        if (!m_usedIdNumbers.contains(id)) {
            m_usedIdNumbers.insert(id);
            return id;
        }
    }
}

Result<RegistryCounts> DemoRegistry::generate(const QList<OrgUnit>& units)
{
    Plan plan;
    plan.units = &units;
    for (const OrgUnit& unit : units) {
        if (unit.depth == 0)
            plan.countyCode = unit.code;
        if (unit.level == OrgLevel::Township)
            plan.townships << unit;
    }
    for (const OrgUnit& unit : units) {
        if (unit.level != OrgLevel::Village)
            continue;
        plan.villagesOf[unit.parentCode] << unit;
        plan.townshipOf.insert(unit.code, unit.parentCode);
    }
    // Townships without villages have no one to serve.
    plan.townships.erase(std::remove_if(plan.townships.begin(), plan.townships.end(),
                                        [&](const OrgUnit& t) { return plan.villagesOf.value(t.code).isEmpty(); }),
                         plan.townships.end());
    if (plan.townships.isEmpty())
        return RegistryCounts{};

    for (auto step : {&DemoRegistry::loadExisting, &DemoRegistry::socialWorkers, &DemoRegistry::communityOrgs,
                      &DemoRegistry::volunteers, &DemoRegistry::activities, &DemoRegistry::trainings}) {
        if (auto ok = (this->*step)(plan); !ok)
            return std::unexpected(ok.error());
    }
    RegistryCounts counts;
    counts.persons = m_newPersons;
    for (const char* table : {"social_worker", "training", "training_trainee", "community_org", "volunteer_team",
                              "volunteer", "volunteer_service", "service_activity", "activity_participant",
                              "activity_person"}) {
        const QString name = QString::fromLatin1(table);
        counts.rowsPerTable << std::pair{name, m_rows.value(name)};
    }
    return counts;
}

Result<void> DemoRegistry::loadExisting(Plan& plan)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = storage::prepare(query, QStringLiteral("SELECT id, org_code, tier, established_on FROM service_unit "
                                                         "WHERE deleted = 0 ORDER BY tier, org_code"));
        !ok)
        return ok;
    if (auto ok = storage::exec(query, QStringLiteral("demo: service units")); !ok)
        return ok;
    while (query.next())
        plan.stations << Station{query.value(0).toString(), query.value(1).toString(), ServiceTier(query.value(2).toInt()),
                                 QDate::fromString(query.value(3).toString(), Qt::ISODate)};

    if (auto ok = storage::prepare(query, QStringLiteral("SELECT service_unit_id, org_code, name, id_number, phone, post, "
                                                         "start_on, end_on FROM station_staff WHERE deleted = 0 "
                                                         "ORDER BY org_code, start_on, id"));
        !ok)
        return ok;
    if (auto ok = storage::exec(query, QStringLiteral("demo: station staff")); !ok)
        return ok;
    while (query.next())
        plan.staff << Staff{query.value(0).toString(),
                            query.value(1).toString(),
                            query.value(2).toString(),
                            query.value(3).toString(),
                            query.value(4).toString(),
                            kStaffPosts.fromKey(query.value(5).toString()).value_or(StaffPost::ResidentWorker),
                            QDate::fromString(query.value(6).toString(), Qt::ISODate),
                            QDate::fromString(query.value(7).toString(), Qt::ISODate)};

    if (auto ok = storage::prepare(query, QStringLiteral("SELECT id_number FROM person WHERE deleted = 0")); !ok)
        return ok;
    if (auto ok = storage::exec(query, QStringLiteral("demo: id numbers")); !ok)
        return ok;
    while (query.next())
        m_usedIdNumbers.insert(query.value(0).toString());

    if (auto ok = storage::prepare(query, QStringLiteral("SELECT org_code, person_id FROM elderly_record WHERE deleted = 0 "
                                                         "UNION ALL SELECT org_code, person_id FROM child_record "
                                                         "WHERE deleted = 0 ORDER BY 1, 2"));
        !ok)
        return ok;
    if (auto ok = storage::exec(query, QStringLiteral("demo: ledger persons")); !ok)
        return ok;
    while (query.next())
        plan.ledgerPersonsIn[query.value(0).toString()] << query.value(1).toString();

    if (auto ok = storage::prepare(query, QStringLiteral("SELECT org_code, id, id_number, name FROM person WHERE deleted = 0 "
                                                         "AND birth_date BETWEEN :old AND :young ORDER BY org_code, id"));
        !ok)
        return ok;
    query.bindValue(QStringLiteral(":old"), m_today.addYears(-70).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":young"), m_today.addYears(-18).toString(Qt::ISODate));
    if (auto ok = storage::exec(query, QStringLiteral("demo: adults")); !ok)
        return ok;
    while (query.next())
        plan.adultsIn[query.value(0).toString()]
            << KnownPerson{query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
    return {};
}

Result<void> DemoRegistry::socialWorkers(Plan& plan)
{
    storage::SocialWorkerRepository repository(m_db, m_context);
    const auto certificate = [&](double assistant, double intermediate, double senior) {
        const double roll = m_random.generateDouble();
        if (roll < senior)
            return CertificateLevel::Senior;
        if (roll < senior + intermediate)
            return CertificateLevel::Intermediate;
        if (roll < senior + intermediate + assistant)
            return CertificateLevel::Assistant;
        return CertificateLevel::None;
    };
    const auto certificateNo = [&](CertificateLevel level, QDate since) {
        if (level == CertificateLevel::None)
            return QString();
        const int year = std::max(2008, since.year() - between(0, 8));
        return QStringLiteral("%1%2%3").arg(level == CertificateLevel::Assistant ? QStringLiteral("Z")
                                            : level == CertificateLevel::Intermediate ? QStringLiteral("S")
                                                                                        : QStringLiteral("G"))
            .arg(year)
            .arg(between(1, 999999), 6, 10, QLatin1Char('0'));
    };

    // Resident staff of the stations: the same ID number, so the same person.
    for (const Staff& member : plan.staff) {
        // County-station staff live somewhere in the county.
        const QString township =
            plan.villagesOf.contains(member.orgCode) ? member.orgCode : pick(m_random, plan.townships).code;
        SocialWorker worker;
        worker.meta.id = m_people.uuid();
        worker.meta.orgCode = member.orgCode;
        worker.person.meta.id = m_people.uuid();
        worker.person.meta.orgCode = pick(m_random, plan.villagesOf.value(township)).code;
        worker.person.name = member.name;
        worker.person.idNumber = member.idNumber;
        worker.person.phone = member.phone;
        worker.serviceUnitId = member.unitId;
        worker.post = member.post == StaffPost::Head ? SocialWorkPost::StationHead : SocialWorkPost::ResidentWorker;
        worker.certificateLevel = certificate(0.32, 0.14, 0.02);
        worker.certificateNo = certificateNo(worker.certificateLevel, member.startOn);
        worker.employer = chance(0.6) ? m_countyName + QStringLiteral("仁爱社会工作服务中心") : m_countyName + QStringLiteral("民政局");
        worker.startOn = member.startOn;
        worker.endOn = member.endOn;
        if (m_usedIdNumbers.contains(member.idNumber)) {
            // A random ID already given to someone else with another name: skip (demo only).
            auto known = storage::scalarInt(m_db, QStringLiteral("SELECT count(*) FROM person WHERE id_number = :id AND name <> :name"),
                                   {{QStringLiteral(":id"), member.idNumber}, {QStringLiteral(":name"), member.name}});
            if (!known)
                return std::unexpected(known.error());
            if (*known > 0)
                continue;
        }
        auto linked = repository.add(worker);
        if (!linked)
            return std::unexpected(linked.error());
        m_usedIdNumbers.insert(member.idNumber);
        m_newPersons += *linked ? 0 : 1;
        ++m_rows[QStringLiteral("social_worker")];
        const Worker entry{worker.meta.id, worker.person.meta.id, TraineeRole::SocialWorker};
        plan.workersOfUnit[member.unitId] << entry;
        if (plan.villagesOf.contains(member.orgCode))
            plan.workersIn[member.orgCode] << entry;
    }

    // Community workers of the community rooms (社区工作者), some certified.
    for (const Station& room : plan.stations) {
        if (room.tier != ServiceTier::CommunityRoom)
            continue;
        for (int i = 0; i < m_scale; ++i) {
            SocialWorker worker;
            worker.meta.id = m_people.uuid();
            worker.meta.orgCode = room.orgCode;
            worker.person.meta.id = m_people.uuid();
            worker.person.meta.orgCode = room.orgCode;
            const rules::Sex sex = chance(0.62) ? rules::Sex::Female : rules::Sex::Male;
            worker.person.name = m_people.fullName(sex);
            worker.person.idNumber = freshIdNumber(room.orgCode.left(6), birthForAge(24, 55), sex);
            worker.person.phone = m_people.mobilePhone();
            worker.serviceUnitId = room.id;
            worker.post = SocialWorkPost::CommunityWorker;
            worker.isCommunityWorker = true;
            worker.startOn = m_people.dateBetween(room.establishedOn, std::max(room.establishedOn, m_today.addMonths(-1)));
            worker.certificateLevel = certificate(0.16, 0.05, 0.0);
            worker.certificateNo = certificateNo(worker.certificateLevel, worker.startOn);
            worker.satExam = worker.certificateLevel != CertificateLevel::None || chance(0.25);
            worker.employer = QStringLiteral("村（居）民委员会");
            auto linked = repository.add(worker);
            if (!linked)
                return std::unexpected(linked.error());
            m_newPersons += *linked ? 0 : 1;
            ++m_rows[QStringLiteral("social_worker")];
            const Worker entry{worker.meta.id, worker.person.meta.id, TraineeRole::CommunityWorker};
            plan.workersOfUnit[room.id] << entry;
            plan.workersIn[plan.townshipOf.value(room.orgCode)] << entry;
        }
    }
    return {};
}

Result<void> DemoRegistry::communityOrgs(Plan& plan)
{
    storage::CommunityOrgRepository repository(m_db, m_context);
    // The pilot township (试点乡镇) has pushed its communities close to target.
    const QString pilot = pick(m_random, plan.townships).code;
    for (const OrgUnit& township : plan.townships) {
        for (const OrgUnit& village : plan.villagesOf.value(township.code)) {
            const bool urban = village.areaType == AreaType::Urban;
            int count = 0;
            if (township.code == pilot)
                count = urban ? between(6, 13) : between(3, 7);
            else
                count = chance(0.08) ? between(1, 2) : 0;
            count *= m_scale;
            QSet<QString> used;
            for (int i = 0; i < count; ++i) {
                const auto& [type, base] = pick(m_random, kOrgNames);
                QString name = shortName(village.name) + base;
                for (int n = 2; used.contains(name); ++n)
                    name = shortName(village.name) + base + QString::number(n);
                used.insert(name);
                CommunityOrg org;
                org.meta.id = m_people.uuid();
                org.meta.orgCode = village.code;
                org.name = name;
                org.type = type;
                org.registration = chance(0.12) ? OrgRegistration::Registered : OrgRegistration::Filed;
                org.registrationNo = org.registration == OrgRegistration::Registered
                                         ? QStringLiteral("5161%1MJ%2").arg(village.code.left(6)).arg(between(10000, 99999))
                                         : QStringLiteral("%1备%2").arg(shortName(township.name)).arg(between(1, 999), 3, 10,
                                                                                                       QLatin1Char('0'));
                // Public-welfare and life-service organizations usually count; some
                // culture groups do mutual aid too.
                const double counts = type == CommunityOrgType::PublicWelfare  ? 0.95
                                      : type == CommunityOrgType::LifeService  ? 0.85
                                      : type == CommunityOrgType::CommunityAffairs ? 0.35
                                                                                   : 0.15;
                org.countsAsService = chance(counts);
                org.leaderName = m_people.fullName(m_people.anySex());
                org.leaderPhone = m_people.mobilePhone();
                org.members = between(6, 60);
                org.foundedOn = m_people.dateBetween(QDate(2015, 1, 1), m_today.addDays(-7));
                const int status = between(1, 100);
                org.status = status <= 86 ? CommunityOrgStatus::Active
                             : status <= 96 ? CommunityOrgStatus::Dormant
                                            : CommunityOrgStatus::Dissolved;
                if (auto ok = repository.add(org); !ok)
                    return ok;
                ++m_rows[QStringLiteral("community_org")];
                plan.orgsIn[township.code] << org.meta.id;
            }
        }
    }
    return {};
}

Result<void> DemoRegistry::volunteers(Plan& plan)
{
    storage::VolunteerRepository repository(m_db, m_context);
    // Teams: one per township (and a second in some), one in about a third of villages.
    QHash<QString, QList<QString>> teamsOf; // township or village code → team ids
    const auto addTeam = [&](const OrgUnit& org, const QString& name) -> Result<void> {
        VolunteerTeam team;
        team.meta.id = m_people.uuid();
        team.meta.orgCode = org.code;
        team.name = name;
        team.leaderName = m_people.fullName(m_people.anySex());
        team.phone = m_people.mobilePhone();
        team.foundedOn = m_people.dateBetween(QDate(2018, 1, 1), m_today.addMonths(-2));
        if (auto ok = repository.addTeam(team); !ok)
            return ok;
        ++m_rows[QStringLiteral("volunteer_team")];
        teamsOf[org.code] << team.meta.id;
        return {};
    };
    for (const OrgUnit& township : plan.townships) {
        if (auto ok = addTeam(township, shortName(township.name) + QStringLiteral("新时代文明实践志愿服务队")); !ok)
            return ok;
        if (chance(0.4)) {
            if (auto ok = addTeam(township, shortName(township.name) + QStringLiteral("社工+志愿者服务队")); !ok)
                return ok;
        }
        for (const OrgUnit& village : plan.villagesOf.value(township.code))
            if (chance(0.3)) {
                if (auto ok = addTeam(village, shortName(village.name) + QStringLiteral("志愿服务队")); !ok)
                    return ok;
            }
    }

    // ~500 volunteers at scale 1, spread over the villages.
    QList<OrgUnit> villages;
    for (const OrgUnit& township : plan.townships)
        villages << plan.villagesOf.value(township.code);
    const int total = 500 * m_scale;
    QSet<QString> usedPersons;
    int sequence = 0;
    for (int i = 0; i < total; ++i) {
        const OrgUnit& village = pick(m_random, villages);
        const QString township = plan.townshipOf.value(village.code);
        Volunteer volunteer;
        volunteer.meta.id = m_people.uuid();
        volunteer.meta.orgCode = village.code;
        volunteer.person.meta.id = m_people.uuid();
        volunteer.person.meta.orgCode = village.code;
        const QList<KnownPerson>& adults = plan.adultsIn.value(village.code);
        bool known = false;
        if (!adults.isEmpty() && chance(0.1)) {
            const KnownPerson& person = pick(m_random, adults);
            if (!usedPersons.contains(person.id)) {
                volunteer.person.idNumber = person.idNumber;
                volunteer.person.name = person.name;
                known = true;
            }
        }
        if (!known) {
            const rules::Sex sex = chance(0.58) ? rules::Sex::Female : rules::Sex::Male;
            volunteer.person.name = m_people.fullName(sex);
            volunteer.person.idNumber = freshIdNumber(village.code.left(6), birthForAge(18, 68), sex);
            volunteer.person.phone = m_people.mobilePhone();
        }
        const QList<QString> villageTeams = teamsOf.value(village.code);
        const QList<QString> townshipTeams = teamsOf.value(township);
        if (!villageTeams.isEmpty() && chance(0.7))
            volunteer.teamId = pick(m_random, villageTeams);
        else if (!townshipTeams.isEmpty() && chance(0.85))
            volunteer.teamId = pick(m_random, townshipTeams);
        volunteer.volunteerNo = QStringLiteral("%1%2").arg(village.code.left(6)).arg(++sequence, 7, 10, QLatin1Char('0'));
        QStringList skills;
        for (int s = between(1, 3); s > 0; --s) {
            const QString& skill = pick(m_random, kSkills);
            if (!skills.contains(skill))
                skills << skill;
        }
        volunteer.skills = skills.join(QStringLiteral("、"));
        volunteer.registeredOn = m_people.dateBetween(QDate(2019, 1, 1), m_today.addDays(-14));
        auto linked = repository.add(volunteer);
        if (!linked)
            return std::unexpected(linked.error());
        usedPersons.insert(volunteer.person.meta.id);
        m_newPersons += *linked ? 0 : 1;
        ++m_rows[QStringLiteral("volunteer")];
        plan.volunteersIn[township] << std::pair{volunteer.meta.id, volunteer.person.meta.id};

        // Service outside recorded activities: a few times a year.
        const QDate from = std::max(volunteer.registeredOn, m_windowStart);
        const int records = int(double(between(1, 6)) * double(from.daysTo(m_today)) / 365.0 + 0.5);
        for (int r = 0; r < records; ++r) {
            VolunteerService service;
            service.meta.id = m_people.uuid();
            service.meta.orgCode = village.code;
            service.volunteerId = volunteer.meta.id;
            service.servedOn = m_people.dateBetween(from, m_today);
            service.minutes = 30 * between(2, 8);
            service.content = pick(m_random, kSkills);
            service.withSocialWorker = chance(0.3);
            if (auto ok = repository.addService(service); !ok)
                return ok;
            ++m_rows[QStringLiteral("volunteer_service")];
        }
    }
    return {};
}

Result<void> DemoRegistry::activities(Plan& plan)
{
    storage::ServiceActivityRepository repository(m_db, m_context);
    storage::VolunteerRepository volunteers(m_db, m_context);
    const auto newId = [this] { return m_people.uuid(); };
    static constexpr std::array<int, 9> kKindWeights{10, 8, 12, 25, 20, 10, 5, 7, 3};
    static constexpr std::array<int, 8> kDomainWeights{18, 25, 18, 12, 8, 7, 8, 4};

    for (const Station& station : plan.stations) {
        if (station.tier != ServiceTier::TownshipStation && station.tier != ServiceTier::CommunityRoom)
            continue;
        const bool isStation = station.tier == ServiceTier::TownshipStation;
        const QString township = isStation ? station.orgCode : plan.townshipOf.value(station.orgCode);
        const QList<OrgUnit> villages = plan.villagesOf.value(township);
        if (villages.isEmpty())
            continue;
        const QDate start = std::max(station.establishedOn, m_windowStart);
        for (QDate month(start.year(), start.month(), 1); month <= m_today; month = month.addMonths(1)) {
            const int count = (isStation ? between(3, 6) : (chance(0.5) ? 1 : 0)) * m_scale;
            for (int a = 0; a < count; ++a) {
                const QDate day = m_people.dateBetween(std::max(month, start), std::min(month.addMonths(1).addDays(-1), m_today));
                ServiceActivity activity;
                activity.meta.id = m_people.uuid();
                const OrgUnit& village = isStation ? pick(m_random, villages) : *std::find_if(villages.begin(), villages.end(),
                                                                                          [&](const OrgUnit& v) {
                                                                                              return v.code == station.orgCode;
                                                                                          });
                activity.meta.orgCode = isStation && chance(0.35) ? township : village.code;
                activity.heldOn = day;
                activity.kind = weighted(m_random, kActivityKinds, kKindWeights);
                activity.domain = weighted(m_random, kServiceDomains, kDomainWeights);
                activity.serviceUnitId = station.id;
                const QString place = shortName(activity.meta.orgCode == township
                                                     ? std::find_if(plan.townships.begin(), plan.townships.end(),
                                                                    [&](const OrgUnit& t) { return t.code == township; })
                                                           ->name
                                                     : village.name);
                activity.title = place + pick(m_random, kTopics.value(activity.domain)) + kActivityKinds.label(activity.kind);
                activity.societies = quint32(Society::Community);
                for (const Worker& worker : plan.workersOfUnit.value(station.id))
                    if (activity.participants.size() < 3 && chance(0.6))
                        activity.participants << Participant{ParticipantKind::SocialWorker, worker.id};
                const auto& pool = plan.volunteersIn.value(township);
                QList<QString> helpers;
                if (!pool.isEmpty() && chance(0.6))
                    for (int v = between(1, 4); v > 0; --v) {
                        const QString id = pick(m_random, pool).first;
                        if (!helpers.contains(id))
                            helpers << id;
                    }
                for (const QString& id : helpers)
                    activity.participants << Participant{ParticipantKind::Volunteer, id};
                const auto& orgs = plan.orgsIn.value(township);
                if (!orgs.isEmpty() && chance(0.3))
                    activity.participants << Participant{ParticipantKind::Org, pick(m_random, orgs)};
                const QList<QString>& served = plan.ledgerPersonsIn.value(village.code);
                if (!served.isEmpty()
                    && (activity.kind == ActivityKind::Visit || activity.kind == ActivityKind::ProfessionalService)) {
                    for (int p = between(1, 5); p > 0; --p) {
                        const QString& id = pick(m_random, served);
                        if (!activity.servedPersonIds.contains(id))
                            activity.servedPersonIds << id;
                    }
                }
                activity.peopleServed = int(activity.servedPersonIds.size()) + between(3, 60);
                if (chance(0.35)) {
                    activity.moneyFen = qint64(between(2, 500)) * 1000; // 20–5,000 元
                    if (chance(0.4))
                        activity.societies |= quint32(Society::Charity);
                }
                activity.summary = QStringLiteral("服务%1人次").arg(activity.peopleServed);
                // The volunteers' hours are their service records of the day.
                QList<VolunteerService> services;
                const bool withWorkers = std::any_of(activity.participants.cbegin(), activity.participants.cend(),
                                                     [](const Participant& p) {
                                                         return p.kind == ParticipantKind::SocialWorker;
                                                     });
                for (const QString& id : helpers) {
                    VolunteerService service;
                    service.meta.id = m_people.uuid();
                    service.meta.orgCode = activity.meta.orgCode;
                    service.volunteerId = id;
                    service.servedOn = day;
                    service.minutes = 30 * between(2, 8);
                    service.content = activity.title;
                    service.withSocialWorker = withWorkers;
                    activity.volunteerMinutes += service.minutes;
                    services << service;
                }
                if (auto ok = repository.add(activity, newId); !ok)
                    return ok;
                ++m_rows[QStringLiteral("service_activity")];
                m_rows[QStringLiteral("activity_participant")] += activity.participants.size();
                m_rows[QStringLiteral("activity_person")] += activity.servedPersonIds.size();
                for (VolunteerService& service : services) {
                    service.activityId = activity.meta.id;
                    if (auto ok = volunteers.addService(service); !ok)
                        return ok;
                    ++m_rows[QStringLiteral("volunteer_service")];
                }
            }
        }
    }
    return {};
}

Result<void> DemoRegistry::trainings(Plan& plan)
{
    storage::TrainingRepository repository(m_db, m_context);
    const auto newId = [this] { return m_people.uuid(); };
    static const QStringList kTopicsList{QStringLiteral("“五社联动”工作实务"), QStringLiteral("社会工作专业方法"),
                                         QStringLiteral("困境儿童关爱保护"), QStringLiteral("特殊困难老年人探访关爱"),
                                         QStringLiteral("社会救助政策解读"), QStringLiteral("社区社会组织培育"),
                                         QStringLiteral("志愿服务记录与管理"), QStringLiteral("社工站规范化建设"),
                                         QStringLiteral("个案管理与转介"), QStringLiteral("台账规范填报")};
    QList<Worker> everyone;
    for (const OrgUnit& township : plan.townships)
        everyone << plan.workersIn.value(township.code);
    const auto addTraining = [&](TrainingLevel level, const QString& orgCode, QDate day, const QString& organizer,
                                 const QList<Worker>& pool, int size,
                                 const QList<std::pair<QString, QString>>& volunteers) -> Result<void> {
        Training training;
        training.meta.id = m_people.uuid();
        training.meta.orgCode = orgCode;
        training.level = level;
        training.heldOn = day;
        training.topic = pick(m_random, kTopicsList);
        training.minutes = 60 * between(2, level == TrainingLevel::Township ? 3 : 12);
        training.organizer = organizer;
        QSet<QString> seen;
        for (int i = 0; i < size && !pool.isEmpty(); ++i) {
            const Worker& worker = pick(m_random, pool);
            if (!seen.contains(worker.personId)) {
                seen.insert(worker.personId);
                training.trainees << Trainee{worker.personId, worker.role};
            }
        }
        for (int i = 0; i < int(volunteers.size()) && i < 6; ++i) {
            const auto& [volunteerId, personId] = pick(m_random, volunteers);
            if (!seen.contains(personId)) {
                seen.insert(personId);
                training.trainees << Trainee{personId, TraineeRole::Volunteer};
            }
        }
        if (auto ok = repository.add(training, newId); !ok)
            return ok;
        ++m_rows[QStringLiteral("training")];
        m_rows[QStringLiteral("training_trainee")] += training.trainees.size();
        return {};
    };

    const QDate first(m_windowStart.year(), ((m_windowStart.month() - 1) / 3) * 3 + 1, 1);
    for (QDate quarter = first; quarter <= m_today; quarter = quarter.addMonths(3)) {
        const QDate from = std::max(quarter, m_windowStart);
        const QDate to = std::min(quarter.addMonths(3).addDays(-1), m_today);
        if (from > to)
            continue;
        for (int s = 0; s < m_scale; ++s) {
            if (auto ok = addTraining(TrainingLevel::City, plan.countyCode, m_people.dateBetween(from, to),
                                      m_cityName + QStringLiteral("民政局"), everyone, 12, {});
                !ok)
                return ok;
            for (int c = 0; c < 2; ++c) {
                if (auto ok = addTraining(TrainingLevel::County, plan.countyCode, m_people.dateBetween(from, to),
                                          m_countyName + QStringLiteral("民政局"), everyone, 30, {});
                    !ok)
                    return ok;
            }
            for (const Station& station : plan.stations) {
                if (station.tier != ServiceTier::TownshipStation || station.establishedOn > to)
                    continue;
                if (auto ok = addTraining(TrainingLevel::Township, station.orgCode,
                                          m_people.dateBetween(std::max(from, station.establishedOn), to),
                                          QStringLiteral("乡镇（街道）社会工作服务站"), plan.workersIn.value(station.orgCode), 10,
                                          plan.volunteersIn.value(station.orgCode));
                    !ok)
                    return ok;
            }
        }
    }
    return {};
}

} // namespace wushe::demo
