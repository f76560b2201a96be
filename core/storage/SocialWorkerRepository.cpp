#include "storage/SocialWorkerRepository.h"

#include "storage/OrgUnitRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RegistryTable.h"
#include "storage/ServiceUnitRepository.h"

#include <QCoreApplication>

namespace wushe::storage {

namespace {

const RegistryTable<SocialWorker> kWorkers{
    QStringLiteral("social_worker"),
    QStringLiteral("person_id, service_unit_id, post, certificate_level, certificate_no, "
                   "is_community_worker, sat_exam, employer, start_on, end_on"),
    QStringLiteral("org_code, start_on, id"),
    [](const SocialWorker& worker) {
        return QVariantMap{{QStringLiteral(":person_id"), worker.person.meta.id},
                           {QStringLiteral(":service_unit_id"), idValue(worker.serviceUnitId)},
                           {QStringLiteral(":post"), kSocialWorkPosts.key(worker.post)},
                           {QStringLiteral(":certificate_level"), kCertificateLevels.key(worker.certificateLevel)},
                           {QStringLiteral(":certificate_no"), worker.certificateNo.trimmed()},
                           {QStringLiteral(":is_community_worker"), worker.isCommunityWorker ? 1 : 0},
                           {QStringLiteral(":sat_exam"), worker.satExam ? 1 : 0},
                           {QStringLiteral(":employer"), worker.employer.trimmed()},
                           {QStringLiteral(":start_on"), dateValue(worker.startOn)},
                           {QStringLiteral(":end_on"), dateValue(worker.endOn)}};
    },
    // Only the person's id: select() loads the person.
    [](const QSqlQuery& q, int i, SocialWorker& worker) {
        worker.person.meta.id = q.value(i).toString();
        worker.serviceUnitId = q.value(i + 1).toString();
        worker.post = kSocialWorkPosts.fromKey(q.value(i + 2).toString()).value_or(SocialWorkPost::ResidentWorker);
        worker.certificateLevel = kCertificateLevels.fromKey(q.value(i + 3).toString()).value_or(CertificateLevel::None);
        worker.certificateNo = q.value(i + 4).toString();
        worker.isCommunityWorker = q.value(i + 5).toInt() != 0;
        worker.satExam = q.value(i + 6).toInt() != 0;
        worker.employer = q.value(i + 7).toString();
        worker.startOn = dateOf(q.value(i + 8));
        worker.endOn = dateOf(q.value(i + 9));
    }};

} // namespace

Result<void> SocialWorkerRepository::validate(SocialWorker& worker) const
{
    auto org = OrgUnitRepository(m_db).find(worker.meta.orgCode);
    if (!org)
        return std::unexpected(org.error());
    if (!*org)
        return fail(QStringLiteral("social_worker.org"), QCoreApplication::translate("SocialWorkerRepository", "区划代码%1不在本数据库的辖区内").arg(worker.meta.orgCode));
    // Where the person lives; a community worker usually lives in the community.
    if (worker.person.meta.orgCode.isEmpty() && (*org)->level == OrgLevel::Village)
        worker.person.meta.orgCode = worker.meta.orgCode;
    if (auto ok = PersonRepository(m_db, m_context).validate(worker.person); !ok)
        return ok;
    if (!worker.startOn.isValid())
        return fail(QStringLiteral("social_worker.start_on"), QCoreApplication::translate("SocialWorkerRepository", "请填写到岗日期"));
    if (worker.startOn > m_context.clock->today())
        return fail(QStringLiteral("social_worker.start_on"), QCoreApplication::translate("SocialWorkerRepository", "到岗日期不能晚于今天"));
    if (worker.endOn.isValid() && worker.endOn < worker.startOn)
        return fail(QStringLiteral("social_worker.end_on"), QCoreApplication::translate("SocialWorkerRepository", "离岗日期不能早于到岗日期"));
    worker.certificateNo = worker.certificateNo.trimmed();
    if (worker.certificateLevel == CertificateLevel::None && !worker.certificateNo.isEmpty())
        return fail(QStringLiteral("social_worker.certificate"), QCoreApplication::translate("SocialWorkerRepository", "填写了证书编号，请选择证书等级"));
    if (worker.satExam && !worker.isCommunityWorker)
        return fail(QStringLiteral("social_worker.sat_exam"), QCoreApplication::translate("SocialWorkerRepository", "“参加职业水平考试”只登记社区工作者"));
    if (!worker.serviceUnitId.isEmpty()) {
        auto unit = ServiceUnitRepository(m_db, m_context).find(worker.serviceUnitId);
        if (!unit)
            return std::unexpected(unit.error());
        if (!*unit || (*unit)->meta.deleted)
            return fail(QStringLiteral("social_worker.unit"), QCoreApplication::translate("SocialWorkerRepository", "所属站点不存在"));
    }
    return {};
}

Result<void> SocialWorkerRepository::checkOneCurrentPost(const SocialWorker& worker) const
{
    if (!worker.endOn.isNull())
        return {};
    auto current = scalarInt(m_db,
                             QStringLiteral("SELECT count(*) FROM social_worker WHERE person_id = :person "
                                            "AND deleted = 0 AND end_on IS NULL AND id <> :id"),
                             {{QStringLiteral(":person"), worker.person.meta.id},
                              {QStringLiteral(":id"), worker.meta.id.isEmpty() ? QStringLiteral("-") : worker.meta.id}});
    if (!current)
        return std::unexpected(current.error());
    if (*current > 0)
        return fail(QStringLiteral("social_worker.duplicate"),
                    QCoreApplication::translate("SocialWorkerRepository", "%1（%2）已有在岗记录，请先填写原岗位的离岗日期")
                        .arg(worker.person.name, worker.person.idNumber));
    return {};
}

Result<bool> SocialWorkerRepository::add(SocialWorker& worker)
{
    if (auto ok = validate(worker); !ok)
        return std::unexpected(ok.error());
    auto linked = PersonRepository(m_db, m_context).addOrLink(worker.person);
    if (!linked)
        return std::unexpected(linked.error());
    if (auto ok = checkOneCurrentPost(worker); !ok)
        return std::unexpected(ok.error());
    if (auto ok = insertRow(m_db, m_context, kWorkers, worker); !ok)
        return std::unexpected(ok.error());
    return *linked;
}

Result<void> SocialWorkerRepository::update(SocialWorker& worker)
{
    if (auto ok = validate(worker); !ok)
        return ok;
    if (auto ok = checkOneCurrentPost(worker); !ok)
        return ok;
    if (auto ok = PersonRepository(m_db, m_context).update(worker.person); !ok)
        return ok;
    return updateRowAndOrgCode(m_db, m_context, kWorkers, worker);
}

Result<void> SocialWorkerRepository::remove(SocialWorker& worker)
{
    return tombstoneRow(m_db, m_context, kWorkers, worker);
}

Result<QList<SocialWorker>> SocialWorkerRepository::select(const QString& where, const QVariantMap& values) const
{
    auto workers = selectRows(m_db, kWorkers, where, values);
    if (!workers)
        return workers;
    PersonRepository people(m_db, m_context);
    for (SocialWorker& worker : *workers) {
        auto person = people.findById(worker.person.meta.id);
        if (!person)
            return std::unexpected(person.error());
        if (!*person)
            return fail(QStringLiteral("db.orphan"), QStringLiteral("social_worker %1 without person").arg(worker.meta.id));
        worker.person = **person;
    }
    return workers;
}

Result<std::optional<SocialWorker>> SocialWorkerRepository::find(const QString& id) const
{
    return firstRow(select(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}}));
}

