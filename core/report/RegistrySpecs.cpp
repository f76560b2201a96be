#include "report/RegistrySpecs.h"

#include "domain/CharityFund.h"
#include "domain/CharityReferral.h"
#include "domain/CharitySupermarket.h"
#include "domain/CommunityOrg.h"
#include "domain/Donation.h"
#include "domain/HappyHomeProject.h"
#include "domain/OrgUnit.h"
#include "domain/Person.h"
#include "domain/ServiceActivity.h"
#include "domain/ServiceUnit.h"
#include "domain/SocialWorker.h"
#include "domain/Training.h"
#include "rules/OrgTargets.h"
#include "rules/StationStandard.h"
#include "storage/OrgUnitRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace wushe::report::RegistrySpecs {

using storage::CellFormat;
using storage::RegistryColumn;
using storage::RegistrySpec;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RegistrySpecs", text);
}

// The Chinese label of a stored enum key (the key itself if unknown, never blank).
template <const auto& Table>
QString keyLabel(const QString& key)
{
    const auto value = Table.fromKey(key);
    return value ? Table.label(*value) : key;
}

QString tierLabel(const QString& tier)
{
    return kServiceTiers.label(ServiceTier(tier.toInt()));
}

QString societiesLabel(const QString& bits)
{
    return labelsOfBits(kSocieties, bits.toUInt()).join(u'、');
}

QString domainOrAll(const QString& key)
{
    return key.isEmpty() ? QCoreApplication::translate("RegistrySpecs", "跨领域") : keyLabel<kServiceDomains>(key);
}

// 规范建设 of a township station on the day asked; "—" for the other tiers (the rule
// does not apply to them).
QString standardized(const QSqlDatabase& db, const QVariant& unitId, QDate asOf)
{
    if (unitId.isNull())
        return QStringLiteral("—");
    auto result = rules::StationStandard::evaluate(db, unitId.toString(), asOf);
    if (!result)
        return result.error().message;
    return result->standardized ? QCoreApplication::translate("RegistrySpecs", "是") : QCoreApplication::translate("RegistrySpecs", "否");
}

QString failingConditions(const QSqlDatabase& db, const QVariant& unitId, QDate asOf)
{
    if (unitId.isNull())
        return {};
    auto result = rules::StationStandard::evaluate(db, unitId.toString(), asOf);
    if (!result)
        return result.error().message;
    return result->failing.join(u'；');
}

RegistryColumn text(const char* header, const QString& sql)
{
    return {tr(header), sql};
}

RegistryColumn formatted(const char* header, const QString& sql, CellFormat format)
{
    RegistryColumn column{tr(header), sql, format};
    column.numeric = format == CellFormat::Money || format == CellFormat::Hours || format == CellFormat::Number;
    return column;
}

RegistryColumn labelled(const char* header, const QString& sql, QString (*label)(const QString&))
{
    RegistryColumn column{tr(header), sql};
    column.label = label;
    return column;
}

RegistryColumn derived(const char* header, const QString& sql,
                       QString (*derive)(const QSqlDatabase&, const QVariant&, QDate))
{
    RegistryColumn column{tr(header), sql};
    column.derive = derive;
    return column;
}

// Standing things (organizations, volunteers, funds …) are listed when they existed by
// the end of the period: started on or before it, no end.
const QString kNoEnd = QStringLiteral("'9999-12-31'");

} // namespace

