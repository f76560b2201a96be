#include "demo/DemoLedgers.h"

#include "rules/LedgerRules.h"
#include "rules/VisitSchedule.h"
#include "storage/ChildRepository.h"
#include "storage/ElderlyRepository.h"
#include "storage/ReliefRepository.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <tuple>

namespace wushe::demo {

namespace {

rules::Sex toRules(Sex sex)
{
    return sex == Sex::Male ? rules::Sex::Male : rules::Sex::Female;
}

Sex opposite(Sex sex)
{
    return sex == Sex::Male ? Sex::Female : Sex::Male;
}

// "许庄村委会" → "许庄村", "光华社区居委会" → "光华社区", "西郊居委会" → "西郊社区".
QString shortVillageName(QString name)
{
    for (const char16_t* suffix : {u"村民委员会", u"居民委员会", u"村委会", u"居委会", u"委员会"}) {
        const QString s = QString::fromUtf16(suffix);
        if (!name.endsWith(s))
            continue;
        name.chop(s.size());
        if (s.startsWith(u'村'))
            return name + u'村';
        return name.endsWith(u"社区") ? name : name + QStringLiteral("社区");
    }
    return name;
}

// Where people from Shaanxi go to work: Xi'an first, then the coast.
struct Workplace
{
    const char16_t* province;
    const char16_t* city;
    int weight;
};
constexpr std::array kWorkplaces{Workplace{u"陕西省", u"西安市", 30},
                                 Workplace{u"广东省", u"深圳市", 10},
                                 Workplace{u"江苏省", u"苏州市", 9},
                                 Workplace{u"广东省", u"广州市", 7},
                                 Workplace{u"广东省", u"东莞市", 7},
                                 Workplace{u"浙江省", u"宁波市", 5},
                                 Workplace{u"浙江省", u"杭州市", 5},
                                 Workplace{u"", u"上海市", 6},
                                 Workplace{u"", u"北京市", 5},
                                 Workplace{u"河南省", u"郑州市", 3},
                                 Workplace{u"山西省", u"太原市", 3},
                                 Workplace{u"陕西省", u"渭南市", 6},
                                 Workplace{u"新疆维吾尔自治区", u"乌鲁木齐市", 3},
                                 Workplace{u"陕西省", u"榆林市", 4}};

const QString kHan = QStringLiteral("汉族");
const QString kHui = QStringLiteral("回族");

constexpr std::array kChronic{u"患高血压",       u"患糖尿病",     u"患冠心病", u"患慢性支气管炎",
                              u"患风湿性关节炎", u"患脑梗后遗症", u"患白内障", u"患腰椎间盘突出"};
constexpr std::array kDisabilityNotes{u"肢体残疾二级",       u"智力残疾三级",
                                      u"听力残疾二级",       u"视力残疾一级",
                                      u"脑瘫，肢体残疾一级", u"孤独症谱系障碍，精神残疾二级"};
constexpr std::array kIllnessNotes{u"先天性心脏病", u"白血病，正在治疗", u"癫痫，长期服药", u"哮喘",
                                   u"肾病综合征"};
constexpr std::array kDeFactoNotes{u"父亲服刑在押，母亲失联", u"父母均为重度残疾", u"父亲去世，母亲失联",
                                   u"父亲重病，母亲离家失联", u"母亲去世，父亲服刑在押"};
constexpr std::array kIncapableNotes{u"母亲患精神疾病，无监护能力", u"母亲重度残疾，无监护能力",
                                     u"父亲重病卧床，无监护能力"};

template <typename Array> QString pickText(QRandomGenerator& random, const Array& items)
{
    return QString::fromUtf16(items[std::size_t(random.bounded(int(items.size())))]);
}

// Splits `total` over villages in proportion to `weights`, exactly.
QList<int> allocate(qint64 total, const QList<double>& weights)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    QList<int> counts;
    counts.reserve(weights.size());
    double cumulative = 0;
    qint64 given = 0;
    for (double w : weights) {
        cumulative += w;
        const qint64 upTo = sum > 0 ? qint64(std::floor(double(total) * cumulative / sum + 1e-9)) : 0;
        counts << int(upTo - given);
        given = upTo;
    }
    if (!counts.isEmpty())
        counts.last() += int(total - given);
    return counts;
}

WorkAbility workAbilityOf(int age, MemberHealth health)
{
    if (age < 18 || age >= 65 || health == MemberHealth::Disabled || health == MemberHealth::Serious)
        return WorkAbility::None;
    if (age >= 60 || health == MemberHealth::Chronic)
        return WorkAbility::Partial;
    return WorkAbility::Full;
}

} // namespace

struct DemoLedgers::ElderlyPlan
{
    ElderlyRecord record;
    int age = 60;
    bool hasChildren = true;
    int household = -1; // index into Village::households when also a relief member
};

struct DemoLedgers::ChildPlan
{
    ChildRecord record;
    int age = 0;
    QString surname;
    QString motherSurname;
    bool fatherAtHome = false;      // alive, known and able: can head the relief household
    int guardianElderly = -1;       // the grandparent is in the elderly ledger
    std::optional<Person> guardian; // a generated grandparent with an ID number
    int household = -1;
};

struct DemoLedgers::Village
{
    const OrgUnit* org = nullptr;
    QString townshipName;
    QString shortName;
    bool rural = true;
    QList<ElderlyPlan> elderly;
    QList<ChildPlan> children;
    QList<ReliefHousehold> households;
    QList<int> grandparentPool; // elderly living with grandchildren, not yet anyone's guardian
    VillageTeam team;
};

DemoLedgers::DemoLedgers(QSqlDatabase db, storage::WriteContext context, QRandomGenerator& random,
                         ChineseNames& people, int scale, int years)
    : m_db(std::move(db)), m_context(std::move(context)), m_random(random), m_people(people), m_scale(scale),
      m_today(m_context.clock->today()), m_windowStart(m_today.addYears(-years))
{
}

DemoLedgers::~DemoLedgers() = default;

bool DemoLedgers::chance(double p)
{
    return m_random.generateDouble() < p;
}

int DemoLedgers::between(int low, int high)
{
    return high <= low ? low : low + int(m_random.bounded(high - low + 1));
}

QDate DemoLedgers::birthForAge(int age)
{
    QDate birth = m_people.dateBetween(m_today.addYears(-age - 1).addDays(1), m_today.addYears(-age));
    // Feb 29 birthdays and addYears() disagree by a day in non-leap years.
    while (rules::ageOn(birth, m_today) < age)
        birth = birth.addDays(-1);
    while (rules::ageOn(birth, m_today) > age)
        birth = birth.addDays(1);
    return birth;
}

