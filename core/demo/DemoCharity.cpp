#include "demo/DemoCharity.h"

#include "storage/CharityReferralRepository.h"
#include "storage/CharityRepository.h"
#include "storage/HappyHomeRepository.h"
#include "storage/PurchasedProjectRepository.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace wushe::demo {

struct DemoCharity::County
{
    OrgUnit unit;
    QList<OrgUnit> townships;
    QHash<QString, QList<OrgUnit>> villages; // by township code
};

namespace {

const QStringList kCompanies{QStringLiteral("恒通商贸有限公司"), QStringLiteral("秦东农业科技有限公司"),
                             QStringLiteral("华远建筑工程有限公司"), QStringLiteral("丰源果业专业合作社"),
                             QStringLiteral("宏达物流有限公司"), QStringLiteral("金穗面粉有限公司")};
const QStringList kOrganizations{QStringLiteral("爱心志愿者协会"), QStringLiteral("慈善协会"),
                                 QStringLiteral("青年志愿者服务队"), QStringLiteral("老年人协会")};
const QStringList kGoods{QStringLiteral("大米%1袋"), QStringLiteral("面粉%1袋"), QStringLiteral("食用油%1桶"),
                         QStringLiteral("棉被%1床"), QStringLiteral("羽绒服%1件"), QStringLiteral("学习用品%1套")};
const QStringList kInPurposes{QStringLiteral("企业捐赠"), QStringLiteral("个人捐赠"), QStringLiteral("募捐项目转入"),
                              QStringLiteral("财政配套资金")};
const QStringList kOutPurposes{QStringLiteral("临时困难救助"), QStringLiteral("助学金发放"),
                               QStringLiteral("春节慰问困难群众"), QStringLiteral("大病救助"),
                               QStringLiteral("社区公益活动")};
const QStringList kContractors{QStringLiteral("渭南市阳光社会工作服务中心"), QStringLiteral("陕西恒爱社会工作服务中心"),
                               QStringLiteral("渭南市仁和社会工作服务中心"), QStringLiteral("西安市睦邻社会工作服务中心"),
                               QStringLiteral("同心社会工作服务中心")};
const QStringList kProjectNames{QStringLiteral("困境儿童关爱服务项目"), QStringLiteral("农村留守老人关爱服务项目"),
                                QStringLiteral("社会救助对象帮扶服务项目"), QStringLiteral("社区治理能力提升项目"),
                                QStringLiteral("乡镇（街道）社会工作服务站运营项目"),
                                QStringLiteral("残疾人社区康复服务项目")};
const QStringList kReasons{QStringLiteral("因病支出型困难"), QStringLiteral("子女就学困难"),
                           QStringLiteral("房屋受损需修缮"), QStringLiteral("突发意外事故"),
                           QStringLiteral("重度残疾照护困难")};

} // namespace

DemoCharity::DemoCharity(QSqlDatabase db, storage::WriteContext context, QRandomGenerator& random,
                         ChineseNames& people, int scale, int years)
    : m_db(std::move(db)), m_context(std::move(context)), m_random(random), m_people(people), m_scale(scale)
{
    m_today = m_context.clock->today();
    m_windowStart = m_today.addYears(-years);
}

bool DemoCharity::chance(double p)
{
    return m_random.generateDouble() < p;
}

int DemoCharity::between(int low, int high)
{
    return high <= low ? low : low + int(m_random.bounded(high - low + 1));
}

qint64 DemoCharity::yuan(int low, int high)
{
    return qint64(between(low, high)) * 100;
}

QDate DemoCharity::dayBetween(QDate from, QDate to)
{
    return to <= from ? from : from.addDays(m_random.bounded(int(from.daysTo(to)) + 1));
}