RegistrySpec stations()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("stations");
    spec.title = QCoreApplication::translate("RegistrySpecs", "社会工作服务站（室）");
    spec.from = QStringLiteral("service_unit t");
    spec.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    spec.order = QStringLiteral("t.tier, t.org_code");
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "名称"), QStringLiteral("t.name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "层级"), QStringLiteral("t.tier"), &tierLabel),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所在区划"), QStringLiteral("o.name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "建立日期"), QStringLiteral("t.established_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "驻站人员"), QStringLiteral("(SELECT count(*) FROM station_staff s WHERE s.service_unit_id = t.id "
                                             "AND s.deleted = 0 AND s.start_on <= :as_of "
                                             "AND (s.end_on IS NULL OR s.end_on >= :as_of))"),
                  CellFormat::Number),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "制度健全"), QStringLiteral("t.rules_in_place"), CellFormat::YesNo),
        derived(QT_TRANSLATE_NOOP("RegistrySpecs", "规范建设"), QStringLiteral("CASE WHEN t.tier = 3 THEN t.id END"), &standardized),
        derived(QT_TRANSLATE_NOOP("RegistrySpecs", "未达标条件"), QStringLiteral("CASE WHEN t.tier = 3 THEN t.id END"), &failingConditions),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "电话"), QStringLiteral("t.phone")),
    };
    return spec;
}

RegistrySpec stationStaff()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("station_staff");
    spec.title = QCoreApplication::translate("RegistrySpecs", "驻站人员");
    spec.from = QStringLiteral("station_staff t");
    spec.joins = QStringLiteral("JOIN service_unit u ON u.id = t.service_unit_id");
    spec.periodFrom = QStringLiteral("t.start_on");
    spec.periodTo = QStringLiteral("t.end_on");
    spec.order = QStringLiteral("t.org_code, t.post, t.start_on");
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "姓名"), QStringLiteral("t.name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "岗位"), QStringLiteral("t.post"), &keyLabel<kStaffPosts>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "站点"), QStringLiteral("u.name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "身份证号"), QStringLiteral("t.id_number"), CellFormat::MaskedId),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "电话"), QStringLiteral("t.phone")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "到岗日期"), QStringLiteral("t.start_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "离岗日期"), QStringLiteral("t.end_on"), CellFormat::Date),
    };
    return spec;
}

RegistrySpec socialWorkers()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("social_workers");
    spec.title = QCoreApplication::translate("RegistrySpecs", "社会工作者名册");
    spec.from = QStringLiteral("social_worker t");
    spec.joins = QStringLiteral("JOIN person p ON p.id = t.person_id JOIN org_unit o ON o.code = t.org_code "
                                "LEFT JOIN service_unit u ON u.id = t.service_unit_id");
    spec.joinAfterPaging = false; // ordered by the person's pinyin key
    spec.periodFrom = QStringLiteral("t.start_on");
    spec.periodTo = QStringLiteral("t.end_on");
    spec.order = QStringLiteral("t.org_code, t.start_on, p.name_key");
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "姓名"), QStringLiteral("p.name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "性别"), QStringLiteral("p.sex"), &keyLabel<kSexes>),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "身份证号"), QStringLiteral("p.id_number"), CellFormat::MaskedId),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "岗位"), QStringLiteral("t.post"), &keyLabel<kSocialWorkPosts>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所在站点（区划）"), QStringLiteral("coalesce(u.name, o.name)")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "职业水平"), QStringLiteral("t.certificate_level"), &keyLabel<kCertificateLevels>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "证书编号"), QStringLiteral("t.certificate_no")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "社区工作者"), QStringLiteral("t.is_community_worker"), CellFormat::YesNo),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "参加职业水平考试"), QStringLiteral("t.sat_exam"), CellFormat::YesNo),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "工作单位"), QStringLiteral("t.employer")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "到岗日期"), QStringLiteral("t.start_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "离岗日期"), QStringLiteral("t.end_on"), CellFormat::Date),
    };
    return spec;
}

