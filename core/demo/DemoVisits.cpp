#include "demo/DemoVisits.h"

#include "domain/ChildRecord.h"
#include "domain/ElderlyRecord.h"
#include "rules/VisitSchedule.h"
#include "storage/RecordColumns.h"
#include "storage/Sql.h"
#include "storage/VisitRepository.h"

#include <algorithm>

namespace wushe::demo {

namespace {

// ---- What visitors write down ---------------------------------------------------

const QStringList kElderlyFindings{
    QStringLiteral("身体状况良好，生活能够自理"),
    QStringLiteral("精神状态良好，饮食起居正常"),
    QStringLiteral("血压偏高，已提醒按时服药"),
    QStringLiteral("患有慢性病，按时服药，病情稳定"),
    QStringLiteral("居住环境整洁，用电用火安全"),
    QStringLiteral("取暖设施已检查，无安全隐患"),
    QStringLiteral("子女定期联系，生活基本有保障"),
    QStringLiteral("腿脚不便，外出就医有困难"),
    QStringLiteral("情绪有些低落，进行了谈心疏导"),
    QStringLiteral("家中存放过期药品，已协助清理"),
    QStringLiteral("房屋有漏雨现象，已反映至村委会"),
    QStringLiteral("询问近期生活需求，暂无特殊需求"),
    QStringLiteral("粮油等生活物资充足"),
};
const QStringList kAloneFindings{
    QStringLiteral("独自居住，邻居每日照看，生活正常"),
    QStringLiteral("独居，已安装紧急呼叫设备，使用正常"),
    QStringLiteral("独居老人，夜间无人陪伴，已请邻居多加留意"),
};
const QStringList kDisabledFindings{
    QStringLiteral("卧床，由家属照料，护理到位"),
    QStringLiteral("失能老人，需要长期照护，已对接居家上门服务"),
    QStringLiteral("褥疮已好转，家属护理较为细致"),
    QStringLiteral("行动需借助轮椅，已协助申请无障碍改造"),
};
const QStringList kLeftBehindElderlyFindings{
    QStringLiteral("子女在外务工，已将老人近况告知子女"),
    QStringLiteral("留守在家，子女每周视频通话"),
    QStringLiteral("子女春节返乡，平时由邻里照看"),
};
const QStringList kElderlyActions{
    QStringLiteral("叮嘱注意用电用气安全"),     QStringLiteral("协助代购生活用品"),
    QStringLiteral("联系村医上门测量血压"),     QStringLiteral("协助办理高龄津贴认证"),
    QStringLiteral("帮助打扫室内卫生"),         QStringLiteral("陪同聊天，开展精神慰藉"),
    QStringLiteral("协助申请居家养老上门服务"), QStringLiteral("宣传防诈骗知识"),
};
const QStringList kPhoneFindings{
    QStringLiteral("电话联系，本人表示身体无恙"),
    QStringLiteral("电话联系，近况平稳，无特殊需求"),
    QStringLiteral("电话未接通，已请邻居上门查看，一切安好"),
};
const QStringList kChildFindings{
    QStringLiteral("在校学习情况良好，身心健康"),
    QStringLiteral("生活照料到位，饮食起居正常"),
    QStringLiteral("假期安全教育已落实，已宣传防溺水知识"),
    QStringLiteral("性格较内向，开展了陪伴谈心"),
    QStringLiteral("寄宿生活适应良好"),
    QStringLiteral("学习成绩有所下降，已与班主任沟通"),
    QStringLiteral("身体健康，按时接种疫苗"),
};
const QStringList kLeftBehindChildFindings{
    QStringLiteral("祖辈照料到位，生活正常"),
    QStringLiteral("与在外务工父母每周视频联系"),
    QStringLiteral("监护人年迈，照料能力不足，已纳入重点关注"),
    QStringLiteral("父母春节返乡，亲子关系良好"),
};
const QStringList kDifficultChildFindings{
    QStringLiteral("家庭经济困难，已协助申请教育资助"),
    QStringLiteral("学习用品短缺，已链接爱心人士捐赠"),
    QStringLiteral("康复训练按计划进行"),
    QStringLiteral("基本生活费按月发放到位"),
};
const QStringList kChildActions{
    QStringLiteral("开展防溺水安全教育"),   QStringLiteral("督促监护人履行监护责任"),
    QStringLiteral("联系学校了解在校情况"), QStringLiteral("送去学习用品"),
    QStringLiteral("开展心理疏导"),
};
const QStringList kCheckFindings{
    QStringLiteral("入户核查家庭收入、财产状况，与申报一致，符合保障条件"),
    QStringLiteral("核对车辆、房产、存款等信息，无异常"),
    QStringLiteral("家庭成员务工收入稳定，较上年略有增加"),
    QStringLiteral("户主长期患病，医疗支出较大，生活困难"),
    QStringLiteral("家中无劳动力，主要依靠保障金生活"),
    QStringLiteral("居住房屋老旧，存在安全隐患"),
};
const QStringList kTekunCheckFindings{
    QStringLiteral("生活自理能力评估无变化，继续分散供养"),
    QStringLiteral("委托照料服务落实到位"),
    QStringLiteral("供养金按月足额发放"),
};
const QStringList kReviewFindings{
    QStringLiteral("复核通过，继续享受保障"),
    QStringLiteral("复核通过，家庭状况无变化"),
    QStringLiteral("经民主评议和公示无异议，继续保障"),
};
const QStringList kReliefVisitFindings{
    QStringLiteral("宣传低保、临时救助政策"),
    QStringLiteral("了解家庭近况，生活基本稳定"),
    QStringLiteral("协助办理医疗救助申请"),
    QStringLiteral("告知按时参加复核"),
};
const QStringList kCharityNotes{
    QStringLiteral("因病支出较大，救助后仍有困难，已转介县慈善协会"),
    QStringLiteral("已转介慈善超市领取生活物资"),
    QStringLiteral("子女上学费用困难，已转介慈善助学项目"),
};

const QString& pick(QRandomGenerator& random, const QStringList& items)
{
    return items.at(int(random.bounded(int(items.size()))));
}

int intervalDays(VisitInterval interval)
{
    switch (interval) {
    case VisitInterval::Week:
        return 7;
    case VisitInterval::Month:
        return 30;
    case VisitInterval::Quarter:
        return 91;
    case VisitInterval::HalfYear:
        return 182;
    case VisitInterval::Year:
        return 365;
    }
    return 91;
}

// On time: a few days before the due day. Late: up to a third of an interval or more after it.
int earlyDays(VisitInterval interval)
{
    switch (interval) {
    case VisitInterval::Week:
        return 2;
    case VisitInterval::Month:
        return 6;
    case VisitInterval::Quarter:
        return 14;
    case VisitInterval::HalfYear:
        return 20;
    case VisitInterval::Year:
        return 25;
    }
    return 7;
}

int lateDays(VisitInterval interval)
{
    switch (interval) {
    case VisitInterval::Week:
        return 10;
    case VisitInterval::Month:
        return 30;
    case VisitInterval::Quarter:
        return 60;
    case VisitInterval::HalfYear:
        return 75;
    case VisitInterval::Year:
        return 90;
    }
    return 30;
}

} // namespace

struct DemoVisits::Event
{
    QDate on;
    VisitKind kind = VisitKind::Visit;
    bool first = false; // the visit that opened the record (建档)
};

DemoVisits::DemoVisits(QSqlDatabase db, storage::WriteContext context, QRandomGenerator& random,
                       ChineseNames& people, int years, VisitWriter writer)
    : m_db(std::move(db)), m_context(std::move(context)), m_random(random), m_people(people),
      m_today(m_context.clock->today()), m_windowStart(m_today.addYears(-years)), m_writer(writer)
{
}

DemoVisits::~DemoVisits() = default;

bool DemoVisits::chance(double p)
{
    return m_random.generateDouble() < p;
}

int DemoVisits::between(int low, int high)
{
    return high <= low ? low : low + int(m_random.bounded(high - low + 1));
}

// A station worker on duty that day, or a township cadre before the station had staff.
Visitor DemoVisits::townshipWorker(const TownshipTeam& township, QDate on)
{
    int onDuty = 0;
    for (const StaffOnDuty& staff : township.staff)
        onDuty += staff.startOn <= on ? 1 : 0;
    if (onDuty > 0) {
        int index = int(m_random.bounded(onDuty));
        for (const StaffOnDuty& staff : township.staff) {
            if (staff.startOn > on)
                continue;
            if (index-- == 0)
                return {staff.name, VisitorRole::SocialWorker};
        }
    }
    return {township.cadres.at(int(m_random.bounded(int(township.cadres.size())))), VisitorRole::Staff};
}

// The days of the record's visits: the first when it was registered, then one per
// interval — mostly a few days early, sometimes late; now and then a record lapses.
void DemoVisits::schedule(const VisitSubject& subject, QList<Event>& events)
{
    events.clear();
    const VisitInterval interval = subject.interval;
    const double onTime = 0.85 + 0.10 * m_random.generateDouble();
    const bool lapses = chance(0.03);
    const QDate lapseFrom = m_today.addDays(-between(1, 4) * intervalDays(interval));
    const bool relief = subject.ledger == Ledger::Relief;

    QDate last = subject.registeredOn;
    if (relief) // the application was checked in the home before it was approved
        last = std::max(m_windowStart, subject.registeredOn.addDays(-between(5, 18)));
    events << Event{last, relief ? VisitKind::HouseholdCheck : VisitKind::Visit, true};
    for (;;) {
        const QDate due = rules::nextDue(last, interval);
        QDate on = chance(onTime) ? due.addDays(-qint64(m_random.bounded(earlyDays(interval) + 1)))
                                  : due.addDays(between(1, lateDays(interval)));
        if (on <= last)
            on = last.addDays(1);
        if (on > m_today || (lapses && on > lapseFrom))
            break;
        if (relief) {
            // Between reviews, now and then a call or a visit about the policies.
            if (chance(0.3))
                events << Event{last.addDays(last.daysTo(on) / 2), VisitKind::Visit, false};
            const QDate check = std::max(last.addDays(1), on.addDays(-between(3, 12)));
            if (check < on)
                events << Event{check, VisitKind::HouseholdCheck, false};
            events << Event{on, VisitKind::Review, false};
        } else {
            events << Event{on, VisitKind::Visit, false};
        }
        last = on;
    }
}

Result<void> DemoVisits::compose(const VisitSubject& subject, const Event& event, bool last,
                                 const TownshipTeam& township, const VillageTeam& village)
{
    Visit visit;
    visit.meta.id = m_people.uuid();
    visit.meta.orgCode = subject.orgCode;
    visit.ledger = subject.ledger;
    visit.subjectId = subject.id;
    visit.visitOn = event.on;
    visit.kind = event.kind;
    const auto cadre = [&] {
        return Visitor{village.cadres.at(int(m_random.bounded(int(village.cadres.size())))),
                       VisitorRole::CommunityWorker};
    };
    const auto volunteer = [&] {
        return Visitor{township.volunteers.at(int(m_random.bounded(int(township.volunteers.size())))),
                       VisitorRole::Volunteer};
    };
    const auto addCompanion = [&](const Visitor& companion) {
        for (const Visitor& v : visit.visitors)
            if (v.name == companion.name)
                return;
        visit.visitors << companion;
    };

    switch (subject.ledger) {
    case Ledger::Elderly: {
        const int m = int(m_random.bounded(100));
        if (event.first)
            visit.mode = VisitMode::Home;
        else if (subject.riskTier == RiskTier::High) // weekly: mostly calls between home visits
            visit.mode = m < 40 ? VisitMode::Home : m < 95 ? VisitMode::Phone : VisitMode::Video;
        else
            visit.mode = m < 50   ? VisitMode::Home
                         : m < 86 ? VisitMode::Phone
                         : m < 89 ? VisitMode::Video
                         : m < 95 ? VisitMode::Pairing
                         : m < 99 ? VisitMode::Neighbour
                                  : VisitMode::ThirdParty;
        if (visit.mode == VisitMode::Pairing)
            visit.visitors << Visitor{subject.helperName.isEmpty() ? village.pairingVolunteers.first()
                                                                   : subject.helperName,
                                      VisitorRole::Volunteer};
        else if (visit.mode == VisitMode::Neighbour)
            visit.visitors << cadre();
        else
            visit.visitors << (chance(0.7) ? townshipWorker(township, event.on) : cadre());
        if (visit.mode == VisitMode::Home) {
            if (chance(0.35))
                addCompanion(cadre());
            if (chance(0.1))
                addCompanion(volunteer());
        }
        if (event.first) {
            visit.findings = QStringLiteral("建档走访，登记基本情况");
        } else if (visit.mode == VisitMode::Phone) {
            visit.findings = pick(m_random, kPhoneFindings);
        } else if (chance(0.8)) {
            const quint32 c = subject.categories;
            const int f = int(m_random.bounded(100));
            if (f < 40 && (c & quint32(ElderlyCategory::Disabled)))
                visit.findings = pick(m_random, kDisabledFindings);
            else if (f < 40 && (c & quint32(ElderlyCategory::LivingAlone)))
                visit.findings = pick(m_random, kAloneFindings);
            else if (f < 30 && (c & quint32(ElderlyCategory::LeftBehind)))
                visit.findings = pick(m_random, kLeftBehindElderlyFindings);
            else
                visit.findings = pick(m_random, kElderlyFindings);
        }
        if (visit.mode == VisitMode::Home && chance(0.3))
            visit.actions = pick(m_random, kElderlyActions);
        if (visit.mode == VisitMode::Home && chance(0.006)) {
            visit.referral = Referral::Medical;
            visit.referralNote = QStringLiteral("身体不适，已转介乡镇卫生院上门诊疗");
        }
        break;
    }
    case Ledger::Child: {
        const int m = int(m_random.bounded(100));
        visit.mode = event.first || m < 55 ? VisitMode::Home : m < 95 ? VisitMode::Phone : VisitMode::Video;
        visit.visitors << (chance(0.6) ? Visitor{village.childDirector, VisitorRole::ChildDirector}
                                       : townshipWorker(township, event.on));
        if (visit.mode == VisitMode::Home && chance(0.3))
            addCompanion(chance(0.5) ? townshipWorker(township, event.on) : cadre());
        const quint32 c = subject.categories;
        if (event.first) {
            visit.findings = QStringLiteral("建档走访，核实监护、就学和健康情况");
        } else if (visit.mode == VisitMode::Phone) {
            visit.findings = pick(m_random, kPhoneFindings);
        } else if (chance(0.8)) {
            const int f = int(m_random.bounded(100));
            if (f < 40 && (c & quint32(ChildCategory::LeftBehind)))
                visit.findings = pick(m_random, kLeftBehindChildFindings);
            else if (f < 40 && (c & ~quint32(ChildCategory::LeftBehind)))
                visit.findings = pick(m_random, kDifficultChildFindings);
            else
                visit.findings = pick(m_random, kChildFindings);
        }
        if (visit.mode == VisitMode::Home && chance(0.25))
            visit.actions = pick(m_random, kChildActions);
        if (visit.mode == VisitMode::Home && chance(0.008)) {
            visit.referral = Referral::Education;
            visit.referralNote = QStringLiteral("已转介学校落实教育资助");
        }
        break;
    }
    case Ledger::Relief: {
        const bool tekun = isTekun(subject.reliefCategory);
        if (event.kind == VisitKind::HouseholdCheck) {
            // 入户调查: at least two investigators, both sign.
            visit.mode = VisitMode::Home;
            visit.visitors << townshipWorker(township, event.on);
            addCompanion(chance(0.6) ? cadre() : townshipWorker(township, event.on));
            if (visit.visitors.size() < 2)
                addCompanion(cadre());
            if (visit.visitors.size() < 2)
                visit.visitors << Visitor{township.cadres.first() == visit.visitors.first().name
                                              ? township.cadres.last()
                                              : township.cadres.first(),
                                          VisitorRole::Staff};
            visit.findings = event.first ? QStringLiteral("受理申请后入户调查，家庭经济状况与申报一致")
                                         : pick(m_random, tekun ? kTekunCheckFindings : kCheckFindings);
        } else if (event.kind == VisitKind::Review) {
            visit.mode = chance(0.8) ? VisitMode::Home : VisitMode::Phone;
            visit.visitors << townshipWorker(township, event.on);
            if (chance(0.5))
                addCompanion(cadre());
            visit.findings = pick(m_random, kReviewFindings);
            if (last) {
                switch (subject.reliefStatus) {
                case ReliefStatus::Stopped:
                    visit.findings = QStringLiteral("复核发现家庭人均收入超过保障标准，经公示后停保");
                    break;
                case ReliefStatus::Increased:
                    visit.findings = QStringLiteral("家庭成员患病，支出增加，复核后增发保障金");
                    break;
                case ReliefStatus::Reduced:
                    visit.findings = QStringLiteral("家庭收入有所增加，复核后减发保障金");
                    break;
                case ReliefStatus::Active:
                    break;
                }
            }
        } else {
            visit.mode = chance(0.5) ? VisitMode::Phone : VisitMode::Home;
            visit.visitors << (chance(0.5) ? townshipWorker(township, event.on) : cadre());
            visit.findings = pick(m_random, kReliefVisitFindings);
        }
        // 转介慈善救助 for those still in difficulty after 低保/临时救助.
        if (event.kind != VisitKind::Visit && chance(0.05)) {
            visit.referral = Referral::Charity;
            visit.referralNote = pick(m_random, kCharityNotes);
        }
        break;
    }
    }
    return insert(visit);
}

Result<void> DemoVisits::insert(Visit& visit)
{
    ++m_written;
    if (m_writer == VisitWriter::Repository)
        return storage::VisitRepository(m_db, m_context).add(visit);

    // The same row VisitRepository::add writes, from one prepared statement: the
    // subject and visitors are right by construction, so the checks are skipped.
    if (!m_insert) {
        m_insert.emplace(m_db);
        const QString sql =
            QStringLiteral(
                "INSERT INTO visit (%1, ledger, subject_id, visit_on, mode, kind, visitors, "
                "visitor_count, findings, actions, referral, referral_note) VALUES (%2, :ledger, "
                ":subject_id, :visit_on, :mode, :kind, :visitors, :visitor_count, :findings, :actions, "
                ":referral, :referral_note)")
                .arg(storage::RecordColumns::names(), storage::RecordColumns::placeholders());
        if (auto ok = storage::prepare(*m_insert, sql); !ok)
            return ok;
        // Every row is stamped alike (one "now", one author): bind that once; a
        // prepared query keeps its bound values from one exec() to the next.
        m_stamp.id = QStringLiteral("-");
        storage::RecordColumns::stampNew(m_stamp, m_context);
        storage::RecordColumns::bind(*m_insert, m_stamp);
    }
    QSqlQuery& query = *m_insert;
    RecordMeta meta = m_stamp;
    meta.id = visit.meta.id;
    meta.orgCode = visit.meta.orgCode;
    // Text columns are NOT NULL DEFAULT '': a null QString would bind as NULL.
    const auto text = [&](const QString& placeholder, const QString& value) {
        query.bindValue(placeholder, value.isNull() ? QStringLiteral("") : value);
    };
    text(QStringLiteral(":id"), meta.id);
    text(QStringLiteral(":org_code"), meta.orgCode);
    text(QStringLiteral(":ledger"), kLedgers.key(visit.ledger));
    text(QStringLiteral(":subject_id"), visit.subjectId);
    text(QStringLiteral(":visit_on"), visit.visitOn.toString(Qt::ISODate));
    text(QStringLiteral(":mode"), kVisitModes.key(visit.mode));
    text(QStringLiteral(":kind"), kVisitKinds.key(visit.kind));
    text(QStringLiteral(":visitors"), visitorsJson(visit.visitors));
    query.bindValue(QStringLiteral(":visitor_count"), int(visit.visitors.size()));
    text(QStringLiteral(":findings"), visit.findings);
    text(QStringLiteral(":actions"), visit.actions);
    text(QStringLiteral(":referral"), kReferrals.key(visit.referral));
    text(QStringLiteral(":referral_note"), visit.referralNote);
    if (auto ok = storage::exec(query, QStringLiteral("insert visit")); !ok)
        return ok;
    visit.meta = meta;
    return {};
}

// The same few teams visit again and again: their JSON is made once.
const QString& DemoVisits::visitorsJson(const QList<Visitor>& visitors)
{
    QString key;
    for (const Visitor& visitor : visitors)
        key += visitor.name + QChar(u'0' + int(visitor.role));
    auto found = m_visitorsJson.constFind(key);
    if (found == m_visitorsJson.cend())
        found = m_visitorsJson.insert(key, storage::VisitRepository::visitorsToJson(visitors));
    return *found;
}

Result<qint64> DemoVisits::write(const QList<VisitSubject>& subjects, const DemoTeams& teams)
{
    QList<Event> events;
    for (const VisitSubject& subject : subjects) {
        const auto village = teams.villages.constFind(subject.orgCode);
        const auto township = village == teams.villages.cend()
                                  ? teams.townships.cend()
                                  : teams.townships.constFind(village->townshipCode);
        if (township == teams.townships.cend() || township->cadres.isEmpty())
            return fail(QStringLiteral("demo.visitors"),
                        QStringLiteral("no visitors for %1").arg(subject.orgCode));
        schedule(subject, events);
        for (qsizetype i = 0; i < events.size(); ++i)
            if (auto ok = compose(subject, events.at(i), i + 1 == events.size(), *township, *village); !ok)
                return std::unexpected(ok.error());
    }
    return m_written;
}

} // namespace wushe::demo
