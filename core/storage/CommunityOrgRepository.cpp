#include "storage/CommunityOrgRepository.h"

#include "rules/PhoneNumber.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordColumns.h"
#include "storage/RegistryTable.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wushe::storage {

namespace {

const QString kTable = QStringLiteral("community_org");
const QString kColumns = QStringLiteral("name, registration, registration_no, type, counts_as_service, leader_name, "
                                        "leader_phone, members, founded_on, status");

QVariantMap binds(const CommunityOrg& org)
{
    return {{QStringLiteral(":name"), org.name},
            {QStringLiteral(":registration"), kOrgRegistrations.key(org.registration)},
            {QStringLiteral(":registration_no"), org.registrationNo},
            {QStringLiteral(":type"), kCommunityOrgTypes.key(org.type)},
            {QStringLiteral(":counts_as_service"), org.countsAsService ? 1 : 0},
            {QStringLiteral(":leader_name"), org.leaderName},
            {QStringLiteral(":leader_phone"), org.leaderPhone},
            {QStringLiteral(":members"), org.members},
            {QStringLiteral(":founded_on"), dateValue(org.foundedOn)},
            {QStringLiteral(":status"), kCommunityOrgStatuses.key(org.status)}};
}

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
    RecordMeta meta = org.meta;
    RecordColumns::stampNew(meta, m_context);
    if (auto ok = RecordColumns::insert(m_db, kTable, kColumns, meta, binds(org)); !ok)
        return ok;
    org.meta = meta;
    return {};
}

Result<void> CommunityOrgRepository::update(CommunityOrg& org)
{
    if (auto ok = validate(org); !ok)
        return ok;
    return RecordColumns::update(m_db, kTable, org.meta, RecordColumns::assignments(kColumns), binds(org), m_context);
}

Result<void> CommunityOrgRepository::remove(CommunityOrg& org)
{
    return RecordColumns::markDeleted(m_db, kTable, org.meta, m_context);
}

Result<QList<CommunityOrg>> CommunityOrgRepository::select(const QString& where, const QVariantMap& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = prepare(query, QStringLiteral("SELECT %1, %2 FROM community_org WHERE %3 ORDER BY org_code, name")
                                     .arg(RecordColumns::names(), kColumns, where));
        !ok)
        return std::unexpected(ok.error());
    RecordColumns::bindAll(query, values);
    if (auto ok = exec(query, QStringLiteral("select community_org")); !ok)
        return std::unexpected(ok.error());
    QList<CommunityOrg> orgs;
    while (query.next()) {
        CommunityOrg org;
        org.meta = RecordColumns::read(query, 0);
        org.name = query.value(7).toString();
        org.registration = kOrgRegistrations.fromKey(query.value(8).toString()).value_or(OrgRegistration::Filed);
        org.registrationNo = query.value(9).toString();
        org.type = kCommunityOrgTypes.fromKey(query.value(10).toString()).value_or(CommunityOrgType::LifeService);
        org.countsAsService = query.value(11).toInt() != 0;
        org.leaderName = query.value(12).toString();
        org.leaderPhone = query.value(13).toString();
        org.members = query.value(14).toInt();
        org.foundedOn = dateOf(query.value(15));
        org.status = kCommunityOrgStatuses.fromKey(query.value(16).toString()).value_or(CommunityOrgStatus::Active);
        orgs << org;
    }
    return orgs;
}

Result<std::optional<CommunityOrg>> CommunityOrgRepository::find(const QString& id) const
{
    auto found = select(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::optional<CommunityOrg>{} : std::optional<CommunityOrg>{found->first()};
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
    return select(where, values);
}

} // namespace wushe::storage
