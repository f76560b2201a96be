#include "storage/ServiceUnitRepository.h"

#include "rules/IdNumber.h"
#include "rules/PhoneNumber.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RegistryTable.h"

#include <QCoreApplication>

namespace wushe::storage {

namespace {

const RegistryTable<ServiceUnit> kUnits{
    QStringLiteral("service_unit"),
    QStringLiteral("tier, name, established_on, address, phone, standardized, rules_in_place, note"),
    QStringLiteral("tier, org_code"),
    [](const ServiceUnit& unit) {
        return QVariantMap{{QStringLiteral(":tier"), int(unit.tier)},
                           {QStringLiteral(":name"), unit.name.trimmed()},
                           {QStringLiteral(":established_on"), dateValue(unit.establishedOn)},
                           {QStringLiteral(":address"), unit.address.trimmed()},
                           {QStringLiteral(":phone"), unit.phone.trimmed()},
                           {QStringLiteral(":standardized"), unit.standardized ? 1 : 0},
                           {QStringLiteral(":rules_in_place"), unit.rulesInPlace ? 1 : 0},
                           {QStringLiteral(":note"), unit.note}};
    },
    [](const QSqlQuery& q, int i, ServiceUnit& unit) {
        unit.tier = ServiceTier(q.value(i).toInt());
        unit.name = q.value(i + 1).toString();
        unit.establishedOn = dateOf(q.value(i + 2));
        unit.address = q.value(i + 3).toString();
        unit.phone = q.value(i + 4).toString();
        unit.standardized = q.value(i + 5).toInt() != 0;
        unit.rulesInPlace = q.value(i + 6).toInt() != 0;
        unit.note = q.value(i + 7).toString();
    }};

// Heads first, then by start date.
const RegistryTable<StationStaff> kStaff{
    QStringLiteral("station_staff"),
    QStringLiteral("service_unit_id, name, id_number, phone, post, start_on, end_on"),
    QStringLiteral("post = 'head' DESC, start_on, name"),
    [](const StationStaff& staff) {
        return QVariantMap{{QStringLiteral(":service_unit_id"), staff.serviceUnitId},
                           {QStringLiteral(":name"), staff.name.trimmed()},
                           {QStringLiteral(":id_number"), staff.idNumber},
                           {QStringLiteral(":phone"), staff.phone.trimmed()},
                           {QStringLiteral(":post"), kStaffPosts.key(staff.post)},
                           {QStringLiteral(":start_on"), dateValue(staff.startOn)},
                           {QStringLiteral(":end_on"), dateValue(staff.endOn)}};
    },
    [](const QSqlQuery& q, int i, StationStaff& staff) {
        staff.serviceUnitId = q.value(i).toString();
        staff.name = q.value(i + 1).toString();
        staff.idNumber = q.value(i + 2).toString();
        staff.phone = q.value(i + 3).toString();
        staff.post = kStaffPosts.fromKey(q.value(i + 4).toString()).value_or(StaffPost::ResidentWorker);
        staff.startOn = dateOf(q.value(i + 5));
        staff.endOn = dateOf(q.value(i + 6));
    }};

} // namespace

Result<void> ServiceUnitRepository::validate(const ServiceUnit& unit) const
{
    if (unit.name.trimmed().isEmpty())
        return fail(QStringLiteral("service_unit.name"), QCoreApplication::translate("ServiceUnitRepository", "名称不能为空"));
    auto org = OrgUnitRepository(m_db).find(unit.meta.orgCode);
    if (!org)
        return std::unexpected(org.error());
    if (!*org)
        return fail(QStringLiteral("service_unit.org"), QCoreApplication::translate("ServiceUnitRepository", "区划代码%1不在本数据库的辖区内").arg(unit.meta.orgCode));
    if ((*org)->level != orgLevelOfTier(unit.tier)) {
        return fail(QStringLiteral("service_unit.tier"),
                    QCoreApplication::translate("ServiceUnitRepository", "%1 是%2，不能设立%3").arg((*org)->name, kOrgLevels.label((*org)->level),
                                                   kServiceTiers.label(unit.tier)));
    }
    if (unit.establishedOn.isValid() && unit.establishedOn > m_context.clock->today())
        return fail(QStringLiteral("service_unit.established_on"), QCoreApplication::translate("ServiceUnitRepository", "成立日期不能晚于今天"));
    if (auto phone = rules::checkPhoneNumber(unit.phone); !phone)
        return std::unexpected(phone.error());
    return {};
}

Result<void> ServiceUnitRepository::add(ServiceUnit& unit)
{
    if (auto ok = validate(unit); !ok)
        return ok;
    auto existing = forOrg(unit.meta.orgCode, unit.tier);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(QStringLiteral("service_unit.duplicate"),
                    QCoreApplication::translate("ServiceUnitRepository", "该区划已有%1：%2").arg(kServiceTiers.label(unit.tier), (*existing)->name));
    return insertRow(m_db, m_context, kUnits, unit);
}

Result<void> ServiceUnitRepository::update(ServiceUnit& unit)
{
    if (auto ok = validate(unit); !ok)
        return ok;
    return updateRow(m_db, m_context, kUnits, unit);
}

Result<void> ServiceUnitRepository::remove(ServiceUnit& unit)
{
    return tombstoneRow(m_db, m_context, kUnits, unit);
}

Result<std::optional<ServiceUnit>> ServiceUnitRepository::find(const QString& id) const
{
    return findRow(m_db, kUnits, id);
}

Result<std::optional<ServiceUnit>> ServiceUnitRepository::forOrg(const QString& orgCode, ServiceTier tier) const
{
    return firstRow(selectRows(m_db, kUnits, QStringLiteral("org_code = :org AND tier = :tier AND deleted = 0"),
                               {{QStringLiteral(":org"), orgCode}, {QStringLiteral(":tier"), int(tier)}}));
}

Result<QList<ServiceUnit>> ServiceUnitRepository::under(const QString& orgCode) const
{
    auto org = OrgUnitRepository(m_db).find(orgCode);
    if (!org)
        return std::unexpected(org.error());
    if (!*org)
        return QList<ServiceUnit>{};
    const CodeRange range = subtreeRange(orgCode, (*org)->level);
    return selectRows(m_db, kUnits, QStringLiteral("org_code BETWEEN :low AND :high AND deleted = 0"),
                      {{QStringLiteral(":low"), range.low}, {QStringLiteral(":high"), range.high}});
}

Result<void> ServiceUnitRepository::validate(const StationStaff& staff) const
{
    if (staff.name.trimmed().isEmpty())
        return fail(QStringLiteral("staff.name"), QCoreApplication::translate("ServiceUnitRepository", "姓名不能为空"));
    auto unit = find(staff.serviceUnitId);
    if (!unit)
        return std::unexpected(unit.error());
    if (!*unit || (*unit)->meta.deleted)
        return fail(QStringLiteral("staff.unit"), QCoreApplication::translate("ServiceUnitRepository", "所属站点不存在"));
    if ((*unit)->tier != ServiceTier::TownshipStation && (*unit)->tier != ServiceTier::CountyStation)
        return fail(QStringLiteral("staff.unit"), QCoreApplication::translate("ServiceUnitRepository", "只有县级总站和乡镇（街道）站登记驻站人员"));
    if (staff.meta.orgCode != (*unit)->meta.orgCode)
        return fail(QStringLiteral("staff.org"), QCoreApplication::translate("ServiceUnitRepository", "人员的所属区划应与站点一致"));
    if (!staff.startOn.isValid())
        return fail(QStringLiteral("staff.start_on"), QCoreApplication::translate("ServiceUnitRepository", "请填写到岗日期"));
    if (staff.endOn.isValid() && staff.endOn < staff.startOn)
        return fail(QStringLiteral("staff.end_on"), QCoreApplication::translate("ServiceUnitRepository", "离岗日期不能早于到岗日期"));
    if (auto phone = rules::checkPhoneNumber(staff.phone); !phone)
        return std::unexpected(phone.error());
    if (!staff.idNumber.isEmpty()) {
        if (auto id = rules::IdNumber::parse(staff.idNumber, m_context.clock->today()); !id)
            return std::unexpected(id.error());
    }
    return {};
}

Result<void> ServiceUnitRepository::addStaff(StationStaff& staff)
{
    if (auto ok = validate(staff); !ok)
        return ok;
    return insertRow(m_db, m_context, kStaff, staff);
}

Result<void> ServiceUnitRepository::updateStaff(StationStaff& staff)
{
    if (auto ok = validate(staff); !ok)
        return ok;
    return updateRow(m_db, m_context, kStaff, staff);
}

Result<void> ServiceUnitRepository::removeStaff(StationStaff& staff)
{
    return tombstoneRow(m_db, m_context, kStaff, staff);
}

Result<QList<StationStaff>> ServiceUnitRepository::staffOf(const QString& serviceUnitId, QDate activeOn) const
{
    QString where = QStringLiteral("service_unit_id = :unit AND deleted = 0");
    QVariantMap values{{QStringLiteral(":unit"), serviceUnitId}};
    if (activeOn.isValid()) {
        where += QStringLiteral(" AND start_on <= :day AND (end_on IS NULL OR end_on >= :day)");
        values.insert(QStringLiteral(":day"), activeOn.toString(Qt::ISODate));
    }
    return selectRows(m_db, kStaff, where, values);
}

} // namespace wushe::storage
