#include "storage/VolunteerRepository.h"

#include "rules/PhoneNumber.h"
#include "storage/OrgUnitRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RegistryTable.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace wushe::storage {

namespace {

const RegistryTable<VolunteerTeam> kTeams{
    QStringLiteral("volunteer_team"),
    QStringLiteral("name, leader_name, phone, founded_on, note"),
    QStringLiteral("org_code, name"),
    [](const VolunteerTeam& team) {
        return QVariantMap{{QStringLiteral(":name"), team.name.trimmed()},
                           {QStringLiteral(":leader_name"), team.leaderName.trimmed()},
                           {QStringLiteral(":phone"), team.phone.trimmed()},
                           {QStringLiteral(":founded_on"), dateValue(team.foundedOn)},
                           {QStringLiteral(":note"), team.note}};
    },
    [](const QSqlQuery& q, int i, VolunteerTeam& team) {
        team.name = q.value(i).toString();
        team.leaderName = q.value(i + 1).toString();
        team.phone = q.value(i + 2).toString();
        team.foundedOn = dateOf(q.value(i + 3));
        team.note = q.value(i + 4).toString();
    }};

const RegistryTable<Volunteer> kVolunteers{
    QStringLiteral("volunteer"),
    QStringLiteral("person_id, team_id, volunteer_no, skills, registered_on"),
    QStringLiteral("org_code, registered_on, id"),
    [](const Volunteer& volunteer) {
        return QVariantMap{{QStringLiteral(":person_id"), volunteer.person.meta.id},
                           {QStringLiteral(":team_id"), idValue(volunteer.teamId)},
                           {QStringLiteral(":volunteer_no"), volunteer.volunteerNo.trimmed()},
                           {QStringLiteral(":skills"), volunteer.skills.trimmed()},
                           {QStringLiteral(":registered_on"), dateValue(volunteer.registeredOn)}};
    },
    // Only the person's id: selectVolunteers() loads the person.
    [](const QSqlQuery& q, int i, Volunteer& volunteer) {
        volunteer.person.meta.id = q.value(i).toString();
        volunteer.teamId = q.value(i + 1).toString();
        volunteer.volunteerNo = q.value(i + 2).toString();
        volunteer.skills = q.value(i + 3).toString();
        volunteer.registeredOn = dateOf(q.value(i + 4));
    }};

const RegistryTable<VolunteerService> kServices{
    QStringLiteral("volunteer_service"),
    QStringLiteral("volunteer_id, served_on, minutes, content, activity_id, with_social_worker"),
    QStringLiteral("served_on, id"),
    [](const VolunteerService& service) {
        return QVariantMap{{QStringLiteral(":volunteer_id"), service.volunteerId},
                           {QStringLiteral(":served_on"), dateValue(service.servedOn)},
                           {QStringLiteral(":minutes"), service.minutes},
                           {QStringLiteral(":content"), service.content.trimmed()},
                           {QStringLiteral(":activity_id"), idValue(service.activityId)},
                           {QStringLiteral(":with_social_worker"), service.withSocialWorker ? 1 : 0}};
    },
    [](const QSqlQuery& q, int i, VolunteerService& service) {
        service.volunteerId = q.value(i).toString();
        service.servedOn = dateOf(q.value(i + 1));
        service.minutes = q.value(i + 2).toInt();
        service.content = q.value(i + 3).toString();
        service.activityId = q.value(i + 4).toString();
        service.withSocialWorker = q.value(i + 5).toInt() != 0;
    }};

Result<void> knownDivision(const QSqlDatabase& db, const QString& code)
{
    auto org = OrgUnitRepository(db).find(code);
    if (!org)
        return std::unexpected(org.error());
    if (!*org)
        return fail(QStringLiteral("volunteer.org"),
                    QCoreApplication::translate("VolunteerRepository", "区划代码%1不在本数据库的辖区内").arg(code));
    return {};
}

Result<qint64> liveCount(const QSqlDatabase& db, const QString& table, const QString& id)
{
    return scalarInt(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = :id AND deleted = 0").arg(table),
                     {{QStringLiteral(":id"), id}});
}

} // namespace

// Teams --------------------------------------------------------------------

Result<void> VolunteerRepository::validate(const VolunteerTeam& team) const
{
    if (team.name.trimmed().isEmpty())
        return fail(QStringLiteral("volunteer_team.name"), QCoreApplication::translate("VolunteerRepository", "队伍名称不能为空"));
    if (team.foundedOn.isValid() && team.foundedOn > m_context.clock->today())
        return fail(QStringLiteral("volunteer_team.founded_on"),
                    QCoreApplication::translate("VolunteerRepository", "成立日期不能晚于今天"));
    if (auto phone = rules::checkPhoneNumber(team.phone); !phone)
        return std::unexpected(phone.error());
    return knownDivision(m_db, team.meta.orgCode);
}

