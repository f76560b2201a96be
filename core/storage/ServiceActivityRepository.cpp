#include "storage/ServiceActivityRepository.h"

#include "storage/OrgUnitRepository.h"
#include "storage/RegistryTable.h"

#include <QCoreApplication>

namespace wushe::storage {

namespace {

const RegistryTable<ServiceActivity> kActivities{
    QStringLiteral("service_activity"),
    QStringLiteral("held_on, domain, kind, societies, service_unit_id, title, people_served, "
                   "volunteer_minutes, money_fen, summary"),
    QStringLiteral("held_on, id"),
    [](const ServiceActivity& activity) {
        return QVariantMap{{QStringLiteral(":held_on"), dateValue(activity.heldOn)},
                           {QStringLiteral(":domain"), kServiceDomains.key(activity.domain)},
                           {QStringLiteral(":kind"), kActivityKinds.key(activity.kind)},
                           {QStringLiteral(":societies"), activity.societies},
                           {QStringLiteral(":service_unit_id"), idValue(activity.serviceUnitId)},
                           {QStringLiteral(":title"), activity.title},
                           {QStringLiteral(":people_served"), activity.peopleServed},
                           {QStringLiteral(":volunteer_minutes"), activity.volunteerMinutes},
                           {QStringLiteral(":money_fen"), activity.moneyFen},
                           {QStringLiteral(":summary"), activity.summary}};
    },
    [](const QSqlQuery& q, int i, ServiceActivity& activity) {
        activity.heldOn = dateOf(q.value(i));
        activity.domain = kServiceDomains.fromKey(q.value(i + 1).toString()).value_or(ServiceDomain::ElderlyCare);
        activity.kind = kActivityKinds.fromKey(q.value(i + 2).toString()).value_or(ActivityKind::Other);
        activity.societies = quint32(q.value(i + 3).toUInt());
        activity.serviceUnitId = q.value(i + 4).toString();
        activity.title = q.value(i + 5).toString();
        activity.peopleServed = q.value(i + 6).toInt();
        activity.volunteerMinutes = q.value(i + 7).toInt();
        activity.moneyFen = q.value(i + 8).toLongLong();
        activity.summary = q.value(i + 9).toString();
    }};
const QStringList kParticipantColumns{QStringLiteral("kind"), QStringLiteral("ref_id")};
const QStringList kPersonColumns{QStringLiteral("person_id")};

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
    const RecordMeta before = activity.meta;
    if (auto ok = insertRow(m_db, m_context, kActivities, activity); !ok)
        return ok;
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
    if (auto ok = updateRow(m_db, m_context, kActivities, activity); !ok)
        return ok;
    return saveLinks(activity, {});
}

Result<void> ServiceActivityRepository::remove(ServiceActivity& activity)
{
    if (auto ok = tombstoneRow(m_db, m_context, kActivities, activity); !ok)
        return ok;
    ServiceActivity none = activity;
    none.participants.clear();
    none.servedPersonIds.clear();
    return saveLinks(none, {});
}

Result<QList<ServiceActivity>> ServiceActivityRepository::select(const QString& where, const QVariantMap& values) const
{
    auto activities = selectRows(m_db, kActivities, where, values);
    if (!activities)
        return activities;
    for (ServiceActivity& activity : *activities) {
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
    return firstRow(select(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}}));
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