Result<CharityCounts> DemoCharity::generate(const QList<OrgUnit>& units)
{
    // Counties of the jurisdiction (or the jurisdiction itself when it is smaller).
    QList<County> counties;
    for (const OrgUnit& unit : units)
        if (unit.level == OrgLevel::County)
            counties.append({unit, {}, {}});
    if (counties.isEmpty() && !units.isEmpty())
        counties.append({units.first(), {}, {}});
    for (County& county : counties) {
        for (const OrgUnit& unit : units) {
            if (!unit.code.startsWith(county.unit.code.left(6)))
                continue;
            if (unit.level == OrgLevel::Township)
                county.townships.append(unit);
            else if (unit.level == OrgLevel::Village)
                county.villages[unit.code.left(9)].append(unit);
        }
    }
    for (const County& county : counties) {
        for (auto step : {&DemoCharity::funds, &DemoCharity::donations, &DemoCharity::supermarkets,
                          &DemoCharity::happyHomes, &DemoCharity::purchasedProjects}) {
            if (auto ok = (this->*step)(county); !ok)
                return std::unexpected(ok.error());
        }
    }
    if (auto ok = referrals(); !ok)
        return std::unexpected(ok.error());
    return CharityCounts{{QStringLiteral("charity_fund"), m_funds},
                         {QStringLiteral("charity_fund_flow"), m_flows},
                         {QStringLiteral("fundraising_project"), m_projects},
                         {QStringLiteral("donation"), m_donations},
                         {QStringLiteral("charity_supermarket"), m_markets},
                         {QStringLiteral("happy_home_project"), m_homes},
                         {QStringLiteral("charity_referral"), m_referrals},
                         {QStringLiteral("purchased_project"), m_purchased},
                         {QStringLiteral("project_spending"), m_spending},
                         {QStringLiteral("project_evaluation"), m_evaluations}};
}