RegistrySpec communityOrgs()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("community_orgs");
    spec.title = QCoreApplication::translate("RegistrySpecs", "社区社会组织名册");
    spec.from = QStringLiteral("community_org t");
    spec.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    spec.periodFrom = QStringLiteral("coalesce(t.founded_on, '0001-01-01')");
    spec.periodTo = kNoEnd;
    spec.order = QStringLiteral("t.org_code, t.name");
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "组织名称"), QStringLiteral("t.name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所在社区（村）"), QStringLiteral("o.name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "登记/备案"), QStringLiteral("t.registration"), &keyLabel<kOrgRegistrations>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "证号"), QStringLiteral("t.registration_no")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "类型"), QStringLiteral("t.type"), &keyLabel<kCommunityOrgTypes>),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "服务性/公益性/互助性"), QStringLiteral("t.counts_as_service"), CellFormat::YesNo),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "负责人"), QStringLiteral("t.leader_name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "成员数"), QStringLiteral("t.members"), CellFormat::Number),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "成立日期"), QStringLiteral("t.founded_on"), CellFormat::Date),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "状态"), QStringLiteral("t.status"), &keyLabel<kCommunityOrgStatuses>),
    };
    return spec;
}

RegistrySpec orgTargetsBelow()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("org_targets_below");
    spec.title = QCoreApplication::translate("RegistrySpecs", "社区社会组织未达标社区（村）");
    spec.columns = {text(QT_TRANSLATE_NOOP("RegistrySpecs", "社区（村）"), {}),        text(QT_TRANSLATE_NOOP("RegistrySpecs", "城乡"), {}),
                    formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "组织数"), {}, CellFormat::Number), formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "其中服务性等"), {}, CellFormat::Number),
                    formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "目标"), {}, CellFormat::Number),   text(QT_TRANSLATE_NOOP("RegistrySpecs", "未达标原因"), {})};
    // The rule (OrgTargets) decides who is below target; a few hundred rows at most.
    spec.rows = [](const QSqlDatabase& db, const storage::RegistryScope& scope) -> Result<QList<storage::RegistryRow>> {
        auto below = rules::OrgTargets::belowTarget(db, scope.orgCode, scope.asOf);
        if (!below)
            return std::unexpected(below.error());
        // Village names repeat across townships: "许庄镇 / 光华社区居委会".
        auto units = storage::OrgUnitRepository(db).subtree(scope.orgCode);
        if (!units)
            return std::unexpected(units.error());
        QHash<QString, QString> townships;
        for (const OrgUnit& unit : *units)
            if (unit.level == OrgLevel::Township)
                townships.insert(unit.code, unit.name);
        QList<storage::RegistryRow> rows;
        for (const rules::CommunityOrgCount& count : *below) {
            const QString township = townships.value(count.code.left(9) + QStringLiteral("000"));
            rows << storage::RegistryRow{count.code,
                                         {township.isEmpty() ? count.name : township + QStringLiteral(" / ") + count.name,
                                          count.areaType == AreaType::Urban ? QCoreApplication::translate("RegistrySpecs", "社区") : QCoreApplication::translate("RegistrySpecs", "村"),
                                          QString::number(count.organizations), QString::number(count.counting),
                                          QString::number(count.target), count.failing.join(u'；')}};
        }
        return rows;
    };
    return spec;
}

RegistrySpec volunteers()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("volunteers");
    spec.title = QCoreApplication::translate("RegistrySpecs", "志愿者名册");
    spec.from = QStringLiteral("volunteer t");
    spec.joins = QStringLiteral("JOIN person p ON p.id = t.person_id JOIN org_unit o ON o.code = t.org_code "
                                "LEFT JOIN volunteer_team m ON m.id = t.team_id");
    spec.joinAfterPaging = false; // ordered by the person's pinyin key
    spec.periodFrom = QStringLiteral("t.registered_on");
    spec.periodTo = kNoEnd;
    spec.order = QStringLiteral("t.org_code, p.name_key");
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "姓名"), QStringLiteral("p.name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "性别"), QStringLiteral("p.sex"), &keyLabel<kSexes>),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "身份证号"), QStringLiteral("p.id_number"), CellFormat::MaskedId),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "志愿者编号"), QStringLiteral("t.volunteer_no")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所属队伍"), QStringLiteral("m.name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "技能特长"), QStringLiteral("t.skills")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "登记单位"), QStringLiteral("o.name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "登记日期"), QStringLiteral("t.registered_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "累计服务（小时）"), QStringLiteral("(SELECT coalesce(sum(s.minutes), 0) FROM volunteer_service s "
                                                     "WHERE s.volunteer_id = t.id AND s.deleted = 0)"),
                  CellFormat::Hours),
    };
    return spec;
}