// The first day someone born on `birth` is `years` old (Feb 29 counts on Mar 1).
QDate DemoLedgers::birthday(QDate birth, int years)
{
    QDate day = birth.addYears(years);
    while (rules::ageOn(birth, day) < years)
        day = day.addDays(1);
    return day;
}

// A fifth of the records come from the sweep (摸底排查) in the first two months of
// the history, the rest were added one by one since; never before `earliest`.
// With `withinAYear`, someone who becomes eligible later (turns 60) is added at the
// yearly update after that.
QDate DemoLedgers::registrationDate(QDate earliest, bool withinAYear)
{
    const QDate from = std::max(earliest, m_windowStart);
    if (from >= m_today)
        return m_today;
    const bool fromTheStart = earliest <= m_windowStart.addDays(30);
    if (fromTheStart && chance(0.2))
        return m_people.dateBetween(from, std::min(m_today, from.addDays(60)));
    if (!fromTheStart && withinAYear)
        return m_people.dateBetween(from, std::min(m_today, from.addYears(1)));
    return m_people.dateBetween(from, m_today);
}

QString DemoLedgers::uniqueIdNumber(const QString& region, QDate birth, Sex sex)
{
    // Three sequence digits leave 500 numbers per birth day and sex: collisions
    // happen at scale and would merge two people, so draw again.
    for (;;) {
        const QString id = m_people.idNumber(region, birth, toRules(sex));
        if (!m_usedIdNumbers.contains(id)) {
            m_usedIdNumbers.insert(id);
            return id;
        }
    }
}

Person DemoLedgers::newPerson(const Village& village, Sex sex, int age, const QString& name, int phonePercent)
{
    Person person;
    person.meta.id = m_people.uuid();
    person.meta.orgCode = village.org->code;
    person.name = name;
    person.sex = sex;
    person.birthDate = birthForAge(age);
    person.idNumber = uniqueIdNumber(village.org->code.left(6), person.birthDate, sex);
    person.ethnicity = m_random.bounded(1000) < 985 ? kHan : kHui;
    if (int(m_random.bounded(100)) < phonePercent)
        person.phone = m_people.mobilePhone();
    if (village.rural)
        person.address = QStringLiteral("%1%2%3组%4号")
                             .arg(village.townshipName, village.shortName)
                             .arg(between(1, 12))
                             .arg(between(1, 120));
    else
        person.address = QStringLiteral("%1%2%3号楼%4单元%5%6室")
                             .arg(village.townshipName, village.shortName)
                             .arg(between(1, 24))
                             .arg(between(1, 4))
                             .arg(between(1, 6))
                             .arg(between(1, 4), 2, 10, QLatin1Char('0'));
    return person;
}

QString DemoLedgers::farWorkplace(bool withProvince)
{
    int total = 0;
    for (const Workplace& w : kWorkplaces)
        total += w.weight;
    int draw = int(m_random.bounded(total));
    for (const Workplace& w : kWorkplaces) {
        if (draw < w.weight)
            return (withProvince ? QString::fromUtf16(w.province) : QString()) + QString::fromUtf16(w.city);
        draw -= w.weight;
    }
    return QStringLiteral("西安市");
}

QString DemoLedgers::nearWorkplace(const Village& village)
{
    switch (m_random.bounded(4)) {
    case 0:
        return QStringLiteral("本县");
    case 1:
        return QStringLiteral("本县县城");
    case 2:
        return village.townshipName;
    default:
        return village.rural ? QStringLiteral("本村务农") : QStringLiteral("本县");
    }
}

void DemoLedgers::planVillageTeam(Village& village, DemoTeams& teams)
{
    TownshipTeam& township = teams.townships[village.org->parentCode];
    if (township.cadres.isEmpty()) {
        for (int i = 0; i < 2; ++i)
            township.cadres << m_people.fullName(m_people.anySex());
        for (int i = 0; i < 4; ++i)
            township.volunteers << m_people.fullName(m_people.anySex());
    }
    VillageTeam team;
    team.townshipCode = village.org->parentCode;
    team.cadres << m_people.fullName(rules::Sex::Male) << m_people.fullName(m_people.anySex());
    team.childDirector = m_people.fullName(chance(0.7) ? rules::Sex::Female : rules::Sex::Male);
    for (int i = 0; i < 3; ++i)
        team.pairingVolunteers << m_people.fullName(m_people.anySex());
    teams.villages.insert(village.org->code, team);
    village.team = team;
}

// ---- 老年人 -------------------------------------------------------------------