Result<void> VolunteerRepository::addTeam(VolunteerTeam& team)
{
    if (auto ok = validate(team); !ok)
        return ok;
    return insertRow(m_db, m_context, kTeams, team);
}

Result<void> VolunteerRepository::updateTeam(VolunteerTeam& team)
{
    if (auto ok = validate(team); !ok)
        return ok;
    return updateRow(m_db, m_context, kTeams, team);
}

Result<void> VolunteerRepository::removeTeam(VolunteerTeam& team)
{
    auto members = scalarInt(m_db, QStringLiteral("SELECT count(*) FROM volunteer WHERE team_id = :team AND deleted = 0"),
                             {{QStringLiteral(":team"), team.meta.id}});
    if (!members)
        return std::unexpected(members.error());
    if (*members > 0)
        return fail(QStringLiteral("volunteer_team.members"),
                    QCoreApplication::translate("VolunteerRepository", "队伍还有%1名志愿者，请先调整他们的队伍").arg(*members));
    return tombstoneRow(m_db, m_context, kTeams, team);
}

Result<std::optional<VolunteerTeam>> VolunteerRepository::findTeam(const QString& id) const
{
    return findRow(m_db, kTeams, id);
}

Result<QList<VolunteerTeam>> VolunteerRepository::teams(const QString& underCode) const
{
    auto range = rangeUnder(m_db, underCode);
    if (!range)
        return std::unexpected(range.error());
    return selectRows(m_db, kTeams, QStringLiteral("org_code BETWEEN :low AND :high AND deleted = 0"),
                      {{QStringLiteral(":low"), range->low}, {QStringLiteral(":high"), range->high}});
}

// Volunteers ---------------------------------------------------------------

Result<void> VolunteerRepository::validate(Volunteer& volunteer) const
{
    if (auto ok = knownDivision(m_db, volunteer.meta.orgCode); !ok)
        return ok;
    if (volunteer.person.meta.orgCode.isEmpty())
        volunteer.person.meta.orgCode = volunteer.meta.orgCode;
    if (auto ok = PersonRepository(m_db, m_context).validate(volunteer.person); !ok)
        return ok;
    if (!volunteer.registeredOn.isValid())
        return fail(QStringLiteral("volunteer.registered_on"), QCoreApplication::translate("VolunteerRepository", "请填写注册日期"));
    if (volunteer.registeredOn > m_context.clock->today())
        return fail(QStringLiteral("volunteer.registered_on"),
                    QCoreApplication::translate("VolunteerRepository", "注册日期不能晚于今天"));
    if (!volunteer.teamId.isEmpty()) {
        auto team = liveCount(m_db, QStringLiteral("volunteer_team"), volunteer.teamId);
        if (!team)
            return std::unexpected(team.error());
        if (*team == 0)
            return fail(QStringLiteral("volunteer.team"), QCoreApplication::translate("VolunteerRepository", "所属队伍不存在"));
    }
    return {};
}

Result<bool> VolunteerRepository::add(Volunteer& volunteer)
{
    if (auto ok = validate(volunteer); !ok)
        return std::unexpected(ok.error());
    auto linked = PersonRepository(m_db, m_context).addOrLink(volunteer.person);
    if (!linked)
        return std::unexpected(linked.error());
    auto existing = scalarInt(m_db, QStringLiteral("SELECT count(*) FROM volunteer WHERE person_id = :person AND deleted = 0"),
                              {{QStringLiteral(":person"), volunteer.person.meta.id}});
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0)
        return fail(QStringLiteral("volunteer.duplicate"),
                    QCoreApplication::translate("VolunteerRepository", "%1（%2）已是注册志愿者")
                        .arg(volunteer.person.name, volunteer.person.idNumber));
    if (auto ok = insertRow(m_db, m_context, kVolunteers, volunteer); !ok)
        return std::unexpected(ok.error());
    return *linked;
}

Result<void> VolunteerRepository::update(Volunteer& volunteer)
{
    if (auto ok = validate(volunteer); !ok)
        return ok;
    if (auto ok = PersonRepository(m_db, m_context).update(volunteer.person); !ok)
        return ok;
    return updateRowAndOrgCode(m_db, m_context, kVolunteers, volunteer);
}

Result<void> VolunteerRepository::remove(Volunteer& volunteer)
{
    return tombstoneRow(m_db, m_context, kVolunteers, volunteer);
}

Result<QList<Volunteer>> VolunteerRepository::selectVolunteers(const QString& where, const QVariantMap& values) const
{
    auto volunteers = selectRows(m_db, kVolunteers, where, values);
    if (!volunteers)
        return volunteers;
    PersonRepository people(m_db, m_context);
    for (Volunteer& volunteer : *volunteers) {
        auto person = people.findById(volunteer.person.meta.id);
        if (!person)
            return std::unexpected(person.error());
        if (!*person)
            return fail(QStringLiteral("db.orphan"), QStringLiteral("volunteer %1 without person").arg(volunteer.meta.id));
        volunteer.person = **person;
    }
    return volunteers;
}

