#include "storage/ElderlyRepository.h"

#include "rules/LedgerRules.h"
#include "rules/PinyinKey.h"
#include "rules/VisitSchedule.h"
#include "storage/PersonRepository.h"
#include "storage/RecordColumns.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wushe::storage {

namespace {

const QString kColumns = QStringLiteral(
    "person_id, name_key, id_number, birth_date, registered_on, categories, economic_sources, family_structure, "
    "health_status, care_situation, supporter_name, supporter_phone, supporter_workplace, helper_name, risk_tier, "
    "visit_interval, note");

QVariantMap recordBinds(const ElderlyRecord& record)
{
    return {{QStringLiteral(":person_id"), record.person.meta.id},
            {QStringLiteral(":name_key"), rules::pinyinKey(record.person.name)},
            {QStringLiteral(":id_number"), record.person.idNumber},
            {QStringLiteral(":birth_date"), record.person.birthDate.toString(Qt::ISODate)},
            {QStringLiteral(":registered_on"), record.registeredOn.toString(Qt::ISODate)},
            {QStringLiteral(":categories"), record.categories},
            {QStringLiteral(":economic_sources"), record.economicSources},
            {QStringLiteral(":family_structure"), kFamilyStructures.key(record.familyStructure)},
            {QStringLiteral(":health_status"), kHealthStatuses.key(record.healthStatus)},
            {QStringLiteral(":care_situation"), kCareSituations.key(record.careSituation)},
            {QStringLiteral(":supporter_name"), record.supporterName.trimmed()},
            {QStringLiteral(":supporter_phone"), record.supporterPhone.trimmed()},
            {QStringLiteral(":supporter_workplace"), record.supporterWorkplace.trimmed()},
            {QStringLiteral(":helper_name"), record.helperName.trimmed()},
            {QStringLiteral(":risk_tier"), kRiskTiers.key(record.riskTier)},
            {QStringLiteral(":visit_interval"), kVisitIntervals.key(rules::visitInterval(record))},
            {QStringLiteral(":note"), record.note}};
}

} // namespace

Result<LedgerLink> ElderlyRepository::add(ElderlyRecord& record)
{
    PersonRepository people(m_db, m_context);
    record.person.meta.orgCode = record.meta.orgCode;
    if (auto ok = people.validate(record.person); !ok)
        return std::unexpected(ok.error());
    if (auto ok = rules::checkElderly(record, m_context.clock->today()); !ok)
        return std::unexpected(ok.error());
    auto linked = people.addOrLink(record.person);
    if (!linked)
        return std::unexpected(linked.error());
    auto existing = findByPerson(record.person.meta.id);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(QStringLiteral("ledger.duplicate"),
                    QCoreApplication::translate("ElderlyRepository", "%1（%2）已在老年人台账中，不能重复登记")
                        .arg(record.person.name, record.person.idNumber));
    LedgerLink link{*linked, {}};
    if (*linked) {
        auto ledgers = people.ledgersOf(record.person.meta.id);
        if (!ledgers)
            return std::unexpected(ledgers.error());
        link.otherLedgers = *ledgers;
    }
    RecordMeta meta = record.meta;
    RecordColumns::stampNew(meta, m_context);
    if (auto ok = RecordColumns::insert(m_db, QStringLiteral("elderly_record"), kColumns, meta, recordBinds(record)); !ok)
        return std::unexpected(ok.error());
    record.meta = meta;
    return link;
}

Result<void> ElderlyRepository::update(ElderlyRecord& record)
{
    PersonRepository people(m_db, m_context);
    record.person.meta.orgCode = record.meta.orgCode;
    if (auto ok = people.validate(record.person); !ok)
        return ok;
    if (auto ok = rules::checkElderly(record, m_context.clock->today()); !ok)
        return ok;
    if (auto ok = people.update(record.person); !ok)
        return ok;
    QVariantMap binds = recordBinds(record);
    binds.insert(QStringLiteral(":org_code"), record.meta.orgCode); // a person may move to another village
    return RecordColumns::update(m_db, QStringLiteral("elderly_record"), record.meta,
                                 QStringLiteral("org_code = :org_code, ") + RecordColumns::assignments(kColumns), binds,
                                 m_context);
}

Result<void> ElderlyRepository::remove(ElderlyRecord& record)
{
    return RecordColumns::markDeleted(m_db, QStringLiteral("elderly_record"), record.meta, m_context);
}

Result<std::optional<ElderlyRecord>> ElderlyRepository::selectOne(const QString& where, const QVariantMap& binds) const
{
    QSqlQuery query(m_db);
    if (auto ok = prepare(query, QStringLiteral("SELECT %1, %2 FROM elderly_record WHERE %3")
                                     .arg(RecordColumns::names(), kColumns, where));
        !ok)
        return std::unexpected(ok.error());
    RecordColumns::bindAll(query, binds);
    if (auto ok = exec(query, QStringLiteral("select elderly_record")); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::optional<ElderlyRecord>{};
    ElderlyRecord record;
    record.meta = RecordColumns::read(query, 0);
    int column = 7;
    const QString personId = query.value(column++).toString();
    column += 3; // name_key, id_number, birth_date are copies of the person's
    record.registeredOn = QDate::fromString(query.value(column++).toString(), Qt::ISODate);
    record.categories = query.value(column++).toUInt();
    record.economicSources = query.value(column++).toUInt();
    record.familyStructure = kFamilyStructures.fromKey(query.value(column++).toString()).value_or(FamilyStructure::Other);
    record.healthStatus = kHealthStatuses.fromKey(query.value(column++).toString()).value_or(HealthStatus::BasicallyHealthy);
    record.careSituation = kCareSituations.fromKey(query.value(column++).toString()).value_or(CareSituation::None);
    record.supporterName = query.value(column++).toString();
    record.supporterPhone = query.value(column++).toString();
    record.supporterWorkplace = query.value(column++).toString();
    record.helperName = query.value(column++).toString();
    record.riskTier = kRiskTiers.fromKey(query.value(column++).toString()).value_or(RiskTier::General);
    ++column; // visit_interval is derived
    record.note = query.value(column++).toString();
    auto person = PersonRepository(m_db, m_context).findById(personId);
    if (!person)
        return std::unexpected(person.error());
    if (!*person)
        return fail(QStringLiteral("db.orphan"), QStringLiteral("elderly_record %1 without person").arg(record.meta.id));
    record.person = **person;
    return std::optional<ElderlyRecord>{record};
}

Result<std::optional<ElderlyRecord>> ElderlyRepository::find(const QString& id) const
{
    return selectOne(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}});
}

Result<std::optional<ElderlyRecord>> ElderlyRepository::findByPerson(const QString& personId) const
{
    return selectOne(QStringLiteral("person_id = :person AND deleted = 0"), {{QStringLiteral(":person"), personId}});
}

} // namespace wushe::storage
