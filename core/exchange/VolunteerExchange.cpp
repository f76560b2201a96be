#include "exchange/VolunteerExchange.h"

#include "exchange/CommonFields.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace wushe::exchange {

VolunteerExchange::VolunteerExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units)
    : m_db(db), m_context(context), m_units(units), m_repository(std::move(db), std::move(context))
{
    using R = Volunteer;
    QList<Field<R>> fields = personFields<R>([](auto& r) -> auto& { return r.person; });
    fields << unitFields<R>(units, [](auto& r) -> auto& { return r.meta.orgCode; });
    fields << textField<R>(column(QStringLiteral("volunteer_no"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "志愿者编号")), CellKind::Text, {QStringLiteral("编号")}, 14),
                           [](auto& r) -> auto& { return r.volunteerNo; })
           << Field<R>{column(QStringLiteral("team"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "所属队伍")), CellKind::Text, {QStringLiteral("队伍"), QStringLiteral("志愿服务队")}, 18),
                       [this](const R& r) { return QVariant(m_teams ? m_teams->name(r.teamId) : QString()); },
                       [this](R& r, const QVariant& v) {
                           auto id = m_teams->idOf(v.toString(), QCoreApplication::translate("ExchangeColumns", "队伍"), r.meta.orgCode);
                           r.teamId = id ? *id : QString();
                       }}
           << textField<R>(column(QStringLiteral("skills"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "服务特长")), CellKind::Text, {QStringLiteral("特长")}, 16),
                           [](auto& r) -> auto& { return r.skills; })
           << dateField<R>(column(QStringLiteral("registered_on"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "注册日期")), CellKind::Date, {QStringLiteral("登记日期")}),
                           [](auto& r) -> auto& { return r.registeredOn; });
    setFields(fields);
}

QString VolunteerExchange::title() const
{
    return QCoreApplication::translate("ExchangeColumns", "志愿者名册");
}

Result<void> VolunteerExchange::loadTeams() const
{
    return NameIndex::loadOnce(m_teams, m_db, QStringLiteral("SELECT id, name, org_code FROM volunteer_team WHERE deleted = 0"));
}

Result<void> VolunteerExchange::forEach(const ExportScope& scope, const std::function<bool(const Volunteer&)>& visit) const
{
    if (auto ok = loadTeams(); !ok)
        return ok;
    auto volunteers = m_repository.list(scope.filter.underCode.isEmpty() ? m_units->rootCode() : scope.filter.underCode);
    if (!volunteers)
        return std::unexpected(volunteers.error());
    for (const Volunteer& volunteer : *volunteers)
        if (!visit(volunteer))
            break;
    return {};
}

Result<qint64> VolunteerExchange::count(const ExportScope& scope) const
{
    auto volunteers = m_repository.list(scope.filter.underCode.isEmpty() ? m_units->rootCode() : scope.filter.underCode);
    if (!volunteers)
        return std::unexpected(volunteers.error());
    return volunteers->size();
}

Result<std::optional<Volunteer>> VolunteerExchange::findExisting(const ImportValues& values) const
{
    QSqlQuery query(m_db);
    if (auto ok = storage::prepare(query, QStringLiteral("SELECT v.id FROM volunteer v JOIN person p ON p.id = v.person_id "
                                                         "WHERE p.id_number = :id AND p.deleted = 0 AND v.deleted = 0"));
        !ok)
        return std::unexpected(ok.error());
    query.bindValue(QStringLiteral(":id"), values.value(QStringLiteral("id_number")).toString());
    if (auto ok = storage::exec(query, QStringLiteral("volunteer by id number")); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::optional<Volunteer>{};
    return m_repository.find(query.value(0).toString());
}

void VolunteerExchange::initNew(Volunteer& volunteer) const
{
    volunteer.registeredOn = m_context.clock->today();
}

Result<void> VolunteerExchange::add(Volunteer& volunteer)
{
    auto linked = m_repository.add(volunteer);
    if (!linked)
        return std::unexpected(linked.error());
    return {};
}

Result<ApplyOutcome> VolunteerExchange::apply(const QList<ImportValues>& group)
{
    if (auto ok = loadTeams(); !ok)
        return std::unexpected(ok.error());
    m_createdTeams.clear();
    const QString team = group.first().value(QStringLiteral("team")).toString();
    if (!team.isEmpty() && !m_teams->contains(team)) {
        VolunteerTeam created;
        created.name = team;
        created.meta.orgCode = group.first().value(QStringLiteral("org_code")).toString();
        if (auto ok = m_repository.addTeam(created); !ok)
            return std::unexpected(ok.error());
        m_teams->insert(created.meta.id, created.name, created.meta.orgCode);
        m_createdTeams << created.meta.id;
    }
    if (!team.isEmpty())
        if (auto id = m_teams->idOf(team, QCoreApplication::translate("ExchangeColumns", "队伍"),
                                    group.first().value(QStringLiteral("org_code")).toString());
            !id)
            return std::unexpected(id.error());
    return RecordExchange::apply(group);
}

void VolunteerExchange::rolledBack()
{
    for (const QString& id : std::as_const(m_createdTeams))
        m_teams->remove(id);
    m_createdTeams.clear();
}

} // namespace wushe::exchange
