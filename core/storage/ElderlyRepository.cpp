#include "storage/ElderlyRepository.h"

#include "rules/LedgerRules.h"
#include "rules/VisitSchedule.h"

namespace wushe::storage {

namespace {

const QString kColumns = QStringLiteral(
    "categories, economic_sources, family_structure, health_status, care_situation, supporter_name, supporter_phone, "
    "supporter_workplace, helper_name, risk_tier, visit_interval, note");

QVariantMap recordBinds(const ElderlyRecord& record)
{
    return {{QStringLiteral(":categories"), record.categories},
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

void readRecord(ElderlyRecord& record, const QSqlQuery& query, int column)
{
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
}

} // namespace

ElderlyRepository::ElderlyRepository(QSqlDatabase db, WriteContext context)
    : m_table(std::move(db), context,
              {Ledger::Elderly, QStringLiteral("elderly_record"), kColumns, recordBinds, readRecord,
               [clock = context.clock](ElderlyRecord& record) { return rules::checkElderly(record, clock->today()); }})
{
}

Result<LedgerLink> ElderlyRepository::add(ElderlyRecord& record)
{
    return m_table.add(record);
}

Result<void> ElderlyRepository::update(ElderlyRecord& record)
{
    return m_table.update(record);
}

Result<void> ElderlyRepository::remove(ElderlyRecord& record)
{
    return m_table.remove(record);
}

Result<std::optional<ElderlyRecord>> ElderlyRepository::find(const QString& id) const
{
    return m_table.find(id);
}

Result<std::optional<ElderlyRecord>> ElderlyRepository::findByPerson(const QString& personId) const
{
    return m_table.findByPerson(personId);
}

} // namespace wushe::storage
