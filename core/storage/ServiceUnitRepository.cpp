#include "storage/ServiceUnitRepository.h"

#include "rules/IdNumber.h"
#include "rules/PhoneNumber.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordColumns.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace wushe::storage {

namespace {


const QString kUnitColumns =
    QStringLiteral("tier, name, established_on, address, phone, standardized, rules_in_place, note");
const QString kStaffColumns = QStringLiteral("service_unit_id, name, id_number, phone, post, start_on, end_on");

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariantMap unitBinds(const ServiceUnit& unit)
{
    return {{QStringLiteral(":tier"), int(unit.tier)},
            {QStringLiteral(":name"), unit.name.trimmed()},
            {QStringLiteral(":established_on"), dateValue(unit.establishedOn)},
            {QStringLiteral(":address"), unit.address.trimmed()},
            {QStringLiteral(":phone"), unit.phone.trimmed()},
            {QStringLiteral(":standardized"), unit.standardized ? 1 : 0},
            {QStringLiteral(":rules_in_place"), unit.rulesInPlace ? 1 : 0},
            {QStringLiteral(":note"), unit.note}};
}

QVariantMap staffBinds(const StationStaff& staff)
{
    return {{QStringLiteral(":service_unit_id"), staff.serviceUnitId},
            {QStringLiteral(":name"), staff.name.trimmed()},
            {QStringLiteral(":id_number"), staff.idNumber},
            {QStringLiteral(":phone"), staff.phone.trimmed()},
            {QStringLiteral(":post"), kStaffPosts.key(staff.post)},
            {QStringLiteral(":start_on"), dateValue(staff.startOn)},
            {QStringLiteral(":end_on"), dateValue(staff.endOn)}};
}

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
    RecordMeta meta = unit.meta;
    RecordColumns::stampNew(meta, m_context);
    if (auto ok = RecordColumns::insert(m_db, QStringLiteral("service_unit"), kUnitColumns, meta, unitBinds(unit)); !ok)
        return ok;
    unit.meta = meta;
    return {};
}

Result<void> ServiceUnitRepository::update(ServiceUnit& unit)
{
    if (auto ok = validate(unit); !ok)
        return ok;
    return RecordColumns::update(m_db, QStringLiteral("service_unit"), unit.meta, RecordColumns::assignments(kUnitColumns),
                                 unitBinds(unit), m_context);
}

Result<void> ServiceUnitRepository::remove(ServiceUnit& unit)
{
    return RecordColumns::markDeleted(m_db, QStringLiteral("service_unit"), unit.meta, m_context);
}

Result<QList<ServiceUnit>> ServiceUnitRepository::selectUnits(const QString& where, const QVariantMap& binds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1, %2 FROM service_unit WHERE %3 ORDER BY tier, org_code")
                            .arg(RecordColumns::names(), kUnitColumns, where);
    if (auto ok = prepare(query, sql); !ok)
        return std::unexpected(ok.error());
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (auto ok = exec(query, QStringLiteral("select service_unit")); !ok)
        return std::unexpected(ok.error());
    QList<ServiceUnit> units;
    while (query.next()) {
        ServiceUnit unit;
        unit.meta = RecordColumns::read(query, 0);
        unit.tier = ServiceTier(query.value(7).toInt());
        unit.name = query.value(8).toString();
        unit.establishedOn = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        unit.address = query.value(10).toString();
        unit.phone = query.value(11).toString();
        unit.standardized = query.value(12).toInt() != 0;
        unit.rulesInPlace = query.value(13).toInt() != 0;
        unit.note = query.value(14).toString();
        units.append(unit);
    }
    return units;
}

Result<std::optional<ServiceUnit>> ServiceUnitRepository::find(const QString& id) const
{
    auto units = selectUnits(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}});
    if (!units)
        return std::unexpected(units.error());
    return units->isEmpty() ? std::optional<ServiceUnit>{} : std::optional<ServiceUnit>{units->first()};
}

Result<std::optional<ServiceUnit>> ServiceUnitRepository::forOrg(const QString& orgCode, ServiceTier tier) const
{
    auto units = selectUnits(QStringLiteral("org_code = :org AND tier = :tier AND deleted = 0"),
                             {{QStringLiteral(":org"), orgCode}, {QStringLiteral(":tier"), int(tier)}});
    if (!units)
        return std::unexpected(units.error());
    return units->isEmpty() ? std::optional<ServiceUnit>{} : std::optional<ServiceUnit>{units->first()};
}

Result<QList<ServiceUnit>> ServiceUnitRepository::under(const QString& orgCode) const
{
    auto org = OrgUnitRepository(m_db).find(orgCode);
    if (!org)
        return std::unexpected(org.error());
    if (!*org)
        return QList<ServiceUnit>{};
    const CodeRange range = subtreeRange(orgCode, (*org)->level);
    return selectUnits(QStringLiteral("org_code BETWEEN :low AND :high AND deleted = 0"),
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
    RecordMeta meta = staff.meta;
    RecordColumns::stampNew(meta, m_context);
    if (auto ok = RecordColumns::insert(m_db, QStringLiteral("station_staff"), kStaffColumns, meta, staffBinds(staff)); !ok)
        return ok;
    staff.meta = meta;
    return {};
}

Result<void> ServiceUnitRepository::updateStaff(StationStaff& staff)
{
    if (auto ok = validate(staff); !ok)
        return ok;
    return RecordColumns::update(m_db, QStringLiteral("station_staff"), staff.meta, RecordColumns::assignments(kStaffColumns),
                                 staffBinds(staff), m_context);
}

Result<void> ServiceUnitRepository::removeStaff(StationStaff& staff)
{
    return RecordColumns::markDeleted(m_db, QStringLiteral("station_staff"), staff.meta, m_context);
}

Result<QList<StationStaff>> ServiceUnitRepository::staffOf(const QString& serviceUnitId, QDate activeOn) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1, %2 FROM station_staff WHERE service_unit_id = :unit AND deleted = 0")
                      .arg(RecordColumns::names(), kStaffColumns);
    if (activeOn.isValid())
        sql += QStringLiteral(" AND start_on <= :day AND (end_on IS NULL OR end_on >= :day)");
    sql += QStringLiteral(" ORDER BY post = 'head' DESC, start_on, name");
    if (auto ok = prepare(query, sql); !ok)
        return std::unexpected(ok.error());
    query.bindValue(QStringLiteral(":unit"), serviceUnitId);
    if (activeOn.isValid())
        query.bindValue(QStringLiteral(":day"), activeOn.toString(Qt::ISODate));
    if (auto ok = exec(query, QStringLiteral("select station_staff")); !ok)
        return std::unexpected(ok.error());
    QList<StationStaff> staff;
    while (query.next()) {
        StationStaff member;
        member.meta = RecordColumns::read(query, 0);
        member.serviceUnitId = query.value(7).toString();
        member.name = query.value(8).toString();
        member.idNumber = query.value(9).toString();
        member.phone = query.value(10).toString();
        member.post = kStaffPosts.fromKey(query.value(11).toString()).value_or(StaffPost::ResidentWorker);
        member.startOn = QDate::fromString(query.value(12).toString(), Qt::ISODate);
        member.endOn = QDate::fromString(query.value(13).toString(), Qt::ISODate);
        staff.append(member);
    }
    return staff;
}

} // namespace wushe::storage
