#include "storage/CommunityOrgRepository.h"

#include "rules/PhoneNumber.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RegistryTable.h"

#include <QCoreApplication>

namespace wushe::storage {

namespace {

const RegistryTable<CommunityOrg> kOrgs{
    QStringLiteral("community_org"),
    QStringLiteral("name, registration, registration_no, type, counts_as_service, leader_name, "
                   "leader_phone, members, founded_on, status"),
    QStringLiteral("org_code, name"),
    [](const CommunityOrg& org) {
        return QVariantMap{{QStringLiteral(":name"), org.name},
                           {QStringLiteral(":registration"), kOrgRegistrations.key(org.registration)},
                           {QStringLiteral(":registration_no"), org.registrationNo},
                           {QStringLiteral(":type"), kCommunityOrgTypes.key(org.type)},
                           {QStringLiteral(":counts_as_service"), org.countsAsService ? 1 : 0},
                           {QStringLiteral(":leader_name"), org.leaderName},
                           {QStringLiteral(":leader_phone"), org.leaderPhone},
                           {QStringLiteral(":members"), org.members},
                           {QStringLiteral(":founded_on"), dateValue(org.foundedOn)},
                           {QStringLiteral(":status"), kCommunityOrgStatuses.key(org.status)}};
    },
    [](const QSqlQuery& q, int i, CommunityOrg& org) {
        org.name = q.value(i).toString();
        org.registration = kOrgRegistrations.fromKey(q.value(i + 1).toString()).value_or(OrgRegistration::Filed);
        org.registrationNo = q.value(i + 2).toString();
        org.type = kCommunityOrgTypes.fromKey(q.value(i + 3).toString()).value_or(CommunityOrgType::LifeService);
        org.countsAsService = q.value(i + 4).toInt() != 0;
        org.leaderName = q.value(i + 5).toString();
        org.leaderPhone = q.value(i + 6).toString();
        org.members = q.value(i + 7).toInt();
        org.foundedOn = dateOf(q.value(i + 8));
        org.status = kCommunityOrgStatuses.fromKey(q.value(i + 9).toString()).value_or(CommunityOrgStatus::Active);
    }};

} // namespace

Result<void> CommunityOrgRepository::validate(CommunityOrg& org) const
{
    org.name = org.name.trimmed();
    org.registrationNo = org.registrationNo.trimmed();
    org.leaderName = org.leaderName.trimmed();
    if (org.name.isEmpty())
        return fail(QStringLiteral("community_org.name"), QCoreApplication::translate("CommunityOrgRepository", "名称不能为空"));
    auto unit = OrgUnitRepository(m_db).find(org.meta.orgCode);
    if (!unit)
        return std::unexpected(unit.error());
    if (!*unit || (*unit)->level != OrgLevel::Village)
        return fail(QStringLiteral("community_org.org"),
                    QCoreApplication::translate("CommunityOrgRepository", "请选择本辖区内的村（社区）"));
    if (org.registration == OrgRegistration::Registered && org.registrationNo.isEmpty())
        return fail(QStringLiteral("community_org.registration_no"),
                    QCoreApplication::translate("CommunityOrgRepository", "已登记的组织请填写登记证号"));
    if (org.members < 0)
        return fail(QStringLiteral("community_org.members"), QCoreApplication::translate("CommunityOrgRepository", "成员数不能为负数"));
    if (org.foundedOn.isValid() && org.foundedOn > m_context.clock->today())
        return fail(QStringLiteral("community_org.founded_on"),
                    QCoreApplication::translate("CommunityOrgRepository", "成立日期不能晚于今天"));
    auto phone = rules::checkPhoneNumber(org.leaderPhone);
    if (!phone)
        return std::unexpected(phone.error());
    org.leaderPhone = *phone;
    auto sameName = scalarInt(m_db,
                              QStringLiteral("SELECT count(*) FROM community_org WHERE org_code = :org AND name = :name "
                                             "AND deleted = 0 AND id <> :id"),
                              {{QStringLiteral(":org"), org.meta.orgCode},
                               {QStringLiteral(":name"), org.name},
                               {QStringLiteral(":id"), org.meta.id.isEmpty() ? QStringLiteral("-") : org.meta.id}});
    if (!sameName)
        return std::unexpected(sameName.error());
    if (*sameName > 0)
        return fail(QStringLiteral("community_org.duplicate"),
                    QCoreApplication::translate("CommunityOrgRepository", "本村（社区）已有名为“%1”的组织").arg(org.name));
    return {};
}

Result<void> CommunityOrgRepository::add(CommunityOrg& org)
{
    if (auto ok = validate(org); !ok)
        return ok;
    return insertRow(m_db, m_context, kOrgs, org);
}

Result<void> CommunityOrgRepository::update(CommunityOrg& org)
{
    if (auto ok = validate(org); !ok)
        return ok;
    return updateRow(m_db, m_context, kOrgs, org);
}

Result<void> CommunityOrgRepository::remove(CommunityOrg& org)
{
    return tombstoneRow(m_db, m_context, kOrgs, org);
}

Result<std::optional<CommunityOrg>> CommunityOrgRepository::find(const QString& id) const
{
    return findRow(m_db, kOrgs, id);
}

Result<QList<CommunityOrg>> CommunityOrgRepository::list(const QString& underCode, QDate from, QDate to) const
{
    auto range = rangeUnder(m_db, underCode);
    if (!range)
        return std::unexpected(range.error());
    QString where = QStringLiteral("org_code BETWEEN :low AND :high AND deleted = 0");
    QVariantMap values{{QStringLiteral(":low"), range->low}, {QStringLiteral(":high"), range->high}};
    if (from.isValid()) {
        where += QStringLiteral(" AND founded_on >= :from");
        values.insert(QStringLiteral(":from"), from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND founded_on <= :to");
        values.insert(QStringLiteral(":to"), to.toString(Qt::ISODate));
    }
    return selectRows(m_db, kOrgs, where, values);
}

} // namespace wushe::storage