Result<QList<SocialWorker>> SocialWorkerRepository::list(const QString& underCode, QDate from, QDate to) const
{
    auto range = rangeUnder(m_db, underCode);
    if (!range)
        return std::unexpected(range.error());
    QString where = QStringLiteral("org_code BETWEEN :low AND :high AND deleted = 0");
    QVariantMap values{{QStringLiteral(":low"), range->low}, {QStringLiteral(":high"), range->high}};
    if (to.isValid()) {
        where += QStringLiteral(" AND start_on <= :to");
        values.insert(QStringLiteral(":to"), to.toString(Qt::ISODate));
    }
    if (from.isValid()) {
        where += QStringLiteral(" AND (end_on IS NULL OR end_on >= :from)");
        values.insert(QStringLiteral(":from"), from.toString(Qt::ISODate));
    }
    return select(where, values);
}

Result<QList<SocialWorker>> SocialWorkerRepository::atUnit(const QString& serviceUnitId, QDate day) const
{
    return select(QStringLiteral("service_unit_id = :unit AND deleted = 0 AND start_on <= :day "
                                 "AND (end_on IS NULL OR end_on >= :day)"),
                  {{QStringLiteral(":unit"), serviceUnitId}, {QStringLiteral(":day"), day.toString(Qt::ISODate)}});
}

} // namespace wushe::storage