DemoLedgers::ElderlyPlan DemoLedgers::planElderly(const Village& village)
{
    ElderlyPlan plan;
    ElderlyRecord& r = plan.record;
    const Sex sex = chance(0.55) ? Sex::Female : Sex::Male;
    // Ages fall off from 60 (mean ~68); with the 80+ who are in the ledger for
    // their age alone, about 15 % are 高龄.
    // (A geometric draw, mean 8 years: the same on every platform, unlike std::log.)
    const auto drawAge = [&](int from) {
        for (;;) {
            int age = from;
            while (age <= 100 && chance(0.8825))
                ++age;
            if (age <= 100)
                return age;
        }
    };
    int age = drawAge(60);

    // Family structure of the people in the ledger (not of all old people): those
    // living with their children are there for their age, health or poverty.
    const double grandchildren = village.rural ? 18 : 6;
    double structure = m_random.generateDouble() * (13.5 + 22 + grandchildren + 28 + 7);
    FamilyStructure family = FamilyStructure::Other;
    for (const auto& [kind, weight] :
         {std::pair{FamilyStructure::Alone, 13.5}, std::pair{FamilyStructure::Couple, 22.0},
          std::pair{FamilyStructure::WithGrandchildren, grandchildren},
          std::pair{FamilyStructure::WithChildren, 28.0}}) {
        if (structure < weight) {
            family = kind;
            break;
        }
        structure -= weight;
    }
    const bool alone = family == FamilyStructure::Alone;
    // 特困: no income, no one obliged to support them — so no children.
    const bool tekun = (alone || family == FamilyStructure::Other) && chance(alone ? 0.15 : 0.3);
    // 计生特殊家庭: the only child died or is disabled.
    const bool bereaved = !tekun && (alone || family == FamilyStructure::Couple) && chance(0.045);
    plan.hasChildren = !tekun && !bereaved;
    double awayShare = 0;
    switch (family) {
    case FamilyStructure::Alone:
        awayShare = 0.38;
        break;
    case FamilyStructure::Couple:
        awayShare = 0.36;
        break;
    case FamilyStructure::WithGrandchildren:
        awayShare = 0.9;
        break;
    default:
        awayShare = 0;
    }
    // 留守: every child works away from home (mostly a rural thing).
    const bool childrenAway = plan.hasChildren && chance(awayShare * (village.rural ? 1.0 : 0.35));
    bool disabled = chance(age >= 80 ? 0.12 : 0.022);
    bool severe = chance(disabled ? 0.15 : 0.01);
    bool poor = !tekun && chance(0.025 + (alone ? 0.06 : 0) + (village.rural ? 0.03 : 0) +
                                 (disabled || severe ? 0.08 : 0));
    // Nobody is in the ledger without a reason: give the rest theirs.
    if (!alone && family != FamilyStructure::Couple && !childrenAway && !tekun && !disabled && !severe &&
        !poor && age < 80) {
        // 20 % their age, 50 % poverty, 18 % 失能, 12 % 重残.
        const int reason = int(m_random.bounded(100));
        if (reason < 20)
            age = drawAge(80);
        else if (reason < 70)
            poor = true;
        else if (reason < 88)
            disabled = true;
        else
            severe = true;
    }
    plan.age = age;

    quint32 categories = 0;
    const auto add = [&](bool when, ElderlyCategory c) {
        if (when)
            categories |= quint32(c);
    };
    add(alone, ElderlyCategory::LivingAlone);
    add(family == FamilyStructure::Couple, ElderlyCategory::EmptyNest); // 仅与配偶同住
    add(childrenAway, ElderlyCategory::LeftBehind);
    add(disabled, ElderlyCategory::Disabled);
    add(severe, ElderlyCategory::SevereDisability);
    add(bereaved, ElderlyCategory::FamilyPlanningSpecial);
    add(tekun, ElderlyCategory::DispersedSupport);
    add(poor, ElderlyCategory::EconomicDifficulty);
    add(age >= 80, ElderlyCategory::VeryOld);
    r.categories = categories;
    r.familyStructure = family;

    // 失能 is "cannot look after oneself" in the census health categories.
    if (disabled) {
        r.healthStatus = HealthStatus::NoSelfCare;
    } else {
        const int h = int(m_random.bounded(100));
        const int healthy = age < 70 ? 35 : age < 80 ? 20 : 10;
        const int basic = healthy + 45;
        r.healthStatus = severe || h >= basic ? HealthStatus::UnhealthySelfCare
                         : h < healthy        ? HealthStatus::Healthy
                                              : HealthStatus::BasicallyHealthy;
    }

    const int c = int(m_random.bounded(100));
    switch (family) {
    case FamilyStructure::Alone:
        r.careSituation = disabled ? (c < 45   ? CareSituation::Neighbours
                                      : c < 75 ? CareSituation::Children
                                               : CareSituation::Paid)
                                   : (c < 55   ? CareSituation::Neighbours
                                      : c < 85 ? CareSituation::None
                                               : CareSituation::Children);
        break;
    case FamilyStructure::Couple:
        r.careSituation = c < (disabled ? 60 : 82) ? CareSituation::Spouse
                          : c < 94                 ? CareSituation::Children
                                                   : CareSituation::Paid;
        break;
    case FamilyStructure::WithGrandchildren:
        r.careSituation = c < 55   ? CareSituation::Spouse
                          : c < 75 ? CareSituation::Children
                                   : CareSituation::Neighbours;
        break;
    case FamilyStructure::WithChildren:
        r.careSituation = c < 90   ? CareSituation::Children
                          : c < 95 ? CareSituation::Spouse
                                   : CareSituation::Paid;
        break;
    case FamilyStructure::Other:
        r.careSituation = c < 40   ? CareSituation::Neighbours
                          : c < 70 ? CareSituation::Paid
                                   : CareSituation::None;
        break;
    }
    if (tekun && r.careSituation == CareSituation::Children)
        r.careSituation = CareSituation::Neighbours;

    quint32 sources = 0;
    if (chance(0.92))
        sources |= quint32(EconomicSource::Pension);
    if (plan.hasChildren && chance(0.75))
        sources |= quint32(EconomicSource::ChildrenSupport);
    if (tekun)
        sources |= quint32(EconomicSource::Tekun);
    if (village.rural && age < 70 && !disabled && chance(0.45))
        sources |= quint32(EconomicSource::Labour);
    if (sources == 0)
        sources = quint32(EconomicSource::Other);
    r.economicSources = sources;

    // Person: women keep their own surname; their children carry the husband's.
    const QString name = m_people.fullName(toRules(sex));
    r.person = newPerson(village, sex, age, name, age < 75 ? 80 : 50);
    r.meta.id = m_people.uuid();
    r.meta.orgCode = village.org->code;

    if (plan.hasChildren) {
        const QString familyName =
            sex == Sex::Male || chance(0.05) ? name.left(1) : m_people.otherSurname(name.left(1));
        r.supporterName = m_people.fullName(chance(0.7) ? rules::Sex::Male : rules::Sex::Female, familyName);
        r.supporterPhone = m_people.mobilePhone();
        r.supporterWorkplace = childrenAway ? farWorkplace(false) : nearWorkplace(village);
    }

    // Risk tier: 失能 and 独居 weigh most.
    double high = 0.01;
    double key = 0.12;
    const auto raise = [&](bool when, double h, double k) {
        if (when) {
            high = std::max(high, h);
            key = std::max(key, k);
        }
    };
    raise(disabled, 0.22, 0.75);
    raise(severe, 0.12, 0.6);
    raise(alone, age >= 80 ? 0.12 : 0.05, 0.5);
    raise(tekun, 0.06, 0.5);
    raise(bereaved, 0.04, 0.5);
    raise(childrenAway, 0.015, 0.27);
    raise((categories & quint32(ElderlyCategory::EmptyNest)) != 0, 0.015, 0.22);
    raise((categories & quint32(ElderlyCategory::EconomicDifficulty)) != 0, 0.025, 0.3);
    raise(age >= 80, 0.03, 0.33);
    const double u = m_random.generateDouble();
    r.riskTier = u < high ? RiskTier::High : u < high + (1 - high) * key ? RiskTier::Key : RiskTier::General;
    if (r.riskTier != RiskTier::General || chance(0.4))
        r.helperName = village.team.pairingVolunteers.at(
            int(m_random.bounded(int(village.team.pairingVolunteers.size()))));
    if (chance(0.35)) {
        QString note = pickText(m_random, kChronic);
        if (chance(0.3))
            note += QStringLiteral("、") + pickText(m_random, kChronic).mid(1);
        r.note = note;
    }
    // 高龄 is registered from the 80th birthday on, everyone else from the 60th.
    r.registeredOn = registrationDate(birthday(r.person.birthDate, age >= 80 ? 80 : 60), true);
    return plan;
}

// ---- 儿童 ---------------------------------------------------------------------