Result<void> DemoCharity::funds(const County& county)
{
    storage::CharityRepository repo(m_db, m_context);
    QList<CharityFund> funds;
    CharityFund countyFund;
    countyFund.meta.id = m_people.uuid();
    countyFund.meta.orgCode = county.unit.code;
    countyFund.name = county.unit.name + QStringLiteral("慈善基金");
    countyFund.kind = FundKind::CharityFund;
    countyFund.establishedOn = dayBetween(QDate(2018, 1, 1), std::min(m_today, m_windowStart));
    countyFund.initialAmountFen = yuan(200'000, 800'000);
    countyFund.manager = county.unit.name + QStringLiteral("慈善协会");
    funds.append(countyFund);
    m_countyFundId = countyFund.meta.id;
    // A few community foundations in townships (streets first: urban money).
    const int community = std::min<int>(between(2, 4), int(county.townships.size()));
    for (int i = 0; i < community; ++i) {
        const OrgUnit& township = county.townships.at(between(0, int(county.townships.size()) - 1));
        CharityFund fund;
        fund.meta.id = m_people.uuid();
        fund.meta.orgCode = township.code;
        fund.name = township.name + QStringLiteral("社区基金");
        fund.kind = chance(0.5) ? FundKind::CommunityFoundation : FundKind::CharityFund;
        fund.establishedOn = dayBetween(QDate(2021, 1, 1), std::min(m_today, m_windowStart.addMonths(6)));
        fund.initialAmountFen = yuan(20'000, 150'000);
        fund.manager = township.name + QStringLiteral("社会工作服务站");
        funds.append(fund);
    }
    for (CharityFund& fund : funds) {
        if (auto ok = repo.addFund(fund); !ok)
            return ok;
        ++m_funds;
        // Money in and out over the window, never below zero.
        qint64 balance = fund.initialAmountFen;
        const bool countyLevel = fund.meta.id == m_countyFundId;
        const QDate from = std::max(fund.establishedOn, m_windowStart);
        const int flows = between(8, 16) * m_scale * int(std::max<qint64>(1, from.daysTo(m_today) / 365));
        QList<QDate> days;
        for (int i = 0; i < flows; ++i)
            days << dayBetween(from, m_today);
        std::sort(days.begin(), days.end());
        for (const QDate day : days) {
            FundFlow flow;
            flow.meta.id = m_people.uuid();
            flow.fundId = fund.meta.id;
            flow.flowedOn = day;
            const bool out = chance(0.55);
            const qint64 amount = countyLevel ? yuan(2'000, 60'000) : yuan(500, 12'000);
            if (out && amount <= balance) {
                flow.direction = FlowDirection::Out;
                flow.purpose = kOutPurposes.at(between(0, int(kOutPurposes.size()) - 1));
                balance -= amount;
            } else {
                flow.direction = FlowDirection::In;
                flow.purpose = kInPurposes.at(between(0, int(kInPurposes.size()) - 1));
                balance += amount;
            }
            flow.amountFen = amount;
            if (auto ok = repo.addFlow(flow); !ok)
                return ok;
            ++m_flows;
        }
    }
    return {};
}

Result<void> DemoCharity::donations(const County& county)
{
    storage::CharityRepository repo(m_db, m_context);
    m_projectIds.clear();
    // Fundraising projects: 2–4 a year (99公益日, 春节送温暖, 助学 …).
    for (int year = m_windowStart.year(); year <= m_today.year(); ++year) {
        const QStringList names{QStringLiteral("%1年“99公益日”%2慈善募捐").arg(year).arg(county.unit.name),
                                QStringLiteral("%1年春节“送温暖”募捐活动").arg(year),
                                QStringLiteral("%1年金秋助学募捐").arg(year),
                                QStringLiteral("%1年困难群众大病救助募捐").arg(year)};
        const int count = between(2, 4);
        for (int i = 0; i < count; ++i) {
            FundraisingProject project;
            project.meta.id = m_people.uuid();
            project.meta.orgCode = county.unit.code;
            project.name = names.at(i);
            project.organizer = county.unit.name + QStringLiteral("慈善协会");
            project.startsOn = dayBetween(QDate(year, 1, 1), QDate(year, 10, 31));
            if (project.startsOn > m_today)
                continue;
            project.endsOn = project.startsOn.addDays(between(15, 90));
            project.targetFen = yuan(50'000, 500'000);
            project.raisedFen = project.targetFen * between(40, 120) / 100;
            if (auto ok = repo.addProject(project); !ok)
                return ok;
            ++m_projects;
            m_projectIds << project.meta.id;
        }
    }
    // Donations: ~60 a year per county at scale 1, across the county and its divisions.
    const int years = std::max(1, int(m_windowStart.daysTo(m_today) / 365));
    const int count = between(45, 75) * years * m_scale;
    for (int i = 0; i < count; ++i) {
        Donation donation;
        donation.meta.id = m_people.uuid();
        const bool local = chance(0.5) && !county.townships.isEmpty();
        donation.meta.orgCode =
            local ? county.townships.at(between(0, int(county.townships.size()) - 1)).code : county.unit.code;
        donation.receivedOn = dayBetween(m_windowStart, m_today);
        const int who = between(0, 99);
        if (who < 50) {
            donation.donorKind = DonorKind::Person;
            donation.donorName = m_people.fullName(m_people.anySex());
        } else if (who < 78) {
            donation.donorKind = DonorKind::Company;
            donation.donorName = county.unit.name.left(2) + kCompanies.at(between(0, int(kCompanies.size()) - 1));
        } else if (who < 90) {
            donation.donorKind = DonorKind::Organization;
            donation.donorName = county.unit.name + kOrganizations.at(between(0, int(kOrganizations.size()) - 1));
        } else {
            donation.donorKind = DonorKind::Anonymous;
        }
        if (chance(0.7)) {
            donation.kind = DonationKind::Money;
            donation.amountFen = donation.donorKind == DonorKind::Company ? yuan(2'000, 100'000) : yuan(50, 5'000);
        } else {
            donation.kind = DonationKind::Goods;
            donation.goodsDescription = kGoods.at(between(0, int(kGoods.size()) - 1)).arg(between(10, 200));
            donation.amountFen = yuan(500, 30'000);
        }
        if (donation.kind == DonationKind::Money && !local && chance(0.6))
            donation.fundId = m_countyFundId;
        if (!m_projectIds.isEmpty() && chance(0.3))
            donation.projectId = m_projectIds.at(between(0, int(m_projectIds.size()) - 1));
        if (auto ok = repo.addDonation(donation); !ok)
            return ok;
        ++m_donations;
    }
    return {};
}

Result<void> DemoCharity::supermarkets(const County& county)
{
    storage::CharityRepository repo(m_db, m_context);
    QList<OrgUnit> places{county.unit};
    const int local = std::min<int>(between(2, 4), int(county.townships.size()));
    for (int i = 0; i < local; ++i)
        places << county.townships.at(between(0, int(county.townships.size()) - 1));
    for (const OrgUnit& place : places) {
        CharitySupermarket market;
        market.meta.id = m_people.uuid();
        market.meta.orgCode = place.code;
        market.name = place.name + QStringLiteral("慈善超市");
        market.openedOn = dayBetween(QDate(2016, 1, 1), std::min(m_today, QDate(2024, 6, 30)));
        market.address = place.name + QStringLiteral("政府路%1号").arg(between(1, 200));
        market.operatorName = place.level == OrgLevel::County ? place.name + QStringLiteral("慈善协会")
                                                               : place.name + QStringLiteral("社会工作服务站");
        const int state = between(0, 99);
        market.status = state < 85 ? SupermarketStatus::Open : state < 95 ? SupermarketStatus::Suspended
                                                                          : SupermarketStatus::Closed;
        if (auto ok = repo.addSupermarket(market); !ok)
            return ok;
        ++m_markets;
    }
    return {};
}

Result<void> DemoCharity::happyHomes(const County& county)
{
    if (county.townships.isEmpty())
        return {};
    storage::HappyHomeRepository repo(m_db, m_context);
    // One pilot township with 30–60 % of its villages; elsewhere about one in twelve.
    const QString pilot = county.townships.at(between(0, int(county.townships.size()) - 1)).code;
    const int pilotPercent = between(30, 60);
    for (const OrgUnit& township : county.townships) {
        for (const OrgUnit& village : county.villages.value(township.code.left(9))) {
            const bool take = township.code == pilot ? between(0, 99) < pilotPercent : chance(0.08);
            if (!take)
                continue;
            HappyHomeProject project;
            project.meta.id = m_people.uuid();
            project.meta.orgCode = village.code;
            project.startedOn = dayBetween(QDate(2021, 6, 1), m_today.addMonths(-1));
            project.fundsRaisedFen = yuan(20'000, 150'000);
            project.fundsUsedFen = project.fundsRaisedFen * between(30, 95) / 100;
            const int state = between(0, 99);
            project.status = state < 85 ? HappyHomeStatus::Running
                                        : state < 95 ? HappyHomeStatus::Preparing : HappyHomeStatus::Suspended;
            if (project.status == HappyHomeStatus::Preparing)
                project.fundsUsedFen = 0;
            if (auto ok = repo.add(project); !ok)
                return ok;
            ++m_homes;
        }
    }
    return {};
}

Result<void> DemoCharity::referrals()
{
    // ~5 % of the relief households already stored, in a stable order.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = storage::prepare(query, QStringLiteral("SELECT id, registered_on FROM relief_household "
                                                         "WHERE deleted = 0 ORDER BY org_code, id"));
        !ok)
        return ok;
    if (auto ok = storage::exec(query, QStringLiteral("select relief_household")); !ok)
        return ok;
    QList<std::pair<QString, QDate>> households;
    while (query.next())
        households.append({query.value(0).toString(), QDate::fromString(query.value(1).toString(), Qt::ISODate)});
    storage::CharityReferralRepository repo(m_db, m_context);
    for (const auto& [id, registeredOn] : households) {
        if (!chance(0.05))
            continue;
        CharityReferral referral;
        referral.meta.id = m_people.uuid();
        referral.householdId = id;
        referral.referredOn = dayBetween(std::max(registeredOn, m_windowStart), m_today);
        referral.toOrganization = chance(0.6) ? QStringLiteral("县慈善协会") : QStringLiteral("社区基金会");
        referral.reason = kReasons.at(between(0, int(kReasons.size()) - 1));
        const int state = between(0, 99);
        referral.status = state < 70 ? ReferralStatus::Aided : state < 90 ? ReferralStatus::Pending
                                                                          : ReferralStatus::Declined;
        if (referral.status == ReferralStatus::Aided)
            referral.amountFen = yuan(5, 50) * 100; // 500–5,000 元 in whole hundreds
        if (auto ok = repo.add(referral); !ok)
            return ok;
        ++m_referrals;
    }
    return {};
}

