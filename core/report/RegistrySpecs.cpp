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
#include "storage/OrgTargetFacts.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RegistrySources.h"
#include "storage/StationStandardFacts.h"

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
    auto result = storage::StationStandardFacts::evaluate(db, unitId.toString(), asOf);
    if (!result)
        return result.error().message;
    return result->standardized ? QCoreApplication::translate("RegistrySpecs", "是") : QCoreApplication::translate("RegistrySpecs", "否");
}

QString failingConditions(const QSqlDatabase& db, const QVariant& unitId, QDate asOf)
{
    if (unitId.isNull())
        return {};
    auto result = storage::StationStandardFacts::evaluate(db, unitId.toString(), asOf);
    if (!result)
        return result.error().message;
    return result->failing.join(u'；');
}

RegistryColumn text(const char* header, const QString& field)
{
    return {tr(header), field};
}

RegistryColumn formatted(const char* header, const QString& field, CellFormat format)
{
    RegistryColumn column{tr(header), field, format};
    column.numeric = format == CellFormat::Money || format == CellFormat::Hours || format == CellFormat::Number;
    return column;
}

RegistryColumn labelled(const char* header, const QString& field, QString (*label)(const QString&))
{
    RegistryColumn column{tr(header), field};
    column.label = label;
    return column;
}

RegistryColumn derived(const char* header, const QString& field,
                       QString (*derive)(const QSqlDatabase&, const QVariant&, QDate))
{
    RegistryColumn column{tr(header), field};
    column.derive = derive;
    return column;
}

} // namespace

RegistrySpec stations()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("stations");
    spec.title = QCoreApplication::translate("RegistrySpecs", "社会工作服务站（室）");
    spec.source = storage::RegistrySources::stations();
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "名称"), QStringLiteral("name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "层级"), QStringLiteral("tier"), &tierLabel),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所在区划"), QStringLiteral("division_name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "建立日期"), QStringLiteral("established_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "驻站人员"), QStringLiteral("staff_on_duty"), CellFormat::Number),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "制度健全"), QStringLiteral("rules_in_place"), CellFormat::YesNo),
        derived(QT_TRANSLATE_NOOP("RegistrySpecs", "规范建设"), QStringLiteral("township_station_id"), &standardized),
        derived(QT_TRANSLATE_NOOP("RegistrySpecs", "未达标条件"), QStringLiteral("township_station_id"), &failingConditions),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "电话"), QStringLiteral("phone")),
    };
    return spec;
}

RegistrySpec stationStaff()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("station_staff");
    spec.title = QCoreApplication::translate("RegistrySpecs", "驻站人员");
    spec.source = storage::RegistrySources::stationStaff();
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "姓名"), QStringLiteral("name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "岗位"), QStringLiteral("post"), &keyLabel<kStaffPosts>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "站点"), QStringLiteral("station_name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "身份证号"), QStringLiteral("id_number"), CellFormat::MaskedId),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "电话"), QStringLiteral("phone")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "到岗日期"), QStringLiteral("start_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "离岗日期"), QStringLiteral("end_on"), CellFormat::Date),
    };
    return spec;
}

RegistrySpec socialWorkers()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("social_workers");
    spec.title = QCoreApplication::translate("RegistrySpecs", "社会工作者名册");
    spec.source = storage::RegistrySources::socialWorkers();
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "姓名"), QStringLiteral("person_name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "性别"), QStringLiteral("person_sex"), &keyLabel<kSexes>),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "身份证号"), QStringLiteral("person_id_number"), CellFormat::MaskedId),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "岗位"), QStringLiteral("post"), &keyLabel<kSocialWorkPosts>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所在站点（区划）"), QStringLiteral("station_or_division_name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "职业水平"), QStringLiteral("certificate_level"), &keyLabel<kCertificateLevels>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "证书编号"), QStringLiteral("certificate_no")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "社区工作者"), QStringLiteral("is_community_worker"), CellFormat::YesNo),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "参加职业水平考试"), QStringLiteral("sat_exam"), CellFormat::YesNo),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "工作单位"), QStringLiteral("employer")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "到岗日期"), QStringLiteral("start_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "离岗日期"), QStringLiteral("end_on"), CellFormat::Date),
    };
    return spec;
}