DemoLedgers::ChildPlan DemoLedgers::planChild(Village& village)
{
    ChildPlan plan;
    ChildRecord& r = plan.record;
    const Sex sex = chance(0.53) ? Sex::Male : Sex::Female;
    const int age = int(m_random.bounded(18));
    plan.age = age;
    const bool orphan = chance(0.03);
    const bool deFacto = !orphan && chance(0.06);
    // 农村留守儿童: under 16 with a rural household registration.
    const bool leftBehind = !orphan && !deFacto && age < 16 && chance(village.rural ? 0.75 : 0.1);
    bool poor = chance(orphan || deFacto ? 0.3 : leftBehind ? 0.03 : 0.2);
    bool disabled = chance(leftBehind ? 0.01 : 0.07);
    bool lacking = !orphan && chance(leftBehind ? 0.02 : 0.05);
    // The others are in the ledger as 困境儿童: poverty first, then disability.
    if (!orphan && !deFacto && !leftBehind && !poor && !disabled && !lacking) {
        const int reason = int(m_random.bounded(100));
        poor = reason < 62;
        disabled = reason >= 62 && reason < 85;
        lacking = reason >= 85;
    }
    quint32 categories = 0;
    const auto add = [&](bool when, ChildCategory c) {
        if (when)
            categories |= quint32(c);
    };
    add(leftBehind, ChildCategory::LeftBehind);
    add(poor, ChildCategory::PoorFamily);
    add(disabled, ChildCategory::Disabled);
    add(lacking, ChildCategory::GuardianshipLacking);
    add(deFacto, ChildCategory::DeFactoUnsupported);
    add(orphan, ChildCategory::Orphan);
    r.categories = categories;
    r.meta.id = m_people.uuid();
    r.meta.orgCode = village.org->code;

    plan.surname = m_people.surname();
    plan.motherSurname = m_people.otherSurname(plan.surname);
    r.fatherName = m_people.fullName(rules::Sex::Male, plan.surname);
    r.motherName = m_people.fullName(rules::Sex::Female, plan.motherSurname);
    if (leftBehind) {
        // Both parents away, or one away and the other unable to care (the definition).
        r.fatherWorkplace = farWorkplace(true);
        if (chance(0.6)) {
            r.motherWorkplace = chance(0.8) ? r.fatherWorkplace : farWorkplace(true);
        } else {
            r.note = pickText(m_random, kIncapableNotes);
        }
    } else if (!orphan && !deFacto) {
        r.fatherWorkplace = nearWorkplace(village);
        if (chance(0.5))
            r.motherWorkplace = nearWorkplace(village);
    }
    plan.fatherAtHome = !orphan && !deFacto && !leftBehind;
    if (orphan) {
        r.note = QStringLiteral("父母双亡");
    } else if (deFacto) {
        r.note = pickText(m_random, kDeFactoNotes);
    } else {
        if (chance(0.85))
            r.fatherPhone = m_people.mobilePhone();
        if (chance(0.85))
            r.motherPhone = m_people.mobilePhone();
    }

    if (leftBehind || orphan || deFacto || lacking) {
        planChildGuardian(village, plan);
    } else {
        const bool father = chance(0.45);
        r.guardianName = father ? r.fatherName : r.motherName;
        r.guardianRelation = father ? QStringLiteral("父亲") : QStringLiteral("母亲");
        r.guardianPhone = father ? r.fatherPhone : r.motherPhone;
    }
    // The child is named after the family the guardian step settled on.
    r.person =
        newPerson(village, sex, age, m_people.fullName(toRules(sex), plan.surname), age >= 15 ? 30 : 0);
    if (plan.guardianElderly >= 0) // lives with the grandparent
        r.person.address = village.elderly.at(plan.guardianElderly).record.person.address;

    const int g = int(m_random.bounded(100));
    if (deFacto || orphan)
        r.guardianshipType = g < 60 ? GuardianshipType::DelegateInsufficient : GuardianshipType::Fair;
    else if (lacking)
        r.guardianshipType = g < 30   ? GuardianshipType::None
                             : g < 65 ? GuardianshipType::ParentIncapable
                                      : GuardianshipType::DelegateInsufficient;
    else if (leftBehind)
        r.guardianshipType = !r.note.isEmpty() && g < 40 ? GuardianshipType::ParentIncapable
                             : g < 20                    ? GuardianshipType::DelegateInsufficient
                             : g < 75                    ? GuardianshipType::Fair
                                                         : GuardianshipType::Good;
    else
        r.guardianshipType = g < 55 ? GuardianshipType::Fair : GuardianshipType::Good;

    // Schooling by age; a few drop out after junior school.
    const int s = int(m_random.bounded(100));
    if (age <= 2)
        r.schooling = Schooling::NotInKindergarten;
    else if (age <= 5)
        r.schooling = s < 88 ? Schooling::Kindergarten : Schooling::NotInKindergarten;
    else if (age <= 11)
        r.schooling = Schooling::Primary;
    else if (age <= 14)
        r.schooling = s < 98 ? Schooling::Junior : Schooling::Dropout;
    else
        r.schooling = s < 58   ? Schooling::Senior
                      : s < 88 ? Schooling::Vocational
                      : s < 95 ? Schooling::Dropout
                               : Schooling::NotInSchool;
    if (disabled && age >= 6 && chance(0.25))
        r.schooling = Schooling::NotInSchool; // 送教上门
    r.boarding =
        (r.schooling == Schooling::Junior && chance(0.5)) ||
        ((r.schooling == Schooling::Senior || r.schooling == Schooling::Vocational) && chance(0.8)) ||
        (r.schooling == Schooling::Primary && age >= 9 && chance(0.1));
    if (disabled) {
        r.health = ChildHealth::Disabled;
        r.disabilityNote = pickText(m_random, kDisabilityNotes);
    } else if (chance(0.04)) {
        r.health = ChildHealth::Ill;
        r.disabilityNote = pickText(m_random, kIllnessNotes);
    }

    quint32 income = 0;
    if (leftBehind || (plan.fatherAtHome && chance(0.6)))
        income |= quint32(FamilyIncome::Wages);
    if (village.rural && chance(0.5))
        income |= quint32(FamilyIncome::Farming);
    if (orphan || deFacto || poor)
        income |= quint32(FamilyIncome::GovernmentAid);
    if ((orphan || deFacto) && chance(0.6))
        income |= quint32(FamilyIncome::Relatives);
    r.incomeSources = income ? income : quint32(FamilyIncome::Other);
    if (orphan || deFacto)
        r.assistance |= quint32(Assistance::Other); // 孤儿/事实无人抚养儿童基本生活费
    if (r.health != ChildHealth::Healthy && chance(0.6))
        r.assistance |= quint32(Assistance::Medical);
    if (poor && chance(0.15))
        r.assistance |= quint32(Assistance::Temporary);

    double high = 0.02;
    double key = 0.1;
    const auto raise = [&](bool when, double h, double k) {
        if (when) {
            high = std::max(high, h);
            key = std::max(key, k);
        }
    };
    raise(deFacto, 0.2, 0.7);
    raise(orphan, 0.15, 0.7);
    raise(lacking, 0.3, 0.6);
    raise(disabled, 0.06, 0.5);
    raise(poor, 0.03, 0.35);
    raise(leftBehind, 0.02, 0.25);
    const double u = m_random.generateDouble();
    r.riskTier = u < high ? RiskTier::High : u < high + (1 - high) * key ? RiskTier::Key : RiskTier::General;

    r.registeredOn = registrationDate(r.person.birthDate.addDays(between(20, 90)), false);
    return plan;
}