Result<void> DemoCharity::purchasedProjects(const County& county)
{
    storage::PurchasedProjectRepository repo(m_db, m_context);
    for (int year = m_windowStart.year(); year <= m_today.year(); ++year) {
        const int count = between(2, 6);
        const int firstName = between(0, int(kProjectNames.size()) - 1); // distinct names within a year
        for (int i = 0; i < count; ++i) {
            PurchasedProject project;
            project.meta.id = m_people.uuid();
            project.meta.orgCode = county.unit.code;
            project.startsOn = dayBetween(QDate(year, 1, 1), QDate(year, 6, 30));
            if (project.startsOn > m_today)
                continue;
            project.name = QStringLiteral("%1年%2%3").arg(year).arg(
                county.unit.name, kProjectNames.at((firstName + i) % int(kProjectNames.size())));
            project.buyer = county.unit.name + QStringLiteral("民政局");
            project.contractor = kContractors.at(between(0, int(kContractors.size()) - 1));
            if (project.contractor.startsWith(QStringLiteral("同心")))
                project.contractor = county.unit.name + project.contractor; // a local one
            project.contractAmountFen = yuan(50, 600) * 1000; // 50,000–600,000 元
            project.endsOn = project.startsOn.addYears(1).addDays(-1);
            // Spent so far: in proportion to the time elapsed, labour 60–75 %.
            const qint64 days = project.startsOn.daysTo(project.endsOn) + 1;
            const qint64 elapsed = std::min(days, project.startsOn.daysTo(m_today) + 1);
            const qint64 spent = project.contractAmountFen * between(85, 100) / 100 * elapsed / days;
            const bool ended = project.endsOn < m_today;
            project.published = ended && chance(0.7);
            if (auto ok = repo.add(project); !ok)
                return ok;
            ++m_purchased;
            const int labourPercent = between(60, 75);
            const qint64 labour = spent * labourPercent / 100;
            QList<std::pair<SpendingKind, qint64>> parts{{SpendingKind::Labour, labour}};
            qint64 rest = spent - labour;
            for (SpendingKind kind : {SpendingKind::Activity, SpendingKind::Training, SpendingKind::Admin}) {
                const qint64 part = kind == SpendingKind::Admin ? rest : rest * between(40, 70) / 100;
                parts.append({kind, part});
                rest -= part;
            }
            // Each kind paid in 1–4 instalments over the elapsed months.
            for (const auto& [kind, total] : parts) {
                const int instalments = total >= 400 ? between(1, 4) : 1;
                qint64 left = total;
                for (int k = 0; k < instalments && left > 0; ++k) {
                    ProjectSpending spending;
                    spending.meta.id = m_people.uuid();
                    spending.projectId = project.meta.id;
                    spending.kind = kind;
                    spending.amountFen = k + 1 == instalments ? left : total / instalments;
                    spending.spentOn = dayBetween(project.startsOn, std::min(project.endsOn, m_today));
                    left -= spending.amountFen;
                    if (auto ok = repo.addSpending(spending); !ok)
                        return ok;
                    ++m_spending;
                }
            }
            // A mid-term evaluation after six months, a final one after the end.
            QList<QDate> evaluationDays;
            if (project.startsOn.addMonths(6) < m_today)
                evaluationDays << project.startsOn.addMonths(6).addDays(between(0, 20));
            if (ended)
                evaluationDays << std::min(m_today, project.endsOn.addDays(between(5, 40)));
            for (const QDate day : evaluationDays) {
                if (day > m_today)
                    continue;
                ProjectEvaluation evaluation;
                evaluation.meta.id = m_people.uuid();
                evaluation.projectId = project.meta.id;
                evaluation.evaluatedOn = day;
                const int who = between(0, 99);
                evaluation.evaluatorKind = who < 60   ? EvaluatorKind::ThirdParty
                                           : who < 80 ? EvaluatorKind::Bureau
                                           : who < 92 ? EvaluatorKind::Township
                                                      : EvaluatorKind::Village;
                evaluation.score = between(68, 97);
                evaluation.published = project.published;
                if (auto ok = repo.addEvaluation(evaluation); !ok)
                    return ok;
                ++m_evaluations;
            }
        }
    }
    return {};
}

} // namespace wushe::demo
