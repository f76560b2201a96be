#include "quarterly/FigureDef.h"

#include "domain/ChildRecord.h"
#include "domain/ElderlyRecord.h"
#include "domain/ReliefHousehold.h"
#include "domain/ServiceActivity.h"
#include "rules/OrgTargets.h"
#include "rules/VisitSchedule.h"

#include <QCoreApplication>

namespace wushe::quarterly {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("QuarterlyReport", text);
}

// A record as of the quarter's end: live and its own date not after it.
QString asOfEnd(const QString& dateColumn)
{
    return QStringLiteral("%1 <= {T}").arg(dateColumn);
}

QString inQuarter(const QString& dateColumn)
{
    return QStringLiteral("%1 BETWEEN {F} AND {T}").arg(dateColumn);
}

FigureDef count(QString key, QString label, Section section, QString from, QString alias, QString where,
                QString drillText, QString drillDate)
{
    FigureDef def;
    def.key = std::move(key);
    def.label = std::move(label);
    def.section = section;
    def.from = std::move(from);
    def.org = alias + QStringLiteral(".org_code");
    def.value = QStringLiteral("count(*)");
    def.where = QStringLiteral("%1.deleted = 0 AND %2").arg(alias, where);
    def.drillId = alias + QStringLiteral(".id");
    def.drillText = std::move(drillText);
    def.drillDate = std::move(drillDate);
    return def;
}

FigureDef sum(QString key, QString label, Section section, ValueKind kind, QString from, QString alias, QString value,
              QString where, QString drillText, QString drillDate)
{
    FigureDef def = count(std::move(key), std::move(label), section, std::move(from), alias, std::move(where),
                          std::move(drillText), std::move(drillDate));
    def.kind = kind;
    def.value = QStringLiteral("coalesce(sum(%1), 0)").arg(value);
    return def;
}

// A part of a figure: the same rows as the whole (`alias`, `base`), counting or
// summing only those where `part` holds. Parts and wholes with equal rows are
// computed in one statement (QuarterlyReport groups them).
FigureDef part(FigureDef def, const QString& alias, const QString& base, const QString& condition, const QString& measure)
{
    def.where = QStringLiteral("%1.deleted = 0 AND %2").arg(alias, base);
    def.value = QStringLiteral("coalesce(sum(CASE WHEN %1 THEN %2 ELSE 0 END), 0)").arg(condition, measure);
    def.drillFilter = condition;
    return def;
}

FigureDef ratio(QString key, QString label, Section section, QString numerator, QString denominator)
{
    FigureDef def;
    def.key = std::move(key);
    def.label = std::move(label);
    def.section = section;
    def.kind = ValueKind::Ratio;
    def.numerator = std::move(numerator);
    def.denominator = std::move(denominator);
    return def;
}

// A ledger's figures read all its live rows: a plain scan of the table. Left to
// itself SQLite walks a partial index (… WHERE deleted = 0) and fetches every row
// by its rowid, which takes twice as long for a county's 20,000 elderly.
QString ledgerTable(const QString& table, const QString& alias)
{
    return QStringLiteral("%1 %2 NOT INDEXED").arg(table, alias);
}

// The last visit (relief: household check or review) on or before the quarter's
// end: the stored last_visit_on when it is not later, else one index seek.
QString lastVisitAsOfEnd(const QString& alias, const QString& kinds)
{
    return QStringLiteral("CASE WHEN %1.last_visit_on IS NULL OR %1.last_visit_on <= {T} THEN %1.last_visit_on "
                          "ELSE (SELECT max(v.visit_on) FROM visit v WHERE v.subject_id = %1.id AND v.deleted = 0 "
                          "AND v.visit_on <= {T}%2) END")
        .arg(alias, kinds);
}

