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
    "person_id, name_key, id_number, birth_date, registered_on, categories, guardianship_type, guardian_name, "
    "guardian_relation, guardian_phone, guardian_id_number, father_name, father_workplace, father_phone, "
    "mother_name, mother_workplace, mother_phone, schooling, boarding, health, disability_note, income_sources, "
    "assistance, risk_tier, visit_interval, note");

QVariantMap recordBinds(const ChildRecord& record)
{
    return {{QStringLiteral(":person_id"), record.person.meta.id},
            {QStringLiteral(":name_key"), rules::pinyinKey(record.person.name)},
            {QStringLiteral(":id_number"), record.person.idNumber},
            {QStringLiteral(":birth_date"), record.person.birthDate.toString(Qt::ISODate)},
            {QStringLiteral(":registered_on"), record.registeredOn.toString(Qt::ISODate)},
            {QStringLiteral(":categories"), record.categories},
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

} // namespace

// The ledger rules (ages, categories, phones), then the phones normalised and the
// guardian's ID number, if given, checked and normalised.
Result<void> ChildRepository::check(ChildRecord& record) const
{
    trimFields(record);
    const QDate today = m_context.clock->today();
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

Result<LedgerLink> ChildRepository::add(ChildRecord& record)
{
    PersonRepository people(m_db, m_context);
    record.person.meta.orgCode = record.meta.orgCode;
    if (auto ok = people.validate(record.person); !ok)
        return std::unexpected(ok.error());
    if (auto ok = check(record); !ok)
        return std::unexpected(ok.error());
    auto linked = people.addOrLink(record.person);
    if (!linked)
        return std::unexpected(linked.error());
    auto existing = findByPerson(record.person.meta.id);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(QStringLiteral("ledger.duplicate"),
                    QCoreApplication::translate("ChildRepository", "%1（%2）已在儿童台账中，不能重复登记").arg(record.person.name, record.person.idNumber));
    LedgerLink link{*linked, {}};
    if (*linked) {
        auto ledgers = people.ledgersOf(record.person.meta.id);
        if (!ledgers)
            return std::unexpected(ledgers.error());
        link.otherLedgers = *ledgers;
    }
    RecordMeta meta = record.meta;
    RecordColumns::stampNew(meta, m_context);
    if (auto ok = RecordColumns::insert(m_db, QStringLiteral("child_record"), kColumns, meta, recordBinds(record)); !ok)
        return std::unexpected(ok.error());
    record.meta = meta;
    return link;
}

Result<void> ChildRepository::update(ChildRecord& record)
{
    PersonRepository people(m_db, m_context);
    record.person.meta.orgCode = record.meta.orgCode;
    if (auto ok = people.validate(record.person); !ok)
        return ok;
    if (auto ok = check(record); !ok)
        return ok;
    if (auto ok = people.update(record.person); !ok)
        return ok;
    QVariantMap binds = recordBinds(record);
    binds.insert(QStringLiteral(":org_code"), record.meta.orgCode); // a child may move to another village
    return RecordColumns::update(m_db, QStringLiteral("child_record"), record.meta,
                                 QStringLiteral("org_code = :org_code, ") + RecordColumns::assignments(kColumns), binds,
                                 m_context);
}

Result<void> ChildRepository::remove(ChildRecord& record)
{
    return RecordColumns::markDeleted(m_db, QStringLiteral("child_record"), record.meta, m_context);
}

Result<std::optional<ChildRecord>> ChildRepository::selectOne(const QString& where, const QVariantMap& binds) const
{
    QSqlQuery query(m_db);
    if (auto ok = prepare(query, QStringLiteral("SELECT %1, %2 FROM child_record WHERE %3")
                                     .arg(RecordColumns::names(), kColumns, where));
        !ok)
        return std::unexpected(ok.error());
    RecordColumns::bindAll(query, binds);
    if (auto ok = exec(query, QStringLiteral("select child_record")); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::optional<ChildRecord>{};
    ChildRecord record;
    record.meta = RecordColumns::read(query, 0);
    int column = 7;
    const QString personId = query.value(column++).toString();
    column += 3; // name_key, id_number, birth_date are copies of the person's
    record.registeredOn = QDate::fromString(query.value(column++).toString(), Qt::ISODate);
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
    auto person = PersonRepository(m_db, m_context).findById(personId);
    if (!person)
        return std::unexpected(person.error());
    if (!*person)
        return fail(QStringLiteral("db.orphan"), QStringLiteral("child_record %1 without person").arg(record.meta.id));
    record.person = **person;
    return std::optional<ChildRecord>{record};
}

Result<std::optional<ChildRecord>> ChildRepository::find(const QString& id) const
{
    return selectOne(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}});
}

Result<std::optional<ChildRecord>> ChildRepository::findByPerson(const QString& personId) const
{
    return selectOne(QStringLiteral("person_id = :person AND deleted = 0"), {{QStringLiteral(":person"), personId}});
}

} // namespace wushe::storage