RegistrySpec volunteerTeams()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("volunteer_teams");
    spec.title = QCoreApplication::translate("RegistrySpecs", "志愿服务队伍");
    spec.from = QStringLiteral("volunteer_team t");
    spec.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    spec.periodFrom = QStringLiteral("coalesce(t.founded_on, '0001-01-01')");
    spec.periodTo = kNoEnd;
    spec.order = QStringLiteral("t.org_code, t.name");
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "队伍名称"), QStringLiteral("t.name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所属区划"), QStringLiteral("o.name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "负责人"), QStringLiteral("t.leader_name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "电话"), QStringLiteral("t.phone")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "成立日期"), QStringLiteral("t.founded_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "队员数"), QStringLiteral("(SELECT count(*) FROM volunteer v WHERE v.team_id = t.id AND v.deleted = 0)"),
                  CellFormat::Number),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "备注"), QStringLiteral("t.note")),
    };
    return spec;
}

RegistrySpec volunteerServices()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("volunteer_services");
    spec.title = QCoreApplication::translate("RegistrySpecs", "志愿服务记录");
    spec.from = QStringLiteral("volunteer_service t");
    spec.joins = QStringLiteral("JOIN volunteer v ON v.id = t.volunteer_id JOIN person p ON p.id = v.person_id"
                                " JOIN org_unit o ON o.code = t.org_code");
    spec.periodFrom = QStringLiteral("t.served_on");
    spec.order = QStringLiteral("t.served_on DESC, t.id");
    spec.columns = {
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "服务日期"), QStringLiteral("t.served_on"), CellFormat::Date),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "志愿者"), QStringLiteral("p.name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "服务地点"), QStringLiteral("o.name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "时长（小时）"), QStringLiteral("t.minutes"), CellFormat::Hours),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "服务内容"), QStringLiteral("t.content")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "社工+志愿者"), QStringLiteral("t.with_social_worker"), CellFormat::YesNo),
    };
    return spec;
}

RegistrySpec activities()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("activities");
    spec.title = QCoreApplication::translate("RegistrySpecs", "服务活动登记");
    spec.from = QStringLiteral("service_activity t");
    spec.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    spec.periodFrom = QStringLiteral("t.held_on");
    spec.order = QStringLiteral("t.held_on DESC, t.id");
    spec.columns = {
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "日期"), QStringLiteral("t.held_on"), CellFormat::Date),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "地点"), QStringLiteral("o.name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "服务领域"), QStringLiteral("t.domain"), &keyLabel<kServiceDomains>),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "类型"), QStringLiteral("t.kind"), &keyLabel<kActivityKinds>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "活动名称"), QStringLiteral("t.title")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "参与主体"), QStringLiteral("t.societies"), &societiesLabel),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "服务人数"), QStringLiteral("t.people_served"), CellFormat::Number),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "志愿服务（小时）"), QStringLiteral("t.volunteer_minutes"), CellFormat::Hours),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "使用资金（元）"), QStringLiteral("t.money_fen"), CellFormat::Money),
    };
    return spec;
}

RegistrySpec trainings()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("trainings");
    spec.title = QCoreApplication::translate("RegistrySpecs", "培训登记");
    spec.from = QStringLiteral("training t");
    spec.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    spec.periodFrom = QStringLiteral("t.held_on");
    spec.order = QStringLiteral("t.held_on DESC, t.id");
    spec.columns = {
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "日期"), QStringLiteral("t.held_on"), CellFormat::Date),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "级别"), QStringLiteral("t.level"), &keyLabel<kTrainingLevels>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "培训主题"), QStringLiteral("t.topic")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "时长（小时）"), QStringLiteral("t.minutes"), CellFormat::Hours),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "主办单位"), QStringLiteral("t.organizer")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "举办区划"), QStringLiteral("o.name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "参训人数"), QStringLiteral("(SELECT count(*) FROM training_trainee r WHERE r.training_id = t.id "
                                             "AND r.deleted = 0)"),
                  CellFormat::Number),
    };
    return spec;
}