// People (relief: households) whose next visit fell due before the quarter's end
// and had not been made by then. LIMIT -1 keeps SQLite from flattening the inner
// query, which would repeat the last-visit lookup inside every arm of the due rule.
FigureDef overdue(QString key, QString label, const QString& table, const QString& interval, const QString& extra,
                  const QString& kinds)
{
    FigureDef def;
    def.key = std::move(key);
    def.label = std::move(label);
    def.section = Section::Ledgers;
    def.from = QStringLiteral("(SELECT r.id, r.org_code, r.registered_on, r.%1 AS iv, (%2) AS lv FROM %3 "
                              "WHERE r.deleted = 0 AND r.registered_on <= {T}%4 LIMIT -1) x")
                   .arg(interval, lastVisitAsOfEnd(QStringLiteral("r"), kinds), ledgerTable(table, QStringLiteral("r")), extra);
    def.org = QStringLiteral("x.org_code");
    def.value = QStringLiteral("count(*)");
    def.where = QStringLiteral("(%1) < {T}").arg(rules::nextDueSql(QStringLiteral("coalesce(x.lv, x.registered_on)"),
                                                                  QStringLiteral("x.iv")));
    def.drillId = QStringLiteral("x.id");
    def.drillText = QStringLiteral("(SELECT p.name FROM person p JOIN %1 q ON q.%2 = p.id WHERE q.id = x.id)")
                        .arg(table, table == u"relief_household" ? QStringLiteral("head_person_id") : QStringLiteral("person_id"));
    def.drillDate = QStringLiteral("coalesce(x.lv, '')");
    return def;
}

// Visits to a record that has since been deleted do not count. NOT IN the (few)
// deleted records is one list built per statement; EXISTS on a live record was a
// lookup per visit (≈ 5× slower for a county's quarter).
QString liveSubject(const QString& ledger)
{
    const QString table = ledger == u"elderly" ? QStringLiteral("elderly_record")
                          : ledger == u"child" ? QStringLiteral("child_record")
                                               : QStringLiteral("relief_household");
    return QStringLiteral(" AND v.subject_id NOT IN (SELECT r.id FROM %1 r WHERE r.deleted = 1)").arg(table);
}