RegistrySpec communityOrgs()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("community_orgs");
    spec.title = QCoreApplication::translate("RegistrySpecs", "社区社会组织名册");
    spec.source = storage::RegistrySources::communityOrgs();
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "组织名称"), QStringLiteral("name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所在社区（村）"), QStringLiteral("division_name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "登记/备案"), QStringLiteral("registration"), &keyLabel<kOrgRegistrations>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "证号"), QStringLiteral("registration_no")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "类型"), QStringLiteral("type"), &keyLabel<kCommunityOrgTypes>),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "服务性/公益性/互助性"), QStringLiteral("counts_as_service"), CellFormat::YesNo),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "负责人"), QStringLiteral("leader_name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "成员数"), QStringLiteral("members"), CellFormat::Number),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "成立日期"), QStringLiteral("founded_on"), CellFormat::Date),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "状态"), QStringLiteral("status"), &keyLabel<kCommunityOrgStatuses>),
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
        auto below = storage::OrgTargetFacts::belowTarget(db, scope.orgCode, scope.asOf);
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
    spec.source = storage::RegistrySources::volunteers();
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "姓名"), QStringLiteral("person_name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "性别"), QStringLiteral("person_sex"), &keyLabel<kSexes>),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "身份证号"), QStringLiteral("person_id_number"), CellFormat::MaskedId),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "志愿者编号"), QStringLiteral("volunteer_no")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所属队伍"), QStringLiteral("team_name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "技能特长"), QStringLiteral("skills")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "登记单位"), QStringLiteral("division_name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "登记日期"), QStringLiteral("registered_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "累计服务（小时）"), QStringLiteral("service_minutes"), CellFormat::Hours),
    };
    return spec;
}

RegistrySpec volunteerTeams()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("volunteer_teams");
    spec.title = QCoreApplication::translate("RegistrySpecs", "志愿服务队伍");
    spec.source = storage::RegistrySources::volunteerTeams();
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "队伍名称"), QStringLiteral("name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所属区划"), QStringLiteral("division_name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "负责人"), QStringLiteral("leader_name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "电话"), QStringLiteral("phone")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "成立日期"), QStringLiteral("founded_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "队员数"), QStringLiteral("members"), CellFormat::Number),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "备注"), QStringLiteral("note")),
    };
    return spec;
}

RegistrySpec volunteerServices()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("volunteer_services");
    spec.title = QCoreApplication::translate("RegistrySpecs", "志愿服务记录");
    spec.source = storage::RegistrySources::volunteerServices();
    spec.columns = {
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "服务日期"), QStringLiteral("served_on"), CellFormat::Date),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "志愿者"), QStringLiteral("person_name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "服务地点"), QStringLiteral("division_name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "时长（小时）"), QStringLiteral("minutes"), CellFormat::Hours),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "服务内容"), QStringLiteral("content")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "社工+志愿者"), QStringLiteral("with_social_worker"), CellFormat::YesNo),
    };
    return spec;
}

RegistrySpec activities()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("activities");
    spec.title = QCoreApplication::translate("RegistrySpecs", "服务活动登记");
    spec.source = storage::RegistrySources::activities();
    spec.columns = {
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "日期"), QStringLiteral("held_on"), CellFormat::Date),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "地点"), QStringLiteral("division_name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "服务领域"), QStringLiteral("domain"), &keyLabel<kServiceDomains>),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "类型"), QStringLiteral("kind"), &keyLabel<kActivityKinds>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "活动名称"), QStringLiteral("title")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "参与主体"), QStringLiteral("societies"), &societiesLabel),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "服务人数"), QStringLiteral("people_served"), CellFormat::Number),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "志愿服务（小时）"), QStringLiteral("volunteer_minutes"), CellFormat::Hours),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "使用资金（元）"), QStringLiteral("money_fen"), CellFormat::Money),
    };
    return spec;
}

RegistrySpec trainings()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("trainings");
    spec.title = QCoreApplication::translate("RegistrySpecs", "培训登记");
    spec.source = storage::RegistrySources::trainings();
    spec.columns = {
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "日期"), QStringLiteral("held_on"), CellFormat::Date),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "级别"), QStringLiteral("level"), &keyLabel<kTrainingLevels>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "培训主题"), QStringLiteral("topic")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "时长（小时）"), QStringLiteral("minutes"), CellFormat::Hours),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "主办单位"), QStringLiteral("organizer")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "举办区划"), QStringLiteral("division_name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "参训人数"), QStringLiteral("trainees"), CellFormat::Number),
    };
    return spec;
}

RegistrySpec charityFunds()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("charity_funds");
    spec.title = QCoreApplication::translate("RegistrySpecs", "慈善基金");
    spec.source = storage::RegistrySources::charityFunds();
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "名称"), QStringLiteral("name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "类型"), QStringLiteral("kind"), &keyLabel<kFundKinds>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所属区划"), QStringLiteral("division_name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "设立日期"), QStringLiteral("established_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "初始金额（元）"), QStringLiteral("initial_amount_fen"), CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "余额（元）"), QStringLiteral("balance_fen"), CellFormat::Money),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "管理人"), QStringLiteral("manager")),
    };
    return spec;
}