Result<std::optional<Volunteer>> VolunteerRepository::find(const QString& id) const
{
    return firstRow(selectVolunteers(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}}));
}

Result<QList<Volunteer>> VolunteerRepository::list(const QString& underCode, QDate from, QDate to) const
{
    auto range = rangeUnder(m_db, underCode);
    if (!range)
        return std::unexpected(range.error());
    return selectVolunteers(
        QStringLiteral("org_code BETWEEN :low AND :high AND deleted = 0 AND registered_on >= :from AND registered_on <= :to"),
        {{QStringLiteral(":low"), range->low},
         {QStringLiteral(":high"), range->high},
         {QStringLiteral(":from"), from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01")},
         {QStringLiteral(":to"), to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31")}});
}

// Service records ----------------------------------------------------------

Result<void> VolunteerRepository::validate(const VolunteerService& service) const
{
    if (auto ok = knownDivision(m_db, service.meta.orgCode); !ok)
        return ok;
    auto volunteer = liveCount(m_db, QStringLiteral("volunteer"), service.volunteerId);
    if (!volunteer)
        return std::unexpected(volunteer.error());
    if (*volunteer == 0)
        return fail(QStringLiteral("volunteer_service.volunteer"), QCoreApplication::translate("VolunteerRepository", "志愿者不存在"));
    if (!service.servedOn.isValid())
        return fail(QStringLiteral("volunteer_service.served_on"), QCoreApplication::translate("VolunteerRepository", "请填写服务日期"));
    if (service.servedOn > m_context.clock->today())
        return fail(QStringLiteral("volunteer_service.served_on"),
                    QCoreApplication::translate("VolunteerRepository", "服务日期不能晚于今天"));
    // A day has 24 hours; more on one record is a typing error (分钟 for 小时).
    if (service.minutes <= 0 || service.minutes > 24 * 60)
        return fail(QStringLiteral("volunteer_service.minutes"),
                    QCoreApplication::translate("VolunteerRepository", "服务时长应在1分钟到24小时之间"));
    if (!service.activityId.isEmpty()) {
        auto activity = liveCount(m_db, QStringLiteral("service_activity"), service.activityId);
        if (!activity)
            return std::unexpected(activity.error());
        if (*activity == 0)
            return fail(QStringLiteral("volunteer_service.activity"), QCoreApplication::translate("VolunteerRepository", "关联的服务活动不存在"));
    }
    return {};
}

Result<void> VolunteerRepository::addService(VolunteerService& service)
{
    if (auto ok = validate(service); !ok)
        return ok;
    return insertRow(m_db, m_context, kServices, service);
}

Result<void> VolunteerRepository::updateService(VolunteerService& service)
{
    if (auto ok = validate(service); !ok)
        return ok;
    return updateRow(m_db, m_context, kServices, service);
}

Result<void> VolunteerRepository::removeService(VolunteerService& service)
{
    return tombstoneRow(m_db, m_context, kServices, service);
}

Result<std::optional<VolunteerService>> VolunteerRepository::findService(const QString& id) const
{
    return findRow(m_db, kServices, id);
}

Result<QList<VolunteerService>> VolunteerRepository::servicesOf(const QString& volunteerId) const
{
    return selectRows(m_db, kServices, QStringLiteral("volunteer_id = :volunteer AND deleted = 0"),
                      {{QStringLiteral(":volunteer"), volunteerId}});
}

Result<QList<VolunteerService>> VolunteerRepository::services(const QString& underCode, QDate from, QDate to) const
{
    auto range = rangeUnder(m_db, underCode);
    if (!range)
        return std::unexpected(range.error());
    return selectRows(
        m_db, kServices,
        QStringLiteral("org_code BETWEEN :low AND :high AND deleted = 0 AND served_on >= :from AND served_on <= :to"),
        {{QStringLiteral(":low"), range->low},
         {QStringLiteral(":high"), range->high},
         {QStringLiteral(":from"), from.toString(Qt::ISODate)},
         {QStringLiteral(":to"), to.toString(Qt::ISODate)}});
}

Result<qint64> VolunteerRepository::serviceMinutes(const QString& underCode, QDate from, QDate to) const
{
    auto range = rangeUnder(m_db, underCode);
    if (!range)
        return std::unexpected(range.error());
    return scalarInt(m_db,
                     QStringLiteral("SELECT coalesce(sum(minutes), 0) FROM volunteer_service WHERE org_code BETWEEN :low "
                                    "AND :high AND deleted = 0 AND served_on >= :from AND served_on <= :to"),
                     {{QStringLiteral(":low"), range->low},
                      {QStringLiteral(":high"), range->high},
                      {QStringLiteral(":from"), from.toString(Qt::ISODate)},
                      {QStringLiteral(":to"), to.toString(Qt::ISODate)}});
}

} // namespace wushe::storage