QList<FigureDef> build()
{
    QList<FigureDef> defs;
    const auto unitsOfTier = [&](int tier, QString key, QString label) {
        defs << count(std::move(key), std::move(label), Section::System, QStringLiteral("service_unit s"), QStringLiteral("s"),
                      QStringLiteral("s.tier = %1 AND (s.established_on IS NULL OR s.established_on <= {T})").arg(tier),
                      QStringLiteral("s.name"), QStringLiteral("coalesce(s.established_on, '')"));
    };
    // 一、四级服务体系
    unitsOfTier(1, QStringLiteral("system.city_bodies"), tr("市级“五社联动”工作机构（个）"));
    unitsOfTier(2, QStringLiteral("system.county_stations"), tr("县级社会工作服务总站（个）"));
    unitsOfTier(3, QStringLiteral("system.stations"), tr("乡镇（街道）社会工作服务站（个）"));
    {
        FigureDef def;
        def.key = QStringLiteral("system.stations_standardized");
        def.label = tr("其中：规范建设的社工站（个）");
        def.section = Section::System;
        def.stationStandard = true;
        defs << def;
    }
    const QString liveStation = QStringLiteral("s.tier = 3 AND (s.established_on IS NULL OR s.established_on <= {T})");
    const QString staffOnDuty = QStringLiteral("st.deleted = 0 AND st.start_on <= {T} AND (st.end_on IS NULL OR st.end_on >= {T})");
    {
        FigureDef def = count(QStringLiteral("system.station_staff"), tr("社工站驻站人员（人）"), Section::System,
                              QStringLiteral("station_staff st JOIN service_unit s ON s.id = st.service_unit_id"),
                              QStringLiteral("s"), liveStation + QStringLiteral(" AND ") + staffOnDuty,
                              QStringLiteral("st.name || '（' || s.name || '）'"), QStringLiteral("st.start_on"));
        def.drillId = QStringLiteral("st.id");
        defs << def;
    }
    defs << count(QStringLiteral("system.stations_understaffed"), tr("驻站人员不足3人的社工站（个）"), Section::System,
                  QStringLiteral("service_unit s"), QStringLiteral("s"),
                  liveStation + QStringLiteral(" AND (SELECT count(*) FROM station_staff st WHERE st.service_unit_id = s.id AND ")
                      + staffOnDuty + QStringLiteral(") < 3"),
                  QStringLiteral("s.name"), QStringLiteral("coalesce(s.established_on, '')"));
    unitsOfTier(4, QStringLiteral("system.rooms"), tr("社区（村）社会工作服务室（个）"));
    {
        FigureDef villages;
        villages.key = QStringLiteral("system.villages");
        villages.label = tr("村（社区）总数（个）");
        villages.section = Section::System;
        villages.from = QStringLiteral("org_unit o");
        villages.org = QStringLiteral("o.code");
        villages.value = QStringLiteral("count(*)");
        villages.where = QStringLiteral("o.level = 'village'");
        villages.drillId = QStringLiteral("o.code");
        villages.drillText = QStringLiteral("o.name");
        villages.drillDate = QStringLiteral("''");
        defs << villages;
        FigureDef covered = villages;
        covered.key = QStringLiteral("system.villages_with_room");
        covered.label = tr("已建社工室的村（社区）（个）");
        covered.where += QStringLiteral(" AND EXISTS (SELECT 1 FROM service_unit s WHERE s.org_code = o.code AND s.tier = 4 "
                                        "AND s.deleted = 0 AND (s.established_on IS NULL OR s.established_on <= {T}))");
        defs << covered;
    }
    defs << ratio(QStringLiteral("system.room_coverage"), tr("村（社区）社工室覆盖率"), Section::System,
                  QStringLiteral("system.villages_with_room"), QStringLiteral("system.villages"));

    // 二、三级培训
    const QList<std::pair<QString, QString>> levels{{QStringLiteral("city"), tr("市级")},
                                                    {QStringLiteral("county"), tr("县级")},
                                                    {QStringLiteral("township"), tr("乡镇级")}};
    for (const auto& [level, name] : levels) {
        defs << count(QStringLiteral("training.sessions.") + level, tr("%1培训（期）").arg(name), Section::Training,
                      QStringLiteral("training t"), QStringLiteral("t"),
                      QStringLiteral("t.level = '%1' AND ").arg(level) + inQuarter(QStringLiteral("t.held_on")),
                      QStringLiteral("t.topic"), QStringLiteral("t.held_on"));
        FigureDef trainees = count(QStringLiteral("training.trainees.") + level, tr("%1培训人次").arg(name), Section::Training,
                                   // CROSS JOIN keeps the quarter's few trainings outside: without
                                   // planner statistics SQLite walked all 68,000 trainees of a
                                   // county's ten years instead, ≈ 110 ms per statement.
                                   QStringLiteral("training t CROSS JOIN training_trainee tt ON tt.training_id = t.id"),
                                   QStringLiteral("t"),
                                   QStringLiteral("tt.deleted = 0 AND t.level = '%1' AND ").arg(level)
                                       + inQuarter(QStringLiteral("t.held_on")),
                                   QStringLiteral("(SELECT p.name FROM person p WHERE p.id = tt.person_id) || '：' || t.topic"),
                                   QStringLiteral("t.held_on"));
        trainees.drillId = QStringLiteral("tt.id");
        defs << trainees;
    }

    // 三、社工站服务
    const QString activityText = QStringLiteral("a.title");
    defs << count(QStringLiteral("services.activities"), tr("服务活动（次）"), Section::Services,
                  QStringLiteral("service_activity a"), QStringLiteral("a"), inQuarter(QStringLiteral("a.held_on")),
                  activityText, QStringLiteral("a.held_on"));
    defs << sum(QStringLiteral("services.people_served"), tr("服务对象（人次）"), Section::Services, ValueKind::Count,
                QStringLiteral("service_activity a"), QStringLiteral("a"), QStringLiteral("a.people_served"),
                inQuarter(QStringLiteral("a.held_on")), activityText, QStringLiteral("a.held_on"));
    for (const ActivityKind kind : {ActivityKind::NeedsSurvey, ActivityKind::ServicePlan, ActivityKind::ResourceLinking,
                                    ActivityKind::ProfessionalService}) {
        const QString key = kActivityKinds.key(kind);
        defs << part(count(QStringLiteral("services.kind.") + key, tr("其中：%1（次）").arg(kActivityKinds.label(kind)),
                           Section::Services, QStringLiteral("service_activity a"), QStringLiteral("a"), QString(), activityText,
                           QStringLiteral("a.held_on")),
                     QStringLiteral("a"), inQuarter(QStringLiteral("a.held_on")), QStringLiteral("a.kind = '%1'").arg(key),
                     QStringLiteral("1"));
    }
    for (const auto& entry : kServiceDomains.entries()) {
        const QString key = QString::fromLatin1(entry.key);
        const QString name = kServiceDomains.label(entry.value);
        const QString domain = QStringLiteral("a.domain = '%1'").arg(key);
        const QString base = inQuarter(QStringLiteral("a.held_on"));
        defs << part(count(QStringLiteral("services.domain.%1.activities").arg(key), tr("%1：活动（次）").arg(name),
                           Section::Services, QStringLiteral("service_activity a"), QStringLiteral("a"), base, activityText,
                           QStringLiteral("a.held_on")),
                     QStringLiteral("a"), base, domain, QStringLiteral("1"));
        defs << part(count(QStringLiteral("services.domain.%1.people").arg(key), tr("%1：服务（人次）").arg(name),
                           Section::Services, QStringLiteral("service_activity a"), QStringLiteral("a"), base, activityText,
                           QStringLiteral("a.held_on")),
                     QStringLiteral("a"), base, domain, QStringLiteral("a.people_served"));
    }

    // 四、社区社会组织 (the same counting rule as rules::OrgTargets)
    const QString liveOrg = QStringLiteral("c.status = 'active' AND (c.founded_on IS NULL OR c.founded_on <= {T})");
    const QString orgFrom = QStringLiteral("community_org c");
    defs << count(QStringLiteral("orgs.total"), tr("社区社会组织（个）"), Section::Organizations, orgFrom, QStringLiteral("c"),
                  liveOrg, QStringLiteral("c.name"), QStringLiteral("coalesce(c.founded_on, '')"));
    defs << part(count(QStringLiteral("orgs.registered"), tr("其中：登记（个）"), Section::Organizations, orgFrom, QStringLiteral("c"), liveOrg,
                       QStringLiteral("c.name"), QStringLiteral("coalesce(c.founded_on, '')")),
                 QStringLiteral("c"), liveOrg, QStringLiteral("c.registration = 'registered'"), QStringLiteral("1"));
    defs << part(count(QStringLiteral("orgs.filed"), tr("其中：备案（个）"), Section::Organizations, orgFrom, QStringLiteral("c"), liveOrg,
                       QStringLiteral("c.name"), QStringLiteral("coalesce(c.founded_on, '')")),
                 QStringLiteral("c"), liveOrg, QStringLiteral("c.registration = 'filed'"), QStringLiteral("1"));
    defs << part(count(QStringLiteral("orgs.counting"), tr("服务性、公益性、互助性组织（个）"), Section::Organizations, orgFrom, QStringLiteral("c"), liveOrg,
                       QStringLiteral("c.name"), QStringLiteral("coalesce(c.founded_on, '')")),
                 QStringLiteral("c"), liveOrg, QStringLiteral("c.counts_as_service = 1"), QStringLiteral("1"));
    defs << ratio(QStringLiteral("orgs.counting_share"), tr("服务性、公益性、互助性组织占比"), Section::Organizations,
                  QStringLiteral("orgs.counting"), QStringLiteral("orgs.total"));
    {
        FigureDef meeting;
        meeting.key = QStringLiteral("orgs.communities_meeting");
        meeting.label = tr("社会组织数量和结构均达标的村（社区）（个）");
        meeting.section = Section::Organizations;
        meeting.from = QStringLiteral("(SELECT o.code AS org_code, o.name, o.area_type, count(c.id) AS n, "
                                      "coalesce(sum(c.counts_as_service), 0) AS k FROM org_unit o LEFT JOIN community_org c "
                                      "ON c.org_code = o.code AND c.deleted = 0 AND ")
                       + liveOrg + QStringLiteral(" WHERE o.level = 'village' GROUP BY o.code) v");
        meeting.org = QStringLiteral("v.org_code");
        meeting.value = QStringLiteral("count(*)");
        const QString met = QStringLiteral("v.n >= CASE v.area_type WHEN 'urban' THEN %1 ELSE %2 END AND 2 * v.k > v.n")
                                .arg(rules::OrgTargets::kUrbanTarget)
                                .arg(rules::OrgTargets::kRuralTarget);
        meeting.where = met;
        meeting.drillId = QStringLiteral("v.org_code");
        meeting.drillText = QStringLiteral("v.name || '（' || v.n || '个）'");
        meeting.drillDate = QStringLiteral("''");
        defs << meeting;
        FigureDef below = meeting;
        below.key = QStringLiteral("orgs.communities_below");
        below.label = tr("社会组织未达标的村（社区）（个）");
        below.where = QStringLiteral("NOT (%1)").arg(met);
        defs << below;
    }

    // 五、志愿服务
    defs << count(QStringLiteral("volunteers.registered"), tr("注册志愿者（人）"), Section::Volunteers,
                  QStringLiteral("volunteer v"), QStringLiteral("v"), asOfEnd(QStringLiteral("v.registered_on")),
                  QStringLiteral("(SELECT p.name FROM person p WHERE p.id = v.person_id)"), QStringLiteral("v.registered_on"));
    defs << count(QStringLiteral("volunteers.new"), tr("其中：本季度新注册（人）"), Section::Volunteers,
                  QStringLiteral("volunteer v"), QStringLiteral("v"), inQuarter(QStringLiteral("v.registered_on")),
                  QStringLiteral("(SELECT p.name FROM person p WHERE p.id = v.person_id)"), QStringLiteral("v.registered_on"));
    defs << count(QStringLiteral("volunteers.teams"), tr("志愿服务队（支）"), Section::Volunteers,
                  QStringLiteral("volunteer_team t"), QStringLiteral("t"),
                  QStringLiteral("(t.founded_on IS NULL OR t.founded_on <= {T})"), QStringLiteral("t.name"),
                  QStringLiteral("coalesce(t.founded_on, '')"));
    const QString serviceText = QStringLiteral("(SELECT p.name FROM volunteer v JOIN person p ON p.id = v.person_id "
                                               "WHERE v.id = s.volunteer_id) || '：' || s.content");
    defs << count(QStringLiteral("volunteers.services"), tr("志愿服务（人次）"), Section::Volunteers,
                  QStringLiteral("volunteer_service s"), QStringLiteral("s"), inQuarter(QStringLiteral("s.served_on")),
                  serviceText, QStringLiteral("s.served_on"));
    defs << sum(QStringLiteral("volunteers.hours"), tr("志愿服务时长（小时）"), Section::Volunteers, ValueKind::Minutes,
                QStringLiteral("volunteer_service s"), QStringLiteral("s"), QStringLiteral("s.minutes"),
                inQuarter(QStringLiteral("s.served_on")), serviceText, QStringLiteral("s.served_on"));
    defs << part(count(QStringLiteral("volunteers.joint"), tr("“社工+志愿者”联动服务（人次）"), Section::Volunteers,
                       QStringLiteral("volunteer_service s"), QStringLiteral("s"), QString(), serviceText, QStringLiteral("s.served_on")),
                 QStringLiteral("s"), inQuarter(QStringLiteral("s.served_on")), QStringLiteral("s.with_social_worker = 1"),
                 QStringLiteral("1"));

    // 六、社会慈善资源
    defs << count(QStringLiteral("charity.happy_home"), tr("幸福家园村社互助工程（村）"), Section::Charity,
                  QStringLiteral("happy_home_project h"), QStringLiteral("h"), asOfEnd(QStringLiteral("h.started_on")),
                  QStringLiteral("(SELECT o.name FROM org_unit o WHERE o.code = h.org_code)"), QStringLiteral("h.started_on"));
    defs << count(QStringLiteral("charity.funds"), tr("慈善基金、社区基金（个）"), Section::Charity,
                  QStringLiteral("charity_fund f"), QStringLiteral("f"), asOfEnd(QStringLiteral("f.established_on")),
                  QStringLiteral("f.name"), QStringLiteral("f.established_on"));
    defs << sum(QStringLiteral("charity.fund_balance"), tr("基金余额（元）"), Section::Charity, ValueKind::Money,
                QStringLiteral("charity_fund f"), QStringLiteral("f"),
                QStringLiteral("f.initial_amount_fen + coalesce((SELECT sum(CASE w.direction WHEN 'in' THEN w.amount_fen "
                               "ELSE -w.amount_fen END) FROM charity_fund_flow w WHERE w.fund_id = f.id AND w.deleted = 0 "
                               "AND w.flowed_on <= {T}), 0)"),
                asOfEnd(QStringLiteral("f.established_on")), QStringLiteral("f.name"), QStringLiteral("f.established_on"));
    defs << count(QStringLiteral("charity.donations"), tr("接收捐赠（笔）"), Section::Charity, QStringLiteral("donation d"),
                  QStringLiteral("d"), inQuarter(QStringLiteral("d.received_on")),
                  QStringLiteral("CASE WHEN d.donor_name = '' THEN '匿名' ELSE d.donor_name END"), QStringLiteral("d.received_on"));
    defs << sum(QStringLiteral("charity.donation_money"), tr("捐赠款（元）"), Section::Charity, ValueKind::Money,
                QStringLiteral("donation d"), QStringLiteral("d"), QStringLiteral("d.amount_fen"),
                QStringLiteral("d.kind = 'money' AND ") + inQuarter(QStringLiteral("d.received_on")),
                QStringLiteral("CASE WHEN d.donor_name = '' THEN '匿名' ELSE d.donor_name END"), QStringLiteral("d.received_on"));
    defs << count(QStringLiteral("charity.supermarkets"), tr("慈善超市（个）"), Section::Charity,
                  QStringLiteral("charity_supermarket m"), QStringLiteral("m"),
                  asOfEnd(QStringLiteral("m.opened_on")) + QStringLiteral(" AND m.status <> 'closed'"), QStringLiteral("m.name"),
                  QStringLiteral("m.opened_on"));

    // 七、台账与探访
    const QString elderlyTable = ledgerTable(QStringLiteral("elderly_record"), QStringLiteral("e"));
    const QString childTable = ledgerTable(QStringLiteral("child_record"), QStringLiteral("c"));
    const QString reliefTable = ledgerTable(QStringLiteral("relief_household"), QStringLiteral("h"));
    const QString elderlyName = QStringLiteral("(SELECT p.name FROM person p WHERE p.id = e.person_id)");
    defs << count(QStringLiteral("ledgers.elderly"), tr("老年人台账（人）"), Section::Ledgers, elderlyTable,
                  QStringLiteral("e"), asOfEnd(QStringLiteral("e.registered_on")), elderlyName, QStringLiteral("e.registered_on"));
    for (const auto& entry : kElderlyCategories.entries())
        defs << part(count(QStringLiteral("ledgers.elderly.") + QString::fromLatin1(entry.key),
                           tr("其中：%1老年人").arg(kElderlyCategories.label(entry.value)), Section::Ledgers,
                           elderlyTable, QStringLiteral("e"), QString(), elderlyName,
                           QStringLiteral("e.registered_on")),
                     QStringLiteral("e"), asOfEnd(QStringLiteral("e.registered_on")),
                     QStringLiteral("(e.categories & %1) <> 0").arg(quint32(entry.value)), QStringLiteral("1"));
    const QString childName = QStringLiteral("(SELECT p.name FROM person p WHERE p.id = c.person_id)");
    defs << count(QStringLiteral("ledgers.children"), tr("儿童台账（人）"), Section::Ledgers, childTable,
                  QStringLiteral("c"), asOfEnd(QStringLiteral("c.registered_on")), childName, QStringLiteral("c.registered_on"));
    for (const auto& entry : kChildCategories.entries())
        defs << part(count(QStringLiteral("ledgers.children.") + QString::fromLatin1(entry.key),
                           tr("其中：%1").arg(kChildCategories.label(entry.value)), Section::Ledgers,
                           childTable, QStringLiteral("c"), QString(), childName,
                           QStringLiteral("c.registered_on")),
                     QStringLiteral("c"), asOfEnd(QStringLiteral("c.registered_on")),
                     QStringLiteral("(c.categories & %1) <> 0").arg(quint32(entry.value)), QStringLiteral("1"));
    const QString headName = QStringLiteral("(SELECT p.name FROM person p WHERE p.id = h.head_person_id)");
    const QString liveRelief = asOfEnd(QStringLiteral("h.registered_on")) + QStringLiteral(" AND h.status <> 'stopped'");
    defs << count(QStringLiteral("ledgers.relief"), tr("社会救助台账（户）"), Section::Ledgers,
                  reliefTable, QStringLiteral("h"), liveRelief, headName, QStringLiteral("h.registered_on"));
    for (const auto& entry : kReliefCategories.entries())
        defs << part(count(QStringLiteral("ledgers.relief.") + QString::fromLatin1(entry.key),
                           tr("其中：%1（户）").arg(kReliefCategories.label(entry.value)), Section::Ledgers,
                           reliefTable, QStringLiteral("h"), QString(), headName,
                           QStringLiteral("h.registered_on")),
                     QStringLiteral("h"), liveRelief, QStringLiteral("h.category = '%1'").arg(QString::fromLatin1(entry.key)),
                     QStringLiteral("1"));
    const QString visitText = QStringLiteral("v.ledger || '：' || v.mode");
    const QList<std::pair<QString, QString>> visitLedgers{{QStringLiteral("elderly"), tr("老年人")},
                                                          {QStringLiteral("child"), tr("儿童")}};
    for (const auto& [ledger, name] : visitLedgers) {
        defs << count(QStringLiteral("ledgers.visits.") + ledger, tr("本季度探访%1（次）").arg(name), Section::Ledgers,
                      QStringLiteral("visit v"), QStringLiteral("v"),
                      QStringLiteral("v.ledger = '%1' AND ").arg(ledger) + inQuarter(QStringLiteral("v.visit_on"))
                          + liveSubject(ledger),
                      visitText, QStringLiteral("v.visit_on"));
        FigureDef people = count(QStringLiteral("ledgers.visited.") + ledger, tr("本季度探访到的%1（人）").arg(name),
                                 Section::Ledgers, QStringLiteral("visit v"), QStringLiteral("v"),
                                 QStringLiteral("v.ledger = '%1' AND ").arg(ledger) + inQuarter(QStringLiteral("v.visit_on"))
                                     + liveSubject(ledger),
                                 visitText, QStringLiteral("v.visit_on"));
        people.value = QStringLiteral("count(DISTINCT v.subject_id)");
        defs << people;
    }
    defs << overdue(QStringLiteral("ledgers.overdue.elderly"), tr("季末超过探访周期未探访的老年人（人）"),
                    QStringLiteral("elderly_record"), QStringLiteral("visit_interval"), QString(), QString());
    defs << overdue(QStringLiteral("ledgers.overdue.child"), tr("季末超过探访周期未探访的儿童（人）"),
                    QStringLiteral("child_record"), QStringLiteral("visit_interval"), QString(), QString());
    defs << overdue(QStringLiteral("ledgers.overdue.relief"), tr("季末超过复核周期未核查的救助家庭（户）"),
                    QStringLiteral("relief_household"), QStringLiteral("review_cycle"),
                    QStringLiteral(" AND r.status <> 'stopped'"), QStringLiteral(" AND v.kind IN ('household_check', 'review')"));
    const QString reliefVisits = QStringLiteral("v.ledger = 'relief' AND ") + inQuarter(QStringLiteral("v.visit_on"))
                                 + liveSubject(QStringLiteral("relief"));
    defs << part(count(QStringLiteral("ledgers.household_checks"), tr("救助家庭经济状况入户核查（户次）"), Section::Ledgers, QStringLiteral("visit v"),
                       QStringLiteral("v"), QString(), visitText, QStringLiteral("v.visit_on")),
                 QStringLiteral("v"), reliefVisits, QStringLiteral("v.kind = 'household_check'"), QStringLiteral("1"));
    defs << part(count(QStringLiteral("ledgers.reviews"), tr("救助对象复核（户次）"), Section::Ledgers, QStringLiteral("visit v"),
                       QStringLiteral("v"), QString(), visitText, QStringLiteral("v.visit_on")),
                 QStringLiteral("v"), reliefVisits, QStringLiteral("v.kind = 'review'"), QStringLiteral("1"));
    defs << count(QStringLiteral("ledgers.referrals"), tr("转介慈善救助（户次）"), Section::Ledgers,
                  QStringLiteral("charity_referral r"), QStringLiteral("r"), inQuarter(QStringLiteral("r.referred_on")),
                  QStringLiteral("r.to_organization"), QStringLiteral("r.referred_on"));
    defs << sum(QStringLiteral("ledgers.referral_aid"), tr("转介获得慈善救助金额（元）"), Section::Ledgers, ValueKind::Money,
                QStringLiteral("charity_referral r"), QStringLiteral("r"), QStringLiteral("r.amount_fen"),
                QStringLiteral("r.status = 'aided' AND ") + inQuarter(QStringLiteral("r.referred_on")),
                QStringLiteral("r.to_organization"), QStringLiteral("r.referred_on"));

    // 八、政府购买服务
    const QString running = QStringLiteral("p.starts_on <= {T} AND p.ends_on >= {F}");
    defs << count(QStringLiteral("purchased.projects"), tr("实施中的购买服务项目（个）"), Section::Purchased,
                  QStringLiteral("purchased_project p"), QStringLiteral("p"), running, QStringLiteral("p.name"),
                  QStringLiteral("p.starts_on"));
    defs << sum(QStringLiteral("purchased.contract_amount"), tr("项目合同金额（元）"), Section::Purchased, ValueKind::Money,
                QStringLiteral("purchased_project p"), QStringLiteral("p"), QStringLiteral("p.contract_amount_fen"), running,
                QStringLiteral("p.name"), QStringLiteral("p.starts_on"));
    const QString spendingText = QStringLiteral("(SELECT p.name FROM purchased_project p WHERE p.id = s.project_id)");
    defs << sum(QStringLiteral("purchased.spending"), tr("本季度支出（元）"), Section::Purchased, ValueKind::Money,
                QStringLiteral("project_spending s"), QStringLiteral("s"), QStringLiteral("s.amount_fen"),
                inQuarter(QStringLiteral("s.spent_on")), spendingText, QStringLiteral("s.spent_on"));
    defs << part(count(QStringLiteral("purchased.labour"), tr("其中：人员经费（元）"), Section::Purchased,
                       QStringLiteral("project_spending s"), QStringLiteral("s"), QString(), spendingText, QStringLiteral("s.spent_on")),
                 QStringLiteral("s"), inQuarter(QStringLiteral("s.spent_on")), QStringLiteral("s.kind = 'labour'"),
                 QStringLiteral("s.amount_fen"));
    defs.last().kind = ValueKind::Money;
    defs << ratio(QStringLiteral("purchased.labour_share"), tr("人员经费占比"), Section::Purchased,
                  QStringLiteral("purchased.labour"), QStringLiteral("purchased.spending"));
    const QString evaluationText =
        QStringLiteral("(SELECT p.name FROM purchased_project p WHERE p.id = e.project_id) || '：' || e.score || '分'");
    defs << count(QStringLiteral("purchased.evaluations"), tr("项目评估（次）"), Section::Purchased,
                  QStringLiteral("project_evaluation e"), QStringLiteral("e"), inQuarter(QStringLiteral("e.evaluated_on")),
                  evaluationText, QStringLiteral("e.evaluated_on"));
    defs << part(count(QStringLiteral("purchased.evaluations_published"), tr("其中：结果已公开（次）"), Section::Purchased,
                       QStringLiteral("project_evaluation e"), QStringLiteral("e"), QString(), evaluationText,
                       QStringLiteral("e.evaluated_on")),
                 QStringLiteral("e"), inQuarter(QStringLiteral("e.evaluated_on")), QStringLiteral("e.published = 1"),
                 QStringLiteral("1"));
    return defs;
}

} // namespace

const QList<FigureDef>& figureCatalog()
{
    static const QList<FigureDef> defs = build();
    return defs;
}

Figure FigureDef::blank() const
{
    Figure figure;
    figure.key = key;
    figure.label = label;
    figure.section = section;
    figure.kind = kind;
    figure.numerator = numerator;
    figure.denominator = denominator;
    return figure;
}

const FigureDef* findFigureDef(const QString& key)
{
    for (const FigureDef& def : figureCatalog())
        if (def.key == key)
            return &def;
    return nullptr;
}

} // namespace wushe::quarterly