RegistrySpec charityFunds()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("charity_funds");
    spec.title = QCoreApplication::translate("RegistrySpecs", "慈善基金");
    spec.from = QStringLiteral("charity_fund t");
    spec.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    spec.periodFrom = QStringLiteral("t.established_on");
    spec.periodTo = kNoEnd;
    spec.order = QStringLiteral("t.org_code, t.established_on");
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "名称"), QStringLiteral("t.name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "类型"), QStringLiteral("t.kind"), &keyLabel<kFundKinds>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所属区划"), QStringLiteral("o.name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "设立日期"), QStringLiteral("t.established_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "初始金额（元）"), QStringLiteral("t.initial_amount_fen"), CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "余额（元）"), QStringLiteral("t.initial_amount_fen + (SELECT coalesce(sum(CASE f.direction WHEN 'in' "
                                               "THEN f.amount_fen ELSE -f.amount_fen END), 0) FROM charity_fund_flow f "
                                               "WHERE f.fund_id = t.id AND f.deleted = 0)"),
                  CellFormat::Money),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "管理人"), QStringLiteral("t.manager")),
    };
    return spec;
}

RegistrySpec fundraising()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("fundraising");
    spec.title = QCoreApplication::translate("RegistrySpecs", "募捐项目");
    spec.from = QStringLiteral("fundraising_project t");
    spec.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    spec.periodFrom = QStringLiteral("t.starts_on");
    spec.periodTo = QStringLiteral("t.ends_on");
    spec.order = QStringLiteral("t.starts_on DESC, t.id");
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "项目名称"), QStringLiteral("t.name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "发起方"), QStringLiteral("t.organizer")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所属区划"), QStringLiteral("o.name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "开始日期"), QStringLiteral("t.starts_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "结束日期"), QStringLiteral("t.ends_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "目标（元）"), QStringLiteral("t.target_fen"), CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "已筹（元）"), QStringLiteral("t.raised_fen"), CellFormat::Money),
    };
    return spec;
}

RegistrySpec donations()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("donations");
    spec.title = QCoreApplication::translate("RegistrySpecs", "捐赠登记");
    spec.from = QStringLiteral("donation t");
    spec.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code LEFT JOIN charity_fund f ON f.id = t.fund_id");
    spec.periodFrom = QStringLiteral("t.received_on");
    spec.order = QStringLiteral("t.received_on DESC, t.id");
    spec.columns = {
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "接收日期"), QStringLiteral("t.received_on"), CellFormat::Date),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "捐赠方"), QStringLiteral("t.donor_name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "捐赠方类型"), QStringLiteral("t.donor_kind"), &keyLabel<kDonorKinds>),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "形式"), QStringLiteral("t.kind"), &keyLabel<kDonationKinds>),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "金额/估值（元）"), QStringLiteral("t.amount_fen"), CellFormat::Money),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "物资"), QStringLiteral("t.goods_description")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "进入基金"), QStringLiteral("f.name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "接收区划"), QStringLiteral("o.name")),
    };
    return spec;
}

RegistrySpec supermarkets()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("supermarkets");
    spec.title = QCoreApplication::translate("RegistrySpecs", "慈善超市");
    spec.from = QStringLiteral("charity_supermarket t");
    spec.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    spec.periodFrom = QStringLiteral("t.opened_on");
    spec.periodTo = kNoEnd;
    spec.order = QStringLiteral("t.org_code, t.name");
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "名称"), QStringLiteral("t.name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所属区划"), QStringLiteral("o.name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "开业日期"), QStringLiteral("t.opened_on"), CellFormat::Date),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "地址"), QStringLiteral("t.address")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "运营方"), QStringLiteral("t.operator")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "状态"), QStringLiteral("t.status"), &keyLabel<kSupermarketStatuses>),
    };
    return spec;
}

