#include "storage/ServiceActivityRepository.h"

#include "storage/OrgUnitRepository.h"
#include "storage/RecordColumns.h"
#include "storage/RegistryTable.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wushe::storage {

namespace {

const QString kTable = QStringLiteral("service_activity");
const QString kColumns = QStringLiteral("held_on, domain, kind, societies, service_unit_id, title, people_served, "
                                        "volunteer_minutes, money_fen, summary");
const QStringList kParticipantColumns{QStringLiteral("kind"), QStringLiteral("ref_id")};
const QStringList kPersonColumns{QStringLiteral("person_id")};

QVariantMap binds(const ServiceActivity& activity)
{
    return {{QStringLiteral(":held_on"), dateValue(activity.heldOn)},
            {QStringLiteral(":domain"), kServiceDomains.key(activity.domain)},
            {QStringLiteral(":kind"), kActivityKinds.key(activity.kind)},
            {QStringLiteral(":societies"), activity.societies},
            {QStringLiteral(":service_unit_id"), idValue(activity.serviceUnitId)},
            {QStringLiteral(":title"), activity.title},
            {QStringLiteral(":people_served"), activity.peopleServed},
            {QStringLiteral(":volunteer_minutes"), activity.volunteerMinutes},
            {QStringLiteral(":money_fen"), activity.moneyFen},
            {QStringLiteral(":summary"), activity.summary}};
}

} // namespace

Result<void> ServiceActivityRepository::validate(ServiceActivity& activity) const
{
    activity.title = activity.title.trimmed();
    if (activity.title.isEmpty())
        return fail(QStringLiteral("activity.title"), QCoreApplication::translate("ServiceActivityRepository", "请填写活动名称"));
    if (!activity.heldOn.isValid())
        return fail(QStringLiteral("activity.held_on"), QCoreApplication::translate("ServiceActivityRepository", "请填写活动日期"));
    if (activity.heldOn > m_context.clock->today())
        return fail(QStringLiteral("activity.held_on"),
                    QCoreApplication::translate("ServiceActivityRepository", "活动日期不能晚于今天"));
    if (activity.peopleServed < 0 || activity.volunteerMinutes < 0 || activity.moneyFen < 0)
        return fail(QStringLiteral("activity.negative"),
                    QCoreApplication::translate("ServiceActivityRepository", "服务人数、志愿服务时长和使用资金不能为负数"));
    if ((activity.societies & ~allBits(kSocieties)) != 0)
        return fail(QStringLiteral("activity.societies"), QCoreApplication::translate("ServiceActivityRepository", "参与主体不在“五社”之内"));
    auto org = OrgUnitRepository(m_db).find(activity.meta.orgCode);
    if (!org)
        return std::unexpected(org.error());
    if (!*org)
        return fail(QStringLiteral("activity.org"),
                    QCoreApplication::translate("ServiceActivityRepository", "区划代码%1不在本数据库的辖区内").arg(activity.meta.orgCode));
    if (!activity.serviceUnitId.isEmpty()) {
        auto unit = scalarInt(m_db, QStringLiteral("SELECT count(*) FROM service_unit WHERE id = :id AND deleted = 0"),
                              {{QStringLiteral(":id"), activity.serviceUnitId}});
        if (!unit)
            return std::unexpected(unit.error());
        if (*unit == 0)
            return fail(QStringLiteral("activity.unit"), QCoreApplication::translate("ServiceActivityRepository", "开展活动的站点不存在"));
    }
    // Taking part implies the society: a listed volunteer makes it volunteer work.
    for (const Participant& participant : activity.participants) {
        switch (participant.kind) {
        case ParticipantKind::Org: activity.societies |= quint32(Society::SocialOrg); break;
        case ParticipantKind::Volunteer: activity.societies |= quint32(Society::Volunteer); break;
        case ParticipantKind::SocialWorker: activity.societies |= quint32(Society::SocialWorker); break;
        }
    }
    return {};
}

Result<void> ServiceActivityRepository::saveLinks(const ServiceActivity& activity, const std::function<QString()>& newId)
{
    QList<QStringList> participants;
    for (const Participant& participant : activity.participants)
        participants << QStringList{kParticipantKinds.key(participant.kind), participant.refId};
    if (auto ok = syncLinks(m_db, m_context, QStringLiteral("activity_participant"), QStringLiteral("activity_id"),
                                         activity.meta.id, activity.meta.orgCode, kParticipantColumns, participants, newId);
        !ok)
        return ok;
    QList<QStringList> persons;
    if (!activity.meta.deleted)
        for (const QString& personId : activity.servedPersonIds)
            persons << QStringList{personId};
    return syncLinks(m_db, m_context, QStringLiteral("activity_person"), QStringLiteral("activity_id"),
                                  activity.meta.id, activity.meta.orgCode, kPersonColumns, persons, newId);
}

