#include "storage/TrainingRepository.h"

#include "storage/OrgUnitRepository.h"
#include "storage/RegistryTable.h"

#include <QCoreApplication>

namespace wushe::storage {

namespace {

const RegistryTable<Training> kTrainings{
    QStringLiteral("training"),
    QStringLiteral("level, held_on, topic, minutes, organizer"),
    QStringLiteral("held_on, id"),
    [](const Training& training) {
        return QVariantMap{{QStringLiteral(":level"), kTrainingLevels.key(training.level)},
                           {QStringLiteral(":held_on"), dateValue(training.heldOn)},
                           {QStringLiteral(":topic"), training.topic.trimmed()},
                           {QStringLiteral(":minutes"), training.minutes},
                           {QStringLiteral(":organizer"), training.organizer.trimmed()}};
    },
    [](const QSqlQuery& q, int i, Training& training) {
        training.level = kTrainingLevels.fromKey(q.value(i).toString()).value_or(TrainingLevel::County);
        training.heldOn = dateOf(q.value(i + 1));
        training.topic = q.value(i + 2).toString();
        training.minutes = q.value(i + 3).toInt();
        training.organizer = q.value(i + 4).toString();
    }};
const QStringList kTraineeColumns{QStringLiteral("person_id"), QStringLiteral("role")};

QList<QStringList> traineeRows(const Training& training)
{
    QList<QStringList> rows;
    for (const Trainee& trainee : training.trainees)
        rows << QStringList{trainee.personId, kTraineeRoles.key(trainee.role)};
    return rows;
}

} // namespace

Result<void> TrainingRepository::validate(Training& training) const
{
    training.topic = training.topic.trimmed();
    if (training.topic.isEmpty())
        return fail(QStringLiteral("training.topic"), QCoreApplication::translate("TrainingRepository", "请填写培训主题"));
    if (!training.heldOn.isValid())
        return fail(QStringLiteral("training.held_on"), QCoreApplication::translate("TrainingRepository", "请填写培训日期"));
    if (training.heldOn > m_context.clock->today())
        return fail(QStringLiteral("training.held_on"), QCoreApplication::translate("TrainingRepository", "培训日期不能晚于今天"));
    if (training.minutes <= 0)
        return fail(QStringLiteral("training.minutes"), QCoreApplication::translate("TrainingRepository", "培训时长应大于0"));
    auto org = OrgUnitRepository(m_db).find(training.meta.orgCode);
    if (!org)
        return std::unexpected(org.error());
    if (!*org)
        return fail(QStringLiteral("training.org"),
                    QCoreApplication::translate("TrainingRepository", "区划代码%1不在本数据库的辖区内").arg(training.meta.orgCode));
    for (const Trainee& trainee : training.trainees) {
        auto known = scalarInt(m_db, QStringLiteral("SELECT count(*) FROM person WHERE id = :id AND deleted = 0"),
                               {{QStringLiteral(":id"), trainee.personId}});
        if (!known)
            return std::unexpected(known.error());
        if (*known == 0)
            return fail(QStringLiteral("training.trainee"), QCoreApplication::translate("TrainingRepository", "参训人员不存在"));
    }
    return {};
}

Result<void> TrainingRepository::add(Training& training, const std::function<QString()>& newId)
{
    if (auto ok = validate(training); !ok)
        return ok;
    const RecordMeta before = training.meta;
    if (auto ok = insertRow(m_db, m_context, kTrainings, training); !ok)
        return ok;
    if (auto ok = syncLinks(m_db, m_context, QStringLiteral("training_trainee"), QStringLiteral("training_id"),
                            training.meta.id, training.meta.orgCode, kTraineeColumns, traineeRows(training), newId);
        !ok) {
        training.meta = before;
        return ok;
    }
    return {};
}

Result<void> TrainingRepository::update(Training& training)
{
    if (auto ok = validate(training); !ok)
        return ok;
    if (auto ok = updateRow(m_db, m_context, kTrainings, training); !ok)
        return ok;
    return syncLinks(m_db, m_context, QStringLiteral("training_trainee"), QStringLiteral("training_id"),
                                  training.meta.id, training.meta.orgCode, kTraineeColumns, traineeRows(training));
}

Result<void> TrainingRepository::remove(Training& training)
{
    if (auto ok = tombstoneRow(m_db, m_context, kTrainings, training); !ok)
        return ok;
    return syncLinks(m_db, m_context, QStringLiteral("training_trainee"), QStringLiteral("training_id"),
                                  training.meta.id, training.meta.orgCode, kTraineeColumns, {});
}

Result<QList<Training>> TrainingRepository::select(const QString& where, const QVariantMap& values) const
{
    auto trainings = selectRows(m_db, kTrainings, where, values);
    if (!trainings)
        return trainings;
    for (Training& training : *trainings) {
        auto rows = readLinks(m_db, QStringLiteral("training_trainee"), QStringLiteral("training_id"),
                                           training.meta.id, kTraineeColumns);
        if (!rows)
            return std::unexpected(rows.error());
        for (const QStringList& row : *rows)
            training.trainees << Trainee{row.at(0), kTraineeRoles.fromKey(row.at(1)).value_or(TraineeRole::Staff)};
    }
    return trainings;
}

Result<std::optional<Training>> TrainingRepository::find(const QString& id) const
{
    return firstRow(select(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}}));
}

Result<QList<Training>> TrainingRepository::list(const QString& underCode, QDate from, QDate to) const
{
    auto range = rangeUnder(m_db, underCode);
    if (!range)
        return std::unexpected(range.error());
    return select(QStringLiteral("org_code BETWEEN :low AND :high AND deleted = 0 AND held_on >= :from AND held_on <= :to"),
                  {{QStringLiteral(":low"), range->low},
                   {QStringLiteral(":high"), range->high},
                   {QStringLiteral(":from"), from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01")},
                   {QStringLiteral(":to"), to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31")}});
}

Result<QList<Training>> TrainingRepository::attendedBy(const QString& personId) const
{
    return select(QStringLiteral("deleted = 0 AND id IN (SELECT training_id FROM training_trainee "
                                 "WHERE person_id = :person AND deleted = 0)"),
                  {{QStringLiteral(":person"), personId}});
}

} // namespace wushe::storage
