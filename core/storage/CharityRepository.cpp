#include "storage/CharityRepository.h"

#include "domain/Money.h"

#include <QCoreApplication>

namespace wushe::storage {

namespace {

const RegistryTable<CharityFund> kFunds{
    QStringLiteral("charity_fund"),
    QStringLiteral("name, kind, established_on, initial_amount_fen, manager, note"),
    QStringLiteral("org_code, established_on, name"),
    [](const CharityFund& f) {
        return QVariantMap{{QStringLiteral(":name"), f.name.trimmed()},
                           {QStringLiteral(":kind"), kFundKinds.key(f.kind)},
                           {QStringLiteral(":established_on"), dateValue(f.establishedOn)},
                           {QStringLiteral(":initial_amount_fen"), f.initialAmountFen},
                           {QStringLiteral(":manager"), f.manager.trimmed()},
                           {QStringLiteral(":note"), f.note}};
    },
    [](const QSqlQuery& q, int i, CharityFund& f) {
        f.name = q.value(i).toString();
        f.kind = kFundKinds.fromKey(q.value(i + 1).toString()).value_or(FundKind::CharityFund);
        f.establishedOn = dateOf(q.value(i + 2));
        f.initialAmountFen = q.value(i + 3).toLongLong();
        f.manager = q.value(i + 4).toString();
        f.note = q.value(i + 5).toString();
    }};

const RegistryTable<FundFlow> kFlows{
    QStringLiteral("charity_fund_flow"),
    QStringLiteral("fund_id, flowed_on, direction, amount_fen, purpose"),
    QStringLiteral("flowed_on, created_at"),
    [](const FundFlow& f) {
        return QVariantMap{{QStringLiteral(":fund_id"), f.fundId},
                           {QStringLiteral(":flowed_on"), dateValue(f.flowedOn)},
                           {QStringLiteral(":direction"), kFlowDirections.key(f.direction)},
                           {QStringLiteral(":amount_fen"), f.amountFen},
                           {QStringLiteral(":purpose"), f.purpose.trimmed()}};
    },
    [](const QSqlQuery& q, int i, FundFlow& f) {
        f.fundId = q.value(i).toString();
        f.flowedOn = dateOf(q.value(i + 1));
        f.direction = kFlowDirections.fromKey(q.value(i + 2).toString()).value_or(FlowDirection::In);
        f.amountFen = q.value(i + 3).toLongLong();
        f.purpose = q.value(i + 4).toString();
    }};

const RegistryTable<FundraisingProject> kProjects{
    QStringLiteral("fundraising_project"),
    QStringLiteral("name, organizer, starts_on, ends_on, target_fen, raised_fen"),
    QStringLiteral("org_code, starts_on, name"),
    [](const FundraisingProject& p) {
        return QVariantMap{{QStringLiteral(":name"), p.name.trimmed()},
                           {QStringLiteral(":organizer"), p.organizer.trimmed()},
                           {QStringLiteral(":starts_on"), dateValue(p.startsOn)},
                           {QStringLiteral(":ends_on"), dateValue(p.endsOn)},
                           {QStringLiteral(":target_fen"), p.targetFen},
                           {QStringLiteral(":raised_fen"), p.raisedFen}};
    },
    [](const QSqlQuery& q, int i, FundraisingProject& p) {
        p.name = q.value(i).toString();
        p.organizer = q.value(i + 1).toString();
        p.startsOn = dateOf(q.value(i + 2));
        p.endsOn = dateOf(q.value(i + 3));
        p.targetFen = q.value(i + 4).toLongLong();
        p.raisedFen = q.value(i + 5).toLongLong();
    }};

const RegistryTable<Donation> kDonations{
    QStringLiteral("donation"),
    QStringLiteral("received_on, donor_name, donor_kind, kind, amount_fen, goods_description, fund_id, project_id"),
    QStringLiteral("org_code, received_on, created_at"),
    [](const Donation& d) {
        return QVariantMap{{QStringLiteral(":received_on"), dateValue(d.receivedOn)},
                           {QStringLiteral(":donor_name"), d.donorName.trimmed()},
                           {QStringLiteral(":donor_kind"), kDonorKinds.key(d.donorKind)},
                           {QStringLiteral(":kind"), kDonationKinds.key(d.kind)},
                           {QStringLiteral(":amount_fen"), d.amountFen},
                           {QStringLiteral(":goods_description"), d.goodsDescription.trimmed()},
                           {QStringLiteral(":fund_id"), idValue(d.fundId)},
                           {QStringLiteral(":project_id"), idValue(d.projectId)}};
    },
    [](const QSqlQuery& q, int i, Donation& d) {
        d.receivedOn = dateOf(q.value(i));
        d.donorName = q.value(i + 1).toString();
        d.donorKind = kDonorKinds.fromKey(q.value(i + 2).toString()).value_or(DonorKind::Person);
        d.kind = kDonationKinds.fromKey(q.value(i + 3).toString()).value_or(DonationKind::Money);
        d.amountFen = q.value(i + 4).toLongLong();
        d.goodsDescription = q.value(i + 5).toString();
        d.fundId = q.value(i + 6).toString();
        d.projectId = q.value(i + 7).toString();
    }};

const RegistryTable<CharitySupermarket> kSupermarkets{
    QStringLiteral("charity_supermarket"),
    QStringLiteral("name, opened_on, address, operator, status"),
    QStringLiteral("org_code, opened_on, name"),
    [](const CharitySupermarket& m) {
        return QVariantMap{{QStringLiteral(":name"), m.name.trimmed()},
                           {QStringLiteral(":opened_on"), dateValue(m.openedOn)},
                           {QStringLiteral(":address"), m.address.trimmed()},
                           {QStringLiteral(":operator"), m.operatorName.trimmed()},
                           {QStringLiteral(":status"), kSupermarketStatuses.key(m.status)}};
    },
    [](const QSqlQuery& q, int i, CharitySupermarket& m) {
        m.name = q.value(i).toString();
        m.openedOn = dateOf(q.value(i + 1));
        m.address = q.value(i + 2).toString();
        m.operatorName = q.value(i + 3).toString();
        m.status = kSupermarketStatuses.fromKey(q.value(i + 4).toString()).value_or(SupermarketStatus::Open);
    }};

qint64 signedAmount(const FundFlow& flow)
{
    return flow.direction == FlowDirection::In ? flow.amountFen : -flow.amountFen;
}

} // namespace

Result<void> CharityRepository::notFuture(QDate day, const QString& key, const QString& what) const
{
    if (!day.isValid())
        return fail(key, QCoreApplication::translate("CharityRepository", "请填写%1").arg(what));
    if (day > m_context.clock->today())
        return fail(key, QCoreApplication::translate("CharityRepository", "%1不能晚于今天").arg(what));
    return {};
}

// ---- funds ---------------------------------------------------------------

Result<void> CharityRepository::validate(const CharityFund& fund) const
{
    if (fund.name.trimmed().isEmpty())
        return fail(QStringLiteral("charity_fund.name"), QCoreApplication::translate("CharityRepository", "基金名称不能为空"));
    if (auto org = requireOrg(m_db, fund.meta.orgCode, QStringLiteral("charity_fund.org")); !org)
        return std::unexpected(org.error());
    if (auto ok = notFuture(fund.establishedOn, QStringLiteral("charity_fund.established_on"), QCoreApplication::translate("CharityRepository", "设立日期")); !ok)
        return ok;
    if (fund.initialAmountFen < 0)
        return fail(QStringLiteral("charity_fund.amount"), QCoreApplication::translate("CharityRepository", "原始基金不能为负数"));
    return {};
}

Result<void> CharityRepository::addFund(CharityFund& fund)
{
    if (auto ok = validate(fund); !ok)
        return ok;
    return insertRow(m_db, m_context, kFunds, fund);
}

Result<void> CharityRepository::updateFund(CharityFund& fund)
{
    if (auto ok = validate(fund); !ok)
        return ok;
    auto stored = liveFund(fund.meta.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto ok = keepBalance(fund.meta.id, fund.initialAmountFen - stored->initialAmountFen); !ok)
        return ok;
    return updateRow(m_db, m_context, kFunds, fund);
}

Result<void> CharityRepository::removeFund(CharityFund& fund)
{
    return tombstoneRow(m_db, m_context, kFunds, fund);
}

Result<std::optional<CharityFund>> CharityRepository::findFund(const QString& id) const
{
    return findRow(m_db, kFunds, id);
}

Result<QList<CharityFund>> CharityRepository::funds(const UnitPeriod& scope) const
{
    return listUnder(m_db, kFunds, scope, QStringLiteral("established_on"), QStringLiteral("established_on"));
}

Result<CharityFund> CharityRepository::liveFund(const QString& fundId) const
{
    auto fund = findFund(fundId);
    if (!fund)
        return std::unexpected(fund.error());
    if (!*fund || (*fund)->meta.deleted)
        return fail(QStringLiteral("charity_fund.missing"), QCoreApplication::translate("CharityRepository", "所选基金不存在或已删除"));
    return **fund;
}

Result<qint64> CharityRepository::balance(const QString& fundId) const
{
    auto fund = liveFund(fundId);
    if (!fund)
        return std::unexpected(fund.error());
    auto flowSum = scalarInt(m_db,
                             QStringLiteral("SELECT coalesce(sum(CASE direction WHEN 'in' THEN amount_fen ELSE -amount_fen END), 0) "
                                            "FROM charity_fund_flow WHERE fund_id = :fund AND deleted = 0"),
                             {{QStringLiteral(":fund"), fundId}});
    if (!flowSum)
        return std::unexpected(flowSum.error());
    return fund->initialAmountFen + *flowSum;
}

Result<void> CharityRepository::keepBalance(const QString& fundId, qint64 changeFen) const
{
    if (changeFen >= 0)
        return {};
    auto current = balance(fundId);
    if (!current)
        return std::unexpected(current.error());
    if (*current + changeFen < 0) {
        return fail(QStringLiteral("charity_fund.overdraft"),
                    QCoreApplication::translate("CharityRepository", "基金余额%1元，不足以支出%2元").arg(formatYuan(*current), formatYuan(-changeFen)));
    }
    return {};
}

// ---- flows ---------------------------------------------------------------

Result<void> CharityRepository::validate(FundFlow& flow) const
{
    auto fund = liveFund(flow.fundId);
    if (!fund)
        return std::unexpected(fund.error());
    flow.meta.orgCode = fund->meta.orgCode; // a flow belongs where its fund is
    if (auto ok = notFuture(flow.flowedOn, QStringLiteral("charity_fund_flow.flowed_on"), QCoreApplication::translate("CharityRepository", "收支日期")); !ok)
        return ok;
    if (flow.flowedOn < fund->establishedOn)
        return fail(QStringLiteral("charity_fund_flow.flowed_on"), QCoreApplication::translate("CharityRepository", "收支日期不能早于基金设立日期"));
    if (flow.amountFen <= 0)
        return fail(QStringLiteral("charity_fund_flow.amount"), QCoreApplication::translate("CharityRepository", "金额应大于零"));
    return {};
}

Result<void> CharityRepository::addFlow(FundFlow& flow)
{
    if (auto ok = validate(flow); !ok)
        return ok;
    if (auto ok = keepBalance(flow.fundId, signedAmount(flow)); !ok)
        return ok;
    return insertRow(m_db, m_context, kFlows, flow);
}

Result<void> CharityRepository::updateFlow(FundFlow& flow)
{
    if (auto ok = validate(flow); !ok)
        return ok;
    auto stored = findRow(m_db, kFlows, flow.meta.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored || (*stored)->meta.deleted)
        return fail(QStringLiteral("db.conflict"), QCoreApplication::translate("CharityRepository", "这条收支记录已被删除"));
    if ((*stored)->fundId != flow.fundId)
        return fail(QStringLiteral("charity_fund_flow.fund"), QCoreApplication::translate("CharityRepository", "收支记录不能改到另一个基金，请删除后重新登记"));
    if (auto ok = keepBalance(flow.fundId, signedAmount(flow) - signedAmount(**stored)); !ok)
        return ok;
    return updateRow(m_db, m_context, kFlows, flow);
}

Result<void> CharityRepository::removeFlow(FundFlow& flow)
{
    // The stored row decides, not the caller's possibly edited copy.
    auto stored = findRow(m_db, kFlows, flow.meta.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored && !(*stored)->meta.deleted && (*stored)->direction == FlowDirection::In) {
        if (auto ok = keepBalance((*stored)->fundId, -(*stored)->amountFen); !ok)
            return ok;
    }
    return tombstoneRow(m_db, m_context, kFlows, flow);
}

Result<QList<FundFlow>> CharityRepository::flowsOf(const QString& fundId) const
{
    return selectRows(m_db, kFlows, QStringLiteral("fund_id = :fund AND deleted = 0"), {{QStringLiteral(":fund"), fundId}});
}

Result<QList<FundFlow>> CharityRepository::flows(const UnitPeriod& scope) const
{
    return listUnder(m_db, kFlows, scope, QStringLiteral("flowed_on"), QStringLiteral("flowed_on"));
}

// ---- fundraising projects -------------------------------------------------

Result<void> CharityRepository::validate(const FundraisingProject& project) const
{
    if (project.name.trimmed().isEmpty())
        return fail(QStringLiteral("fundraising_project.name"), QCoreApplication::translate("CharityRepository", "项目名称不能为空"));
    if (auto org = requireOrg(m_db, project.meta.orgCode, QStringLiteral("fundraising_project.org")); !org)
        return std::unexpected(org.error());
    if (!project.startsOn.isValid())
        return fail(QStringLiteral("fundraising_project.starts_on"), QCoreApplication::translate("CharityRepository", "请填写开始日期"));
    if (project.endsOn.isValid() && project.endsOn < project.startsOn)
        return fail(QStringLiteral("fundraising_project.ends_on"), QCoreApplication::translate("CharityRepository", "结束日期不能早于开始日期"));
    if (project.targetFen < 0 || project.raisedFen < 0)
        return fail(QStringLiteral("fundraising_project.amount"), QCoreApplication::translate("CharityRepository", "金额不能为负数"));
    return {};
}

Result<void> CharityRepository::addProject(FundraisingProject& project)
{
    if (auto ok = validate(project); !ok)
        return ok;
    return insertRow(m_db, m_context, kProjects, project);
}

Result<void> CharityRepository::updateProject(FundraisingProject& project)
{
    if (auto ok = validate(project); !ok)
        return ok;
    return updateRow(m_db, m_context, kProjects, project);
}

Result<void> CharityRepository::removeProject(FundraisingProject& project)
{
    return tombstoneRow(m_db, m_context, kProjects, project);
}

Result<std::optional<FundraisingProject>> CharityRepository::findProject(const QString& id) const
{
    return findRow(m_db, kProjects, id);
}

Result<QList<FundraisingProject>> CharityRepository::projects(const UnitPeriod& scope) const
{
    return listUnder(m_db, kProjects, scope, QStringLiteral("starts_on"), QStringLiteral("ends_on"));
}

// ---- donations -----------------------------------------------------------

Result<void> CharityRepository::validate(const Donation& donation) const
{
    if (auto org = requireOrg(m_db, donation.meta.orgCode, QStringLiteral("donation.org")); !org)
        return std::unexpected(org.error());
    if (auto ok = notFuture(donation.receivedOn, QStringLiteral("donation.received_on"), QCoreApplication::translate("CharityRepository", "受赠日期")); !ok)
        return ok;
    if (donation.donorKind != DonorKind::Anonymous && donation.donorName.trimmed().isEmpty())
        return fail(QStringLiteral("donation.donor_name"), QCoreApplication::translate("CharityRepository", "请填写捐赠人（匿名捐赠请选“匿名”）"));
    if (donation.amountFen < 0)
        return fail(QStringLiteral("donation.amount"), QCoreApplication::translate("CharityRepository", "金额不能为负数"));
    if (donation.kind == DonationKind::Money && donation.amountFen == 0)
        return fail(QStringLiteral("donation.amount"), QCoreApplication::translate("CharityRepository", "资金捐赠的金额应大于零"));
    if (donation.kind == DonationKind::Goods && donation.goodsDescription.trimmed().isEmpty())
        return fail(QStringLiteral("donation.goods"), QCoreApplication::translate("CharityRepository", "物资捐赠请填写物资名称和数量"));
    if (!donation.fundId.isEmpty()) {
        if (auto fund = liveFund(donation.fundId); !fund)
            return std::unexpected(fund.error());
    }
    if (!donation.projectId.isEmpty()) {
        auto project = findProject(donation.projectId);
        if (!project)
            return std::unexpected(project.error());
        if (!*project || (*project)->meta.deleted)
            return fail(QStringLiteral("fundraising_project.missing"), QCoreApplication::translate("CharityRepository", "所选募捐项目不存在或已删除"));
    }
    return {};
}

Result<void> CharityRepository::addDonation(Donation& donation)
{
    if (auto ok = validate(donation); !ok)
        return ok;
    return insertRow(m_db, m_context, kDonations, donation);
}

Result<void> CharityRepository::updateDonation(Donation& donation)
{
    if (auto ok = validate(donation); !ok)
        return ok;
    return updateRow(m_db, m_context, kDonations, donation);
}

Result<void> CharityRepository::removeDonation(Donation& donation)
{
    return tombstoneRow(m_db, m_context, kDonations, donation);
}

Result<std::optional<Donation>> CharityRepository::findDonation(const QString& id) const
{
    return findRow(m_db, kDonations, id);
}

Result<QList<Donation>> CharityRepository::donations(const UnitPeriod& scope) const
{
    return listUnder(m_db, kDonations, scope, QStringLiteral("received_on"), QStringLiteral("received_on"));
}

// ---- supermarkets --------------------------------------------------------

Result<void> CharityRepository::validate(const CharitySupermarket& market) const
{
    if (market.name.trimmed().isEmpty())
        return fail(QStringLiteral("charity_supermarket.name"), QCoreApplication::translate("CharityRepository", "超市名称不能为空"));
    if (auto org = requireOrg(m_db, market.meta.orgCode, QStringLiteral("charity_supermarket.org")); !org)
        return std::unexpected(org.error());
    return notFuture(market.openedOn, QStringLiteral("charity_supermarket.opened_on"), QCoreApplication::translate("CharityRepository", "开业日期"));
}

Result<void> CharityRepository::addSupermarket(CharitySupermarket& market)
{
    if (auto ok = validate(market); !ok)
        return ok;
    return insertRow(m_db, m_context, kSupermarkets, market);
}

Result<void> CharityRepository::updateSupermarket(CharitySupermarket& market)
{
    if (auto ok = validate(market); !ok)
        return ok;
    return updateRow(m_db, m_context, kSupermarkets, market);
}

Result<void> CharityRepository::removeSupermarket(CharitySupermarket& market)
{
    return tombstoneRow(m_db, m_context, kSupermarkets, market);
}

Result<std::optional<CharitySupermarket>> CharityRepository::findSupermarket(const QString& id) const
{
    return findRow(m_db, kSupermarkets, id);
}

Result<QList<CharitySupermarket>> CharityRepository::supermarkets(const UnitPeriod& scope) const
{
    return listUnder(m_db, kSupermarkets, scope, QStringLiteral("opened_on"), QStringLiteral("opened_on"));
}

} // namespace wushe::storage
