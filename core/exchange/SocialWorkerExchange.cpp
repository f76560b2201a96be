#include "exchange/SocialWorkerExchange.h"

#include "exchange/CommonFields.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace wushe::exchange {

SocialWorkerExchange::SocialWorkerExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units)
    : m_db(db), m_units(units), m_repository(std::move(db), std::move(context))
{
    using R = SocialWorker;
    QList<Field<R>> fields = personFields<R>([](auto& r) -> auto& { return r.person; }, false);
    fields << unitFields<R>(units, [](auto& r) -> auto& { return r.meta.orgCode; });
    fields << unitFields<R>(units, [](auto& r) -> auto& { return r.person.meta.orgCode; }, QStringLiteral("home_"),
                            QCoreApplication::translate("ExchangeColumns", "居住"));
    fields << Field<R>{column(QStringLiteral("station"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "所属站点")), CellKind::Text, {QStringLiteral("站点"), QStringLiteral("社工站")}, 22),
                       [this](const R& r) { return QVariant(m_stations ? m_stations->name(r.serviceUnitId) : QString()); },
                       [this](R& r, const QVariant& v) {
                           auto id = m_stations->idOf(v.toString(), QCoreApplication::translate("ExchangeColumns", "站点"), r.meta.orgCode);
                           r.serviceUnitId = id ? *id : QString();
                       }}
           << choiceField<R>(column(QStringLiteral("post"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "岗位")), CellKind::Choice, {}, 10),
                             kSocialWorkPosts, [](auto& r) -> auto& { return r.post; })
           << choiceField<R>(column(QStringLiteral("certificate_level"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "证书等级")), CellKind::Choice, {QStringLiteral("职业水平")}, 14),
                             kCertificateLevels, [](auto& r) -> auto& { return r.certificateLevel; })
           << textField<R>(column(QStringLiteral("certificate_no"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "证书编号")), CellKind::Text, {}, 18),
                           [](auto& r) -> auto& { return r.certificateNo; })
           << boolField<R>(column(QStringLiteral("community_worker"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "社区工作者")), CellKind::Bool, {QStringLiteral("是否社区工作者")}, 10),
                           [](auto& r) -> auto& { return r.isCommunityWorker; })
           << boolField<R>(column(QStringLiteral("sat_exam"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "参加职业水平考试")), CellKind::Bool, {}, 10),
                           [](auto& r) -> auto& { return r.satExam; })
           << textField<R>(column(QStringLiteral("employer"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "工作单位")), CellKind::Text, {QStringLiteral("所属机构")}, 20),
                           [](auto& r) -> auto& { return r.employer; })
           << dateField<R>(required(column(QStringLiteral("start_on"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "到岗日期")), CellKind::Date, {QStringLiteral("入职日期")})),
                           [](auto& r) -> auto& { return r.startOn; })
           << dateField<R>(column(QStringLiteral("end_on"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "离岗日期")), CellKind::Date, {QStringLiteral("离职日期")}),
                           [](auto& r) -> auto& { return r.endOn; });
    setFields(fields);
}

QString SocialWorkerExchange::title() const
{
    return QCoreApplication::translate("ExchangeColumns", "社会工作者名册");
}

Result<void> SocialWorkerExchange::loadStations() const
{
    return NameIndex::loadOnce(m_stations, m_db, NameIndex::stationsSql());
}

Result<void> SocialWorkerExchange::forEach(const ExportScope& scope, const std::function<bool(const SocialWorker&)>& visit) const
{
    if (auto ok = loadStations(); !ok)
        return ok;
    auto workers = m_repository.list(scope.filter.underCode.isEmpty() ? m_units->rootCode() : scope.filter.underCode);
    if (!workers)
        return std::unexpected(workers.error());
    for (const SocialWorker& worker : *workers)
        if (!visit(worker))
            break;
    return {};
}

Result<qint64> SocialWorkerExchange::count(const ExportScope& scope) const
{
    auto workers = m_repository.list(scope.filter.underCode.isEmpty() ? m_units->rootCode() : scope.filter.underCode);
    if (!workers)
        return std::unexpected(workers.error());
    return workers->size();
}

Result<std::optional<SocialWorker>> SocialWorkerExchange::findExisting(const ImportValues& values) const
{
    QSqlQuery query(m_db);
    if (auto ok = storage::prepare(query, QStringLiteral("SELECT w.id FROM social_worker w JOIN person p ON p.id = w.person_id "
                                                         "WHERE p.id_number = :id AND w.start_on = :start AND p.deleted = 0 "
                                                         "AND w.deleted = 0"));
        !ok)
        return std::unexpected(ok.error());
    query.bindValue(QStringLiteral(":id"), values.value(QStringLiteral("id_number")).toString());
    query.bindValue(QStringLiteral(":start"), values.value(QStringLiteral("start_on")).toDate().toString(Qt::ISODate));
    if (auto ok = storage::exec(query, QStringLiteral("social worker by id number")); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::optional<SocialWorker>{};
    return m_repository.find(query.value(0).toString());
}

Result<void> SocialWorkerExchange::add(SocialWorker& worker)
{
    auto linked = m_repository.add(worker);
    if (!linked)
        return std::unexpected(linked.error());
    return {};
}

Result<ApplyOutcome> SocialWorkerExchange::apply(const QList<ImportValues>& group)
{
    if (auto ok = loadStations(); !ok)
        return std::unexpected(ok.error());
    if (auto id = m_stations->idOf(group.first().value(QStringLiteral("station")).toString(),
                                   QCoreApplication::translate("ExchangeColumns", "站点"),
                                   group.first().value(QStringLiteral("org_code")).toString());
        !id)
        return std::unexpected(id.error());
    return RecordExchange::apply(group);
}

} // namespace wushe::exchange