// Grandparents look after most left-behind and unsupported children; often the
// grandparent is in the elderly ledger of the same village (留守老人 with 留守儿童).
void DemoLedgers::planChildGuardian(Village& village, ChildPlan& plan)
{
    ChildRecord& r = plan.record;
    const bool grandparent = chance(0.88);
    if (grandparent && !village.grandparentPool.isEmpty() && chance(0.7)) {
        const int index = village.grandparentPool.takeFirst();
        const ElderlyPlan& elder = village.elderly.at(index);
        const bool paternal = chance(0.65);
        const QString surname = elder.record.person.name.left(1);
        if (elder.record.person.sex == Sex::Male) {
            r.guardianRelation = paternal ? QStringLiteral("祖父") : QStringLiteral("外祖父");
            if (paternal)
                plan.surname = surname;
            else
                plan.motherSurname = surname;
        } else {
            r.guardianRelation = paternal ? QStringLiteral("祖母") : QStringLiteral("外祖母");
            if (surname == (paternal ? plan.surname : plan.motherSurname)) // a wife keeps her own surname
                (paternal ? plan.surname : plan.motherSurname) = m_people.otherSurname(surname);
        }
        r.fatherName = plan.surname + r.fatherName.mid(1);
        r.motherName = plan.motherSurname + r.motherName.mid(1);
        r.guardianName = elder.record.person.name;
        r.guardianIdNumber = elder.record.person.idNumber;
        r.guardianPhone = elder.record.person.phone.isEmpty() ? r.fatherPhone : elder.record.person.phone;
        plan.guardianElderly = index;
        return;
    }
    if (grandparent) {
        const int kind = int(m_random.bounded(100));
        const bool male = kind < 25 || (kind >= 65 && kind < 80);
        const bool paternal = kind < 65;
        r.guardianRelation = kind < 25   ? QStringLiteral("祖父")
                             : kind < 65 ? QStringLiteral("祖母")
                             : kind < 80 ? QStringLiteral("外祖父")
                                         : QStringLiteral("外祖母");
        QString surname;
        if (male)
            surname = paternal ? plan.surname : plan.motherSurname;
        else
            surname = m_people.otherSurname(paternal ? plan.surname : plan.motherSurname);
        Person guardian;
        guardian.meta.id = m_people.uuid();
        guardian.sex = male ? Sex::Male : Sex::Female;
        guardian.name = m_people.fullName(male ? rules::Sex::Male : rules::Sex::Female, surname);
        guardian.birthDate = birthForAge(between(52, 78));
        r.guardianName = guardian.name;
        r.guardianPhone = chance(0.9) ? m_people.mobilePhone() : QString();
        if (chance(0.6)) {
            guardian.idNumber = uniqueIdNumber(village.org->code.left(6), guardian.birthDate, guardian.sex);
            guardian.phone = r.guardianPhone;
            r.guardianIdNumber = guardian.idNumber;
            plan.guardian = guardian;
        }
        return;
    }
    const bool uncle = chance(0.5);
    r.guardianRelation = uncle ? QStringLiteral("叔叔") : QStringLiteral("姑姑");
    r.guardianName = uncle ? m_people.fullName(rules::Sex::Male, plan.surname)
                           : m_people.fullName(rules::Sex::Female, plan.surname);
    r.guardianPhone = m_people.mobilePhone();
}

// ---- 社会救助 -----------------------------------------------------------------