RegistrySpec fundraising()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("fundraising");
    spec.title = QCoreApplication::translate("RegistrySpecs", "募捐项目");
    spec.source = storage::RegistrySources::fundraising();
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "项目名称"), QStringLiteral("name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "发起方"), QStringLiteral("organizer")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所属区划"), QStringLiteral("division_name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "开始日期"), QStringLiteral("starts_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "结束日期"), QStringLiteral("ends_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "目标（元）"), QStringLiteral("target_fen"), CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "已筹（元）"), QStringLiteral("raised_fen"), CellFormat::Money),
    };
    return spec;
}

RegistrySpec donations()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("donations");
    spec.title = QCoreApplication::translate("RegistrySpecs", "捐赠登记");
    spec.source = storage::RegistrySources::donations();
    spec.columns = {
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "接收日期"), QStringLiteral("received_on"), CellFormat::Date),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "捐赠方"), QStringLiteral("donor_name")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "捐赠方类型"), QStringLiteral("donor_kind"), &keyLabel<kDonorKinds>),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "形式"), QStringLiteral("kind"), &keyLabel<kDonationKinds>),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "金额/估值（元）"), QStringLiteral("amount_fen"), CellFormat::Money),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "物资"), QStringLiteral("goods_description")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "进入基金"), QStringLiteral("fund_name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "接收区划"), QStringLiteral("division_name")),
    };
    return spec;
}

RegistrySpec supermarkets()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("supermarkets");
    spec.title = QCoreApplication::translate("RegistrySpecs", "慈善超市");
    spec.source = storage::RegistrySources::supermarkets();
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "名称"), QStringLiteral("name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "所属区划"), QStringLiteral("division_name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "开业日期"), QStringLiteral("opened_on"), CellFormat::Date),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "地址"), QStringLiteral("address")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "运营方"), QStringLiteral("operator")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "状态"), QStringLiteral("status"), &keyLabel<kSupermarketStatuses>),
    };
    return spec;
}

RegistrySpec happyHomes()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("happy_homes");
    spec.title = QCoreApplication::translate("RegistrySpecs", "幸福家园村社互助工程");
    spec.source = storage::RegistrySources::happyHomes();
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "社区（村）"), QStringLiteral("division_name")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "启动日期"), QStringLiteral("started_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "筹集资金（元）"), QStringLiteral("funds_raised_fen"), CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "已使用（元）"), QStringLiteral("funds_used_fen"), CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "结余（元）"), QStringLiteral("funds_left_fen"), CellFormat::Money),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "状态"), QStringLiteral("status"), &keyLabel<kHappyHomeStatuses>),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "备注"), QStringLiteral("note")),
    };
    return spec;
}

RegistrySpec referrals()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("referrals");
    spec.title = QCoreApplication::translate("RegistrySpecs", "转介慈善救助");
    spec.source = storage::RegistrySources::referrals();
    spec.columns = {
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "转介日期"), QStringLiteral("referred_on"), CellFormat::Date),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "户主"), QStringLiteral("person_name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "社区（村）"), QStringLiteral("division_name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "转介至"), QStringLiteral("to_organization")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "原因"), QStringLiteral("reason")),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "状态"), QStringLiteral("status"), &keyLabel<kReferralStatuses>),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "受助金额（元）"), QStringLiteral("amount_fen"), CellFormat::Money),
    };
    return spec;
}

RegistrySpec purchasedProjects()
{
    RegistrySpec spec;
    spec.key = QStringLiteral("purchased_projects");
    spec.title = QCoreApplication::translate("RegistrySpecs", "政府购买服务项目");
    spec.source = storage::RegistrySources::purchasedProjects();
    spec.columns = {
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "项目名称"), QStringLiteral("name")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "购买方"), QStringLiteral("buyer")),
        text(QT_TRANSLATE_NOOP("RegistrySpecs", "承接方"), QStringLiteral("contractor")),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "合同金额（元）"), QStringLiteral("contract_amount_fen"), CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "开始日期"), QStringLiteral("starts_on"), CellFormat::Date),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "结束日期"), QStringLiteral("ends_on"), CellFormat::Date),
        labelled(QT_TRANSLATE_NOOP("RegistrySpecs", "服务领域"), QStringLiteral("domain"), &domainOrAll),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "人员经费（元）"), QStringLiteral("labour_fen"), CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "已支出（元）"), QStringLiteral("spent_fen"), CellFormat::Money),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "最近评估得分"), QStringLiteral("latest_score"), CellFormat::Number),
        formatted(QT_TRANSLATE_NOOP("RegistrySpecs", "结果公开"), QStringLiteral("published"), CellFormat::YesNo),
    };
    return spec;
}

} // namespace wushe::report::RegistrySpecs