Result<void> ServiceActivityRepository::add(ServiceActivity& activity, const std::function<QString()>& newId)
{
    if (auto ok = validate(activity); !ok)
        return ok;
    RecordMeta meta = activity.meta;
    RecordColumns::stampNew(meta, m_context);
    if (auto ok = RecordColumns::insert(m_db, kTable, kColumns, meta, binds(activity)); !ok)
        return ok;
    const RecordMeta before = activity.meta;
    activity.meta = meta;
    if (auto ok = saveLinks(activity, newId); !ok) {
        activity.meta = before;
        return ok;
    }
    return {};
}

Result<void> ServiceActivityRepository::update(ServiceActivity& activity)
{
    if (auto ok = validate(activity); !ok)
        return ok;
    if (auto ok = RecordColumns::update(m_db, kTable, activity.meta, RecordColumns::assignments(kColumns), binds(activity),
                                        m_context);
        !ok)
        return ok;
    return saveLinks(activity, {});
}

Result<void> ServiceActivityRepository::remove(ServiceActivity& activity)
{
    if (auto ok = RecordColumns::markDeleted(m_db, kTable, activity.meta, m_context); !ok)
        return ok;
    ServiceActivity none = activity;
    none.participants.clear();
    none.servedPersonIds.clear();
    return saveLinks(none, {});
}

Result<QList<ServiceActivity>> ServiceActivityRepository::select(const QString& where, const QVariantMap& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = prepare(query, QStringLiteral("SELECT %1, %2 FROM service_activity WHERE %3 ORDER BY held_on, id")
                                     .arg(RecordColumns::names(), kColumns, where));
        !ok)
        return std::unexpected(ok.error());
    RecordColumns::bindAll(query, values);
    if (auto ok = exec(query, QStringLiteral("select service_activity")); !ok)
        return std::unexpected(ok.error());
    QList<ServiceActivity> activities;
    while (query.next()) {
        ServiceActivity activity;
        activity.meta = RecordColumns::read(query, 0);
        activity.heldOn = dateOf(query.value(7));
        activity.domain = kServiceDomains.fromKey(query.value(8).toString()).value_or(ServiceDomain::ElderlyCare);
        activity.kind = kActivityKinds.fromKey(query.value(9).toString()).value_or(ActivityKind::Other);
        activity.societies = quint32(query.value(10).toUInt());
        activity.serviceUnitId = query.value(11).toString();
        activity.title = query.value(12).toString();
        activity.peopleServed = query.value(13).toInt();
        activity.volunteerMinutes = query.value(14).toInt();
        activity.moneyFen = query.value(15).toLongLong();
        activity.summary = query.value(16).toString();
        activities << activity;
    }
    for (ServiceActivity& activity : activities) {
        auto participants = readLinks(m_db, QStringLiteral("activity_participant"),
                                                   QStringLiteral("activity_id"), activity.meta.id, kParticipantColumns);
        if (!participants)
            return std::unexpected(participants.error());
        for (const QStringList& row : *participants)
            activity.participants << Participant{kParticipantKinds.fromKey(row.at(0)).value_or(ParticipantKind::Volunteer),
                                                 row.at(1)};
        auto persons = readLinks(m_db, QStringLiteral("activity_person"), QStringLiteral("activity_id"),
                                              activity.meta.id, kPersonColumns);
        if (!persons)
            return std::unexpected(persons.error());
        for (const QStringList& row : *persons)
            activity.servedPersonIds << row.at(0);
    }
    return activities;
}

Result<std::optional<ServiceActivity>> ServiceActivityRepository::find(const QString& id) const
{
    auto found = select(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::optional<ServiceActivity>{} : std::optional<ServiceActivity>{found->first()};
}

Result<QList<ServiceActivity>> ServiceActivityRepository::list(const QString& underCode, QDate from, QDate to) const
{
    auto range = rangeUnder(m_db, underCode);
    if (!range)
        return std::unexpected(range.error());
    return select(QStringLiteral("org_code BETWEEN :low AND :high AND deleted = 0 AND held_on >= :from AND held_on <= :to"),
                  {{QStringLiteral(":low"), range->low},
                   {QStringLiteral(":high"), range->high},
                   {QStringLiteral(":from"), from.toString(Qt::ISODate)},
                   {QStringLiteral(":to"), to.toString(Qt::ISODate)}});
}

Result<QList<ServiceActivity>> ServiceActivityRepository::ofUnit(const QString& serviceUnitId, QDate from, QDate to) const
{
    return select(QStringLiteral("service_unit_id = :unit AND deleted = 0 AND held_on >= :from AND held_on <= :to"),
                  {{QStringLiteral(":unit"), serviceUnitId},
                   {QStringLiteral(":from"), from.toString(Qt::ISODate)},
                   {QStringLiteral(":to"), to.toString(Qt::ISODate)}});
}

} // namespace wushe::storage