// Households whose members are already in the other ledgers: every 分散供养特困
// old person, a third of the poor old people (低保), and half of the children of
// poor families — with the grandparent who looks after them when there is one.
void DemoLedgers::planLinkedHouseholds(Village& village)
{
    const auto member = [](const Person& person, Relationship relationship, int age, MemberHealth health) {
        ReliefMember m;
        m.person = person;
        m.relationship = relationship;
        m.health = health;
        m.workAbility = workAbilityOf(age, health);
        return m;
    };
    const auto elderHealth = [](const ElderlyRecord& r) {
        if (r.has(ElderlyCategory::SevereDisability) || r.has(ElderlyCategory::Disabled))
            return MemberHealth::Disabled;
        return r.healthStatus == HealthStatus::UnhealthySelfCare ? MemberHealth::Chronic
                                                                 : MemberHealth::Healthy;
    };
    // One household, one address (the ledger people in it already live there).
    const auto settle = [](ReliefHousehold& h, const QString& address) {
        h.address = address;
        for (ReliefMember& m : h.members)
            m.person.address = address;
    };
    const auto spouseOf = [&](const Person& head, int headAge) {
        const Sex sex = opposite(head.sex);
        const int age = std::clamp(headAge + (sex == Sex::Female ? -between(0, 5) : between(0, 5)), 50, 100);
        const QString surname = m_people.otherSurname(head.name.left(1));
        return std::pair{newPerson(village, sex, age, m_people.fullName(toRules(sex), surname), 60), age};
    };

    for (int i = 0; i < village.elderly.size(); ++i) {
        ElderlyPlan& elder = village.elderly[i];
        ElderlyRecord& r = elder.record;
        const bool tekun = r.has(ElderlyCategory::DispersedSupport);
        if (!tekun && !(r.has(ElderlyCategory::EconomicDifficulty) && chance(0.3)))
            continue;
        ReliefHousehold h;
        h.category = tekun           ? ReliefCategory::TekunDispersed
                     : village.rural ? ReliefCategory::DibaoRural
                                     : ReliefCategory::DibaoUrban;
        h.members << member(r.person, Relationship::Head, elder.age, elderHealth(r));
        if (tekun) {
            h.selfCare = r.healthStatus == HealthStatus::NoSelfCare ? SelfCare::None
                         : r.healthStatus == HealthStatus::UnhealthySelfCare && chance(0.6)
                             ? SelfCare::Partial
                             : SelfCare::Full;
        } else {
            r.economicSources |= quint32(EconomicSource::Dibao);
            if (r.familyStructure == FamilyStructure::Couple ||
                (r.familyStructure == FamilyStructure::WithGrandchildren && chance(0.6))) {
                const auto [spouse, age] = spouseOf(r.person, elder.age);
                h.members << member(spouse, Relationship::Spouse, age,
                                    chance(0.4) ? MemberHealth::Chronic : MemberHealth::Healthy);
            }
            if (r.familyStructure == FamilyStructure::WithChildren) {
                const int age = std::clamp(elder.age - between(24, 34), 25, 60);
                const Sex sex = chance(0.6) ? Sex::Male : Sex::Female;
                const QString surname =
                    r.person.sex == Sex::Male ? r.person.name.left(1) : m_people.surname();
                const int hh = int(m_random.bounded(100));
                const MemberHealth health = hh < 35   ? MemberHealth::Disabled
                                            : hh < 60 ? MemberHealth::Serious
                                            : hh < 80 ? MemberHealth::Chronic
                                                      : MemberHealth::Healthy;
                h.members << member(
                    newPerson(village, sex, age, m_people.fullName(toRules(sex), surname), 85),
                    Relationship::Child, age, health);
            }
        }
        settle(h, r.person.address);
        elder.household = int(village.households.size());
        village.households << h;
    }

    for (ChildPlan& child : village.children) {
        if (!child.record.has(ChildCategory::PoorFamily) || !chance(0.5))
            continue;
        child.record.assistance |= quint32(Assistance::Dibao);
        const auto childMember = [&](Relationship relationship) {
            return member(child.record.person, relationship, child.age,
                          child.record.health == ChildHealth::Disabled ? MemberHealth::Disabled
                          : child.record.health == ChildHealth::Ill    ? MemberHealth::Serious
                                                                       : MemberHealth::Healthy);
        };
        if (child.guardianElderly >= 0) {
            ElderlyPlan& elder = village.elderly[child.guardianElderly];
            if (elder.household >= 0) {
                ReliefHousehold& h = village.households[elder.household];
                if (!isTekun(h.category)) {
                    h.members << childMember(Relationship::Grandchild);
                    child.household = elder.household;
                    continue;
                }
            } else {
                ReliefHousehold h;
                h.category = village.rural ? ReliefCategory::DibaoRural : ReliefCategory::DibaoUrban;
                ElderlyRecord& r = elder.record;
                h.members << member(r.person, Relationship::Head, elder.age,
                                    r.healthStatus == HealthStatus::UnhealthySelfCare
                                        ? MemberHealth::Chronic
                                        : MemberHealth::Healthy);
                if (chance(0.5)) {
                    const auto [spouse, age] = spouseOf(r.person, elder.age);
                    h.members << member(spouse, Relationship::Spouse, age, MemberHealth::Healthy);
                }
                h.members << childMember(Relationship::Grandchild);
                // A poor family's grandparent is, by the same token, in economic difficulty.
                r.categories |= quint32(ElderlyCategory::EconomicDifficulty);
                r.economicSources |= quint32(EconomicSource::Dibao);
                settle(h, r.person.address);
                elder.household = child.household = int(village.households.size());
                village.households << h;
                continue;
            }
        }
        ReliefHousehold h;
        h.category = village.rural ? ReliefCategory::DibaoRural : ReliefCategory::DibaoUrban;
        if (child.fatherAtHome || (child.record.has(ChildCategory::LeftBehind) && !child.guardian)) {
            const int fatherAge = std::clamp(child.age + between(22, 36), 22, 59);
            const MemberHealth health = child.record.has(ChildCategory::LeftBehind) ? MemberHealth::Healthy
                                        : chance(0.5)                               ? MemberHealth::Chronic
                                                                                    : MemberHealth::Disabled;
            Person father = newPerson(village, Sex::Male, fatherAge, child.record.fatherName, 0);
            father.phone = child.record.fatherPhone;
            h.members << member(father, Relationship::Head, fatherAge, health);
            if (chance(0.75)) {
                const int motherAge = std::clamp(fatherAge - between(0, 5), 20, 59);
                Person mother = newPerson(village, Sex::Female, motherAge, child.record.motherName, 0);
                mother.phone = child.record.motherPhone;
                h.members << member(mother, Relationship::Spouse, motherAge,
                                    chance(0.2) ? MemberHealth::Serious : MemberHealth::Healthy);
            }
            h.members << childMember(Relationship::Child);
            if (chance(0.4)) {
                const int age = between(0, 20);
                const Sex sex = m_people.anySex() == rules::Sex::Male ? Sex::Male : Sex::Female;
                h.members << member(
                    newPerson(village, sex, age, m_people.fullName(toRules(sex), child.surname), 0),
                    Relationship::Child, age, MemberHealth::Healthy);
            }
        } else if (child.guardian) {
            Person guardian = *child.guardian;
            guardian.meta.orgCode = village.org->code;
            guardian.address = child.record.person.address;
            guardian.ethnicity = child.record.person.ethnicity;
            const int age = rules::ageOn(guardian.birthDate, m_today);
            h.members << member(guardian, Relationship::Head, age,
                                chance(0.4) ? MemberHealth::Chronic : MemberHealth::Healthy);
            h.members << childMember(Relationship::Grandchild);
        } else {
            continue; // an uncle or aunt looks after the child: not their household
        }
        settle(h, child.record.person.address);
        child.household = int(village.households.size());
        village.households << h;
    }
}

