#include "storage/CharityReferralRepository.h"

#include <QCoreApplication>

namespace wushe::storage {

namespace {

const RegistryTable<CharityReferral> kReferrals{
    QStringLiteral("charity_referral"),
    QStringLiteral("household_id, referred_on, to_organization, reason, amount_fen, status, activity_id"),
    QStringLiteral("org_code, referred_on, created_at"),
    [](const CharityReferral& r) {
        return QVariantMap{{QStringLiteral(":household_id"), r.householdId},
                           {QStringLiteral(":referred_on"), dateValue(r.referredOn)},
                           {QStringLiteral(":to_organization"), r.toOrganization.trimmed()},
                           {QStringLiteral(":reason"), r.reason.trimmed()},
                           {QStringLiteral(":amount_fen"), r.amountFen},
                           {QStringLiteral(":status"), kReferralStatuses.key(r.status)},
                           {QStringLiteral(":activity_id"), idValue(r.activityId)}};
    },
    [](const QSqlQuery& q, int i, CharityReferral& r) {
        r.householdId = q.value(i).toString();
        r.referredOn = dateOf(q.value(i + 1));
        r.toOrganization = q.value(i + 2).toString();
        r.reason = q.value(i + 3).toString();
        r.amountFen = q.value(i + 4).toLongLong();
        r.status = kReferralStatuses.fromKey(q.value(i + 5).toString()).value_or(ReferralStatus::Pending);
        r.activityId = q.value(i + 6).toString();
    }};

} // namespace

Result<void> CharityReferralRepository::validate(CharityReferral& referral) const
{
    QSqlQuery query(m_db);
    if (auto ok = prepare(query, QStringLiteral("SELECT org_code FROM relief_household WHERE id = :id AND deleted = 0")); !ok)
        return ok;
    query.bindValue(QStringLiteral(":id"), referral.householdId);
    if (auto ok = exec(query, QStringLiteral("select relief_household")); !ok)
        return ok;
    if (!query.next()) {
        return fail(QStringLiteral("charity_referral.household"),
                    QCoreApplication::translate("CharityReferralRepository", "转介对象必须是社会救助台账中的在册家庭"));
    }
    referral.meta.orgCode = query.value(0).toString();
    if (!referral.referredOn.isValid())
        return fail(QStringLiteral("charity_referral.referred_on"),
                    QCoreApplication::translate("CharityReferralRepository", "请填写转介日期"));
    if (referral.referredOn > m_context.clock->today())
        return fail(QStringLiteral("charity_referral.referred_on"),
                    QCoreApplication::translate("CharityReferralRepository", "转介日期不能晚于今天"));
    if (referral.toOrganization.trimmed().isEmpty())
        return fail(QStringLiteral("charity_referral.to_organization"),
                    QCoreApplication::translate("CharityReferralRepository", "请填写转介到的慈善组织"));
    if (referral.amountFen < 0)
        return fail(QStringLiteral("charity_referral.amount"),
                    QCoreApplication::translate("CharityReferralRepository", "救助金额不能为负数"));
    if (referral.status != ReferralStatus::Aided && referral.amountFen != 0)
        return fail(QStringLiteral("charity_referral.amount"),
                    QCoreApplication::translate("CharityReferralRepository", "尚未获得救助的转介，救助金额应为0"));
    if (!referral.activityId.isEmpty() && referral.activityId.size() != 36)
        return fail(QStringLiteral("charity_referral.activity"),
                    QCoreApplication::translate("CharityReferralRepository", "服务活动编号无效"));
    return {};
}

Result<void> CharityReferralRepository::add(CharityReferral& referral)
{
    if (auto ok = validate(referral); !ok)
        return ok;
    return insertRow(m_db, m_context, kReferrals, referral);
}

Result<void> CharityReferralRepository::update(CharityReferral& referral)
{
    if (auto ok = validate(referral); !ok)
        return ok;
    return updateRow(m_db, m_context, kReferrals, referral);
}

Result<void> CharityReferralRepository::remove(CharityReferral& referral)
{
    return tombstoneRow(m_db, m_context, kReferrals, referral);
}

Result<std::optional<CharityReferral>> CharityReferralRepository::find(const QString& id) const
{
    return findRow(m_db, kReferrals, id);
}

Result<QList<CharityReferral>> CharityReferralRepository::ofHousehold(const QString& householdId) const
{
    return selectRows(m_db, kReferrals, QStringLiteral("household_id = :household AND deleted = 0"),
                      {{QStringLiteral(":household"), householdId}});
}

Result<QList<CharityReferral>> CharityReferralRepository::under(const UnitPeriod& scope) const
{
    return listUnder(m_db, kReferrals, scope, QStringLiteral("referred_on"), QStringLiteral("referred_on"));
}

} // namespace wushe::storage