RegistrySpec happyHomes()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("happy_homes");
    spec.title = QCoreApplication::translate("RegistrySpecs", "幸福家园村社互助工程");
    spec.from = QStringLiteral("happy_home_project t");
    spec.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    spec.periodFrom = QStringLiteral("t.started_on");
    spec.periodTo = kNoEnd;
    spec.order = QStringLiteral("t.org_code");
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "社区（村）"), QStringLiteral("o.name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "启动日期"), QStringLiteral("t.started_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "筹集资金（元）"), QStringLiteral("t.funds_raised_fen"), CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "已使用（元）"), QStringLiteral("t.funds_used_fen"), CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "结余（元）"), QStringLiteral("t.funds_raised_fen - t.funds_used_fen"), CellFormat::Money),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "状态"), QStringLiteral("t.status"), &keyLabel<kHappyHomeStatuses>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "备注"), QStringLiteral("t.note")),
    };
    return spec;
}

RegistrySpec referrals()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("referrals");
    spec.title = QCoreApplication::translate("RegistrySpecs", "转介慈善救助");
    spec.from = QStringLiteral("charity_referral t");
    spec.joins = QStringLiteral("JOIN relief_household h ON h.id = t.household_id"
                                " JOIN person p ON p.id = h.head_person_id JOIN org_unit o ON o.code = t.org_code");
    spec.periodFrom = QStringLiteral("t.referred_on");
    spec.order = QStringLiteral("t.referred_on DESC, t.id");
    spec.columns = {
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "转介日期"), QStringLiteral("t.referred_on"), CellFormat::Date),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "户主"), QStringLiteral("p.name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "社区（村）"), QStringLiteral("o.name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "转介至"), QStringLiteral("t.to_organization")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "原因"), QStringLiteral("t.reason")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "状态"), QStringLiteral("t.status"), &keyLabel<kReferralStatuses>),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "受助金额（元）"), QStringLiteral("t.amount_fen"), CellFormat::Money),
    };
    return spec;
}

RegistrySpec purchasedProjects()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("purchased_projects");
    spec.title = QCoreApplication::translate("RegistrySpecs", "政府购买服务项目");
    spec.from = QStringLiteral("purchased_project t");
    spec.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    spec.periodFrom = QStringLiteral("t.starts_on");
    spec.periodTo = QStringLiteral("t.ends_on");
    spec.order = QStringLiteral("t.starts_on DESC, t.id");
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "项目名称"), QStringLiteral("t.name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "购买方"), QStringLiteral("t.buyer")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "承接方"), QStringLiteral("t.contractor")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "合同金额（元）"), QStringLiteral("t.contract_amount_fen"), CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "开始日期"), QStringLiteral("t.starts_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "结束日期"), QStringLiteral("t.ends_on"), CellFormat::Date),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "服务领域"), QStringLiteral("coalesce(t.domain, '')"), &domainOrAll),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "人员经费（元）"), QStringLiteral("(SELECT coalesce(sum(s.amount_fen), 0) FROM project_spending s "
                                                   "WHERE s.project_id = t.id AND s.deleted = 0 AND s.kind = 'labour')"),
                  CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "已支出（元）"), QStringLiteral("(SELECT coalesce(sum(s.amount_fen), 0) FROM project_spending s "
                                                 "WHERE s.project_id = t.id AND s.deleted = 0)"),
                  CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "最近评估得分"), QStringLiteral("(SELECT e.score FROM project_evaluation e WHERE e.project_id = t.id "
                                                 "AND e.deleted = 0 ORDER BY e.evaluated_on DESC LIMIT 1)"),
                  CellFormat::Number),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "结果公开"), QStringLiteral("t.published"), CellFormat::YesNo),
    };
    return spec;
}

} // namespace wushe::report::RegistrySpecs