// A household that is in the relief ledger only.
ReliefHousehold DemoLedgers::planHousehold(Village& village, ReliefCategory category)
{
    ReliefHousehold h;
    h.category = category;
    const auto health = [&](int sickPercent) {
        const int x = int(m_random.bounded(100));
        return x < sickPercent / 3   ? MemberHealth::Serious
               : x < sickPercent / 2 ? MemberHealth::Disabled
               : x < sickPercent     ? MemberHealth::Chronic
                                     : MemberHealth::Healthy;
    };
    // Every random draw is a statement of its own: the order in which a call's
    // arguments are evaluated is up to the compiler, the data must not be.
    const auto add = [&](Relationship relationship, Sex sex, int age, const QString& surname, int sickPercent,
                         std::optional<MemberHealth> fixedHealth = std::nullopt) {
        ReliefMember m;
        m.relationship = relationship;
        m.health = fixedHealth ? *fixedHealth : health(sickPercent);
        m.workAbility = workAbilityOf(age, m.health);
        const QString name = m_people.fullName(toRules(sex), surname);
        m.person = newPerson(village, sex, age, name, age >= 16 && age < 75 ? 75 : 0);
        h.members << m;
    };
    const auto anySex = [&](double female) { return chance(female) ? Sex::Female : Sex::Male; };
    const QString surname = m_people.surname();
    const Sex headSex = anySex(0.3);

    if (isTekun(category)) {
        // Old, disabled or orphaned, with no one obliged to support them.
        const int kind = int(m_random.bounded(100));
        const int age = kind < 80 ? between(60, 95) : kind < 96 ? between(25, 59) : between(8, 15);
        if (kind >= 80 && kind < 96)
            add(Relationship::Head, headSex, age, surname, 0, MemberHealth::Disabled);
        else
            add(Relationship::Head, headSex, age, surname, 60);
        const int s = int(m_random.bounded(100));
        if (category == ReliefCategory::TekunCentralized) {
            h.selfCare = s < 30 ? SelfCare::Full : s < 70 ? SelfCare::Partial : SelfCare::None;
            h.address = village.townshipName + QStringLiteral("敬老院");
            h.members.first().person.address = h.address;
        } else {
            h.selfCare = s < 55 ? SelfCare::Full : s < 85 ? SelfCare::Partial : SelfCare::None;
            h.address = h.members.first().person.address;
        }
        return h;
    }

    const int kind = int(m_random.bounded(100));
    const QString spouseSurname = m_people.otherSurname(surname);
    const auto addSpouse = [&](int headAge, int maxGap, int minAge, int sickPercent) {
        const int age = std::max(minAge, headAge - between(0, maxGap));
        add(Relationship::Spouse, Sex::Female, age, spouseSurname, sickPercent);
    };
    const auto addYoung = [&](Relationship relationship, int low, int high) {
        const Sex sex = anySex(0.5);
        const int age = std::max(0, between(low, high));
        add(relationship, sex, age, surname, 10);
    };
    if (kind < 12) { // an old person alone
        add(Relationship::Head, headSex, between(60, 92), surname, 70);
    } else if (kind < 25) { // an old couple
        const int age = between(60, 88);
        add(Relationship::Head, Sex::Male, age, surname, 60);
        addSpouse(age, 5, 55, 50);
    } else if (kind < 37) { // grandparents raising grandchildren
        const int age = between(58, 80);
        add(Relationship::Head, Sex::Male, age, surname, 50);
        if (chance(0.6))
            addSpouse(age, 5, 55, 40);
        for (int i = 0, n = between(1, 2); i < n; ++i)
            addYoung(Relationship::Grandchild, 3, 16);
    } else if (kind < 81) { // a family, often with a sick or disabled earner
        const int age = between(30, 58);
        add(Relationship::Head, Sex::Male, age, surname, 55);
        if (chance(0.78))
            addSpouse(age, 6, 22, 30);
        for (int i = 0, n = between(1, 3); i < n; ++i)
            addYoung(Relationship::Child, age - 34, age - 22);
        if (chance(0.25)) {
            const Sex sex = anySex(0.6);
            add(Relationship::Parent, sex, std::min(95, age + between(24, 32)), surname, 70);
        }
    } else if (kind < 90) { // a disabled adult
        const int age = between(22, 59);
        add(Relationship::Head, headSex, age, surname, 0,
            chance(0.7) ? MemberHealth::Disabled : MemberHealth::Serious);
        if (chance(0.3)) {
            const Sex sex = anySex(0.5);
            add(Relationship::Parent, sex, std::min(95, age + between(22, 32)), surname, 60);
        }
    } else { // a single parent
        const int age = between(26, 50);
        add(Relationship::Head, headSex, age, headSex == Sex::Male ? surname : spouseSurname, 40);
        for (int i = 0, n = between(1, 2); i < n; ++i)
            addYoung(Relationship::Child, age - 32, age - 20);
    }
    // One household, one address and one family's ethnicity.
    h.address = h.members.first().person.address;
    for (ReliefMember& m : h.members) {
        m.person.address = h.address;
        m.person.ethnicity = h.members.first().person.ethnicity;
    }
    return h;
}

// Cycle, amount, status, dates and note, once the members are known.
void DemoLedgers::finishHousehold(ReliefHousehold& h, const Village& village)
{
    h.meta.id = m_people.uuid();
    h.meta.orgCode = village.org->code;
    for (ReliefMember& m : h.members) {
        if (m.meta.id.isEmpty())
            m.meta.id = m_people.uuid();
    }
    // 低保复核: half-yearly where someone could work, yearly otherwise.
    bool ableBodied = false;
    for (const ReliefMember& m : h.members) {
        const int age = rules::ageOn(m.person.birthDate, m_today);
        ableBodied = ableBodied || (m.workAbility == WorkAbility::Full && age >= 18 && age < 60);
    }
    const bool dibao = h.category == ReliefCategory::DibaoRural || h.category == ReliefCategory::DibaoUrban;
    h.reviewCycle = dibao && ableBodied ? ReviewCycle::HalfYear : ReviewCycle::Year;

    h.registeredOn = registrationDate(m_windowStart.addDays(20), false);
    h.startOn = h.registeredOn;

    const int s = int(m_random.bounded(100));
    if (h.category == ReliefCategory::Temporary)
        h.status = ReliefStatus::Active;
    else if (isTekun(h.category))
        h.status = s < 97 ? ReliefStatus::Active : ReliefStatus::Reduced;
    else
        h.status = s < 84   ? ReliefStatus::Active
                   : s < 88 ? ReliefStatus::Increased
                   : s < 92 ? ReliefStatus::Reduced
                            : ReliefStatus::Stopped;
    // Amounts change (增发/减发) or stop (停保) at a review: only after the first one.
    if (rules::nextDue(h.registeredOn, rules::visitInterval(h)) > m_today)
        h.status = ReliefStatus::Active;
    // Monthly amounts per household in Shaanxi: 农村低保 300–700 yuan, 城市低保
    // 500–900, 特困 800–1,200 by self-care grade; 临时救助 is paid once (note).
    const qint64 n = h.members.size();
    qint64 yuan = 0;
    qint64 low = 0;
    qint64 high = 0;
    switch (h.category) {
    case ReliefCategory::DibaoRural:
        yuan = 150 + 140 * n + between(-60, 60);
        std::tie(low, high) = std::pair{300, 700};
        break;
    case ReliefCategory::DibaoUrban:
        yuan = 320 + 160 * n + between(-60, 60);
        std::tie(low, high) = std::pair{500, 900};
        break;
    case ReliefCategory::TekunDispersed:
    case ReliefCategory::TekunCentralized:
        yuan = h.selfCare == SelfCare::None      ? between(1100, 1200)
               : h.selfCare == SelfCare::Partial ? between(950, 1050)
                                                 : between(800, 900);
        std::tie(low, high) = std::pair{800, 1200};
        break;
    case ReliefCategory::Temporary:
        break;
    }
    if (h.status == ReliefStatus::Increased)
        yuan += between(5, 12) * 10;
    if (h.status == ReliefStatus::Reduced)
        yuan -= between(5, 12) * 10;
    yuan = std::clamp(yuan, low, high) / 10 * 10; // set in whole tens of yuan
    h.monthlyAmountFen = h.status == ReliefStatus::Stopped ? 0 : yuan * 100;
    if (h.status == ReliefStatus::Stopped)
        h.note = QStringLiteral("复核后家庭人均收入超过保障标准，已停保");
    if (h.category == ReliefCategory::Temporary) {
        const bool urgent = chance(0.5);
        h.note = QStringLiteral("%1，一次性救助%2元")
                     .arg(urgent ? QStringLiteral("急难型：家中遭遇火灾，基本生活暂时困难")
                                 : QStringLiteral("支出型：家庭成员患重病，医疗支出较大"))
                     .arg(between(5, 40) * 100);
    }
}

