#include "storage/ChildRepository.h"

#include "rules/IdNumber.h"
#include "rules/LedgerRules.h"
#include "rules/PhoneNumber.h"
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
    "categories, guardianship_type, guardian_name, "
    "guardian_relation, guardian_phone, guardian_id_number, father_name, father_workplace, father_phone, "
    "mother_name, mother_workplace, mother_phone, schooling, boarding, health, disability_note, income_sources, "
    "assistance, risk_tier, visit_interval, note");

QVariantMap recordBinds(const ChildRecord& record)
{
    return {{QStringLiteral(":categories"), record.categories},
            {QStringLiteral(":guardianship_type"), kGuardianshipTypes.key(record.guardianshipType)},
            {QStringLiteral(":guardian_name"), record.guardianName},
            {QStringLiteral(":guardian_relation"), record.guardianRelation},
            {QStringLiteral(":guardian_phone"), record.guardianPhone},
            {QStringLiteral(":guardian_id_number"), record.guardianIdNumber},
            {QStringLiteral(":father_name"), record.fatherName},
            {QStringLiteral(":father_workplace"), record.fatherWorkplace},
            {QStringLiteral(":father_phone"), record.fatherPhone},
            {QStringLiteral(":mother_name"), record.motherName},
            {QStringLiteral(":mother_workplace"), record.motherWorkplace},
            {QStringLiteral(":mother_phone"), record.motherPhone},
            {QStringLiteral(":schooling"), kSchoolings.key(record.schooling)},
            {QStringLiteral(":boarding"), record.boarding ? 1 : 0},
            {QStringLiteral(":health"), kChildHealths.key(record.health)},
            {QStringLiteral(":disability_note"), record.disabilityNote},
            {QStringLiteral(":income_sources"), record.incomeSources},
            {QStringLiteral(":assistance"), record.assistance},
            {QStringLiteral(":risk_tier"), kRiskTiers.key(record.riskTier)},
            {QStringLiteral(":visit_interval"), kVisitIntervals.key(rules::visitInterval(record))},
            {QStringLiteral(":note"), record.note}};
}

void trimFields(ChildRecord& record)
{
    for (QString* text : {&record.guardianName, &record.guardianRelation, &record.guardianPhone,
                          &record.fatherName, &record.fatherWorkplace, &record.fatherPhone, &record.motherName,
                          &record.motherWorkplace, &record.motherPhone, &record.disabilityNote})
        *text = text->trimmed();
}

// The ledger rules (ages, categories, phones), then the phones normalised and the
// guardian's ID number, if given, checked and normalised.
Result<void> checkRecord(ChildRecord& record, QDate today)
{
    trimFields(record);
    if (auto ok = rules::checkChild(record, today); !ok)
        return ok;
    for (QString* phone : {&record.guardianPhone, &record.fatherPhone, &record.motherPhone}) {
        auto checked = rules::checkPhoneNumber(*phone);
        if (!checked)
            return std::unexpected(checked.error());
        *phone = *checked;
    }
    if (rules::IdNumber::normalise(record.guardianIdNumber).isEmpty()) {
        record.guardianIdNumber.clear();
        return {};
    }
    auto guardian = rules::IdNumber::parse(record.guardianIdNumber, today);
    if (!guardian)
        return fail(QStringLiteral("child.guardian_id"), QCoreApplication::translate("ChildRepository", "监护人身份号码有误：%1").arg(guardian.error().message));
    if (guardian->text() == record.person.idNumber)
        return fail(QStringLiteral("child.guardian_id"), QCoreApplication::translate("ChildRepository", "监护人身份号码与儿童本人相同，请核对"));
    record.guardianIdNumber = guardian->text();
    return {};
}

void readRecord(ChildRecord& record, const QSqlQuery& query, int column)
{
    record.categories = query.value(column++).toUInt();
    record.guardianshipType =
        kGuardianshipTypes.fromKey(query.value(column++).toString()).value_or(GuardianshipType::Fair);
    record.guardianName = query.value(column++).toString();
    record.guardianRelation = query.value(column++).toString();
    record.guardianPhone = query.value(column++).toString();
    record.guardianIdNumber = query.value(column++).toString();
    record.fatherName = query.value(column++).toString();
    record.fatherWorkplace = query.value(column++).toString();
    record.fatherPhone = query.value(column++).toString();
    record.motherName = query.value(column++).toString();
    record.motherWorkplace = query.value(column++).toString();
    record.motherPhone = query.value(column++).toString();
    record.schooling = kSchoolings.fromKey(query.value(column++).toString()).value_or(Schooling::NotInSchool);
    record.boarding = query.value(column++).toInt() != 0;
    record.health = kChildHealths.fromKey(query.value(column++).toString()).value_or(ChildHealth::Healthy);
    record.disabilityNote = query.value(column++).toString();
    record.incomeSources = query.value(column++).toUInt();
    record.assistance = query.value(column++).toUInt();
    record.riskTier = kRiskTiers.fromKey(query.value(column++).toString()).value_or(RiskTier::General);
    ++column; // visit_interval is derived
    record.note = query.value(column++).toString();
}

} // namespace

ChildRepository::ChildRepository(QSqlDatabase db, WriteContext context)
    : m_table(std::move(db), context,
              {Ledger::Child, QStringLiteral("child_record"), kColumns, recordBinds, readRecord,
               [clock = context.clock](ChildRecord& record) { return checkRecord(record, clock->today()); }})
{
}

Result<LedgerLink> ChildRepository::add(ChildRecord& record)
{
    return m_table.add(record);
}

Result<void> ChildRepository::update(ChildRecord& record)
{
    return m_table.update(record);
}

Result<void> ChildRepository::remove(ChildRecord& record)
{
    return m_table.remove(record);
}

Result<std::optional<ChildRecord>> ChildRepository::find(const QString& id) const
{
    return m_table.find(id);
}

Result<std::optional<ChildRecord>> ChildRepository::findByPerson(const QString& personId) const
{
    return m_table.findByPerson(personId);
}

} // namespace wushe::storage