Result<void> DemoLedgers::store(Village& village)
{
    storage::ElderlyRepository elderly(m_db, m_context);
    storage::ChildRepository children(m_db, m_context);
    storage::ReliefRepository relief(m_db, m_context);
    for (ElderlyPlan& plan : village.elderly) {
        auto link = elderly.add(plan.record);
        if (!link)
            return std::unexpected(link.error());
        m_counts.persons += link->linkedExistingPerson ? 0 : 1;
        ++m_counts.elderly;
        const ElderlyRecord& r = plan.record;
        m_subjects << VisitSubject{Ledger::Elderly,
                                   r.meta.id,
                                   r.meta.orgCode,
                                   r.registeredOn,
                                   rules::visitInterval(r),
                                   r.categories,
                                   r.riskTier,
                                   r.helperName,
                                   {},
                                   {}};
    }
    for (ChildPlan& plan : village.children) {
        auto link = children.add(plan.record);
        if (!link)
            return std::unexpected(link.error());
        m_counts.persons += link->linkedExistingPerson ? 0 : 1;
        ++m_counts.children;
        const ChildRecord& r = plan.record;
        m_subjects << VisitSubject{Ledger::Child,
                                   r.meta.id,
                                   r.meta.orgCode,
                                   r.registeredOn,
                                   rules::visitInterval(r),
                                   r.categories,
                                   r.riskTier,
                                   {},
                                   {},
                                   {}};
    }
    for (ReliefHousehold& h : village.households) {
        auto links = relief.add(h);
        if (!links)
            return std::unexpected(links.error());
        for (const auto& link : *links)
            m_counts.persons += link.linkedExistingPerson ? 0 : 1;
        ++m_counts.households;
        m_counts.members += h.members.size();
        m_subjects << VisitSubject{
            Ledger::Relief,    h.meta.id, h.meta.orgCode, h.registeredOn, rules::visitInterval(h), 0,
            RiskTier::General, {},        h.category,     h.status};
    }
    return {};
}

Result<LedgerCounts> DemoLedgers::generate(const QList<OrgUnit>& units, DemoTeams& teams)
{
    QHash<QString, QString> townshipNames;
    for (const OrgUnit& org : units)
        if (org.level == OrgLevel::Township)
            townshipNames.insert(org.code, org.name);
    QList<Village> villages;
    QList<double> weights;
    for (const OrgUnit& org : units) {
        if (org.level != OrgLevel::Village)
            continue;
        Village village;
        village.org = &org;
        village.townshipName = townshipNames.value(org.parentCode);
        village.shortName = shortVillageName(org.name);
        village.rural = areaTypeOfKind(org.kind) != AreaType::Urban;
        // Villages differ in size: half to one and a half of the average.
        weights << 0.5 + m_random.generateDouble();
        villages << village;
    }
    const qint64 n = villages.size();
    const auto elderlyCounts = allocate(std::llround(kElderlyPerVillage * double(n) * m_scale), weights);
    const auto childCounts = allocate(std::llround(kChildrenPerVillage * double(n) * m_scale), weights);

    // 1. People of the elderly and children's ledgers, village by village.
    for (qsizetype v = 0; v < villages.size(); ++v) {
        Village& village = villages[v];
        planVillageTeam(village, teams);
        for (int i = 0; i < elderlyCounts.at(v); ++i) {
            village.elderly << planElderly(village);
            if (village.elderly.last().record.familyStructure == FamilyStructure::WithGrandchildren)
                village.grandparentPool << int(village.elderly.size() - 1);
        }
        for (int i = 0; i < childCounts.at(v); ++i)
            village.children << planChild(village);
    }

    // 2. Relief households that share people with those ledgers, then the rest, so
    //    that the totals and the category shares come out as planned.
    qint64 linked = 0;
    qint64 linkedTekun = 0;
    for (Village& village : villages) {
        planLinkedHouseholds(village);
        linked += village.households.size();
        for (const ReliefHousehold& h : village.households)
            linkedTekun += h.category == ReliefCategory::TekunDispersed ? 1 : 0;
    }
    const qint64 householdTarget = std::llround(kHouseholdsPerVillage * double(n) * m_scale);
    const auto templateCounts = allocate(std::max<qint64>(0, householdTarget - linked), weights);
    qint64 left = std::max<qint64>(0, householdTarget - linked);
    qint64 tekunDispersedLeft =
        std::max<qint64>(0, std::llround(0.12 * double(householdTarget)) - linkedTekun);
    qint64 tekunCentralizedLeft = std::llround(0.03 * double(householdTarget));
    qint64 temporaryLeft = std::llround(0.05 * double(householdTarget));
    for (qsizetype v = 0; v < villages.size(); ++v) {
        Village& village = villages[v];
        for (int i = 0; i < templateCounts.at(v); ++i, --left) {
            // Drawing without replacement: every share ends exactly on its quota.
            const qint64 draw = qint64(m_random.bounded(quint64(std::max<qint64>(left, 1))));
            ReliefCategory category = village.rural ? ReliefCategory::DibaoRural : ReliefCategory::DibaoUrban;
            if (draw < tekunDispersedLeft) {
                category = ReliefCategory::TekunDispersed;
                --tekunDispersedLeft;
            } else if (draw < tekunDispersedLeft + tekunCentralizedLeft) {
                category = ReliefCategory::TekunCentralized;
                --tekunCentralizedLeft;
            } else if (draw < tekunDispersedLeft + tekunCentralizedLeft + temporaryLeft) {
                category = ReliefCategory::Temporary;
                --temporaryLeft;
            }
            village.households << planHousehold(village, category);
        }
        for (ReliefHousehold& h : village.households)
            finishHousehold(h, village);
    }

    // 3. Store through the repositories, village by village.
    for (Village& village : villages)
        if (auto ok = store(village); !ok)
            return std::unexpected(ok.error());
    return m_counts;
}

} // namespace wushe::demo
