#include "storage/ReliefRepository.h"

#include "rules/LedgerRules.h"
#include "rules/PinyinKey.h"
#include "storage/PersonRepository.h"
#include "storage/RecordColumns.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace wushe::storage {

namespace {


const QString kHouseholdTable = QStringLiteral("relief_household");
const QString kMemberTable = QStringLiteral("relief_member");

const QString kHouseholdColumns = QStringLiteral(
    "head_person_id, name_key, id_number, birth_date, registered_on, category, self_care, monthly_amount_fen, "
    "start_on, status, review_cycle, address, note");
const QString kMemberColumns = QStringLiteral("household_id, person_id, relationship, work_ability, health");

QVariantMap householdBinds(const ReliefHousehold& household)
{
    const Person& head = household.members.first().person;
    return {{QStringLiteral(":head_person_id"), head.meta.id},
            {QStringLiteral(":name_key"), rules::pinyinKey(head.name)},
            {QStringLiteral(":id_number"), head.idNumber},
            {QStringLiteral(":birth_date"), head.birthDate.toString(Qt::ISODate)},
            {QStringLiteral(":registered_on"), household.registeredOn.toString(Qt::ISODate)},
            {QStringLiteral(":category"), kReliefCategories.key(household.category)},
            {QStringLiteral(":self_care"), kSelfCares.key(household.selfCare)},
            {QStringLiteral(":monthly_amount_fen"), household.monthlyAmountFen},
            {QStringLiteral(":start_on"), household.startOn.toString(Qt::ISODate)},
            {QStringLiteral(":status"), kReliefStatuses.key(household.status)},
            {QStringLiteral(":review_cycle"), kReviewCycles.key(household.reviewCycle)},
            {QStringLiteral(":address"), household.address},
            {QStringLiteral(":note"), household.note}};
}

QVariantMap memberBinds(const QString& householdId, const ReliefMember& member)
{
    return {{QStringLiteral(":household_id"), householdId},
            {QStringLiteral(":person_id"), member.person.meta.id},
            {QStringLiteral(":relationship"), kRelationships.key(member.relationship)},
            {QStringLiteral(":work_ability"), kWorkAbilities.key(member.workAbility)},
            {QStringLiteral(":health"), kMemberHealths.key(member.health)}};
}

// The fields a user edits on a person (the rest derive from the ID number).
bool samePersonFields(const Person& a, const Person& b)
{
    return a.idNumber == b.idNumber && a.name == b.name && a.phone == b.phone && a.address == b.address
           && a.ethnicity == b.ethnicity;
}

} // namespace

Result<void> ReliefRepository::check(ReliefHousehold& household) const
{
    PersonRepository people(m_db, m_context);
    household.address = household.address.trimmed();
    for (ReliefMember& member : household.members) {
        member.person.meta.orgCode = household.meta.orgCode;
        if (auto ok = people.validate(member.person); !ok)
            return ok;
    }
    return rules::checkRelief(household, m_context.clock->today());
}

Result<void> ReliefRepository::refuseMemberElsewhere(const Person& person, const QString& householdId) const
{
    QSqlQuery query(m_db);
    if (auto ok = prepare(query, QStringLiteral("SELECT head.name, unit.name FROM relief_member AS m "
                                                "JOIN relief_household AS h ON h.id = m.household_id "
                                                "JOIN person AS head ON head.id = h.head_person_id "
                                                "LEFT JOIN org_unit AS unit ON unit.code = h.org_code "
                                                "WHERE m.person_id = :person AND m.deleted = 0 "
                                                "AND m.household_id <> :household LIMIT 1"));
        !ok)
        return ok;
    query.bindValue(QStringLiteral(":person"), person.meta.id);
    query.bindValue(QStringLiteral(":household"), householdId);
    if (auto ok = exec(query, QStringLiteral("relief member elsewhere")); !ok)
        return ok;
    if (!query.next())
        return {};
    return fail(QStringLiteral("relief.member_elsewhere"),
                QCoreApplication::translate("ReliefRepository", "%1（%2）已是%3户主“%4”家的救助家庭成员，一人只能在一个救助家庭中；请先从原家庭中移除")
                    .arg(person.name, person.idNumber, query.value(1).toString(), query.value(0).toString()));
}

Result<LedgerLink> ReliefRepository::linkOf(const Person& person, bool linked) const
{
    LedgerLink link{linked, {}};
    if (linked) {
        auto ledgers = PersonRepository(m_db, m_context).ledgersOf(person.meta.id);
        if (!ledgers)
            return std::unexpected(ledgers.error());
        link.otherLedgers = *ledgers;
    }
    return link;
}

Result<void> ReliefRepository::insertMember(const ReliefHousehold& household, ReliefMember& member)
{
    RecordMeta meta = member.meta;
    // A member row is never reused, even when the caller copied a stored one; an id
    // preset on a new member (seeded demo data) is kept, as every add() does.
    if (!meta.isNew())
        meta.id.clear();
    meta.orgCode = household.meta.orgCode;
    RecordColumns::stampNew(meta, m_context);
    if (auto ok = RecordColumns::insert(m_db, kMemberTable, kMemberColumns, meta, memberBinds(household.meta.id, member));
        !ok)
        return ok;
    member.meta = meta;
    return {};
}

Result<QList<LedgerLink>> ReliefRepository::add(ReliefHousehold& household)
{
    if (auto ok = check(household); !ok)
        return std::unexpected(ok.error());
    RecordMeta meta = household.meta;
    RecordColumns::stampNew(meta, m_context);
    PersonRepository people(m_db, m_context);
    QList<LedgerLink> links;
    for (ReliefMember& member : household.members) {
        auto linked = people.addOrLink(member.person);
        if (!linked)
            return std::unexpected(linked.error());
        if (auto ok = refuseMemberElsewhere(member.person, meta.id); !ok)
            return std::unexpected(ok.error());
        auto link = linkOf(member.person, *linked);
        if (!link)
            return std::unexpected(link.error());
        links << *link;
    }
    if (auto ok = RecordColumns::insert(m_db, kHouseholdTable, kHouseholdColumns, meta, householdBinds(household)); !ok)
        return std::unexpected(ok.error());
    household.meta = meta;
    for (ReliefMember& member : household.members)
        if (auto ok = insertMember(household, member); !ok)
            return std::unexpected(ok.error());
    return links;
}

Result<void> ReliefRepository::update(ReliefHousehold& household)
{
    if (household.meta.isNew() || household.meta.deleted)
        return fail(QStringLiteral("relief.not_saved"), QCoreApplication::translate("ReliefRepository", "这户未保存或已删除，不能修改"));
    if (auto ok = check(household); !ok)
        return ok;
    PersonRepository people(m_db, m_context);
    for (ReliefMember& member : household.members) {
        if (member.person.meta.id.isEmpty()) {
            if (auto linked = people.addOrLink(member.person); !linked)
                return std::unexpected(linked.error());
        } else {
            auto stored = people.findById(member.person.meta.id);
            if (!stored)
                return std::unexpected(stored.error());
            if (!*stored || (*stored)->meta.deleted) {
                return fail(QStringLiteral("db.conflict"),
                            QCoreApplication::translate("ReliefRepository", "%1的人员信息已被其他人删除，请重新打开后再保存").arg(member.person.name));
            }
            if (!samePersonFields(**stored, member.person)) {
                if (auto ok = people.update(member.person); !ok)
                    return ok;
            } else {
                member.person = **stored;
            }
        }
        if (auto ok = refuseMemberElsewhere(member.person, household.meta.id); !ok)
            return ok;
    }

    // The household row first: its version check guards the whole household.
    QVariantMap binds = householdBinds(household);
    binds.insert(QStringLiteral(":org_code"), household.meta.orgCode);
    if (auto ok = RecordColumns::update(m_db, kHouseholdTable, household.meta,
                                        QStringLiteral("org_code = :org_code, ")
                                            + RecordColumns::assignments(kHouseholdColumns),
                                        binds, m_context);
        !ok)
        return ok;

    auto stored = storedMembers(household.meta.id, false);
    if (!stored)
        return std::unexpected(stored.error());
    QHash<QString, StoredMember> byPerson;
    for (const StoredMember& row : *stored)
        byPerson.insert(row.personId, row);
    for (ReliefMember& member : household.members) {
        const auto found = byPerson.constFind(member.person.meta.id);
        if (found == byPerson.cend()) {
            if (auto ok = insertMember(household, member); !ok)
                return ok;
            continue;
        }
        StoredMember row = *found;
        byPerson.erase(found);
        member.meta = row.meta;
        if (row.relationship == member.relationship && row.workAbility == member.workAbility
            && row.health == member.health && row.meta.orgCode == household.meta.orgCode)
            continue;
        QVariantMap memberValues = memberBinds(household.meta.id, member);
        memberValues.insert(QStringLiteral(":org_code"), household.meta.orgCode);
        if (auto ok = RecordColumns::update(
                m_db, kMemberTable, member.meta,
                QStringLiteral("org_code = :org_code, relationship = :relationship, work_ability = :work_ability, "
                               "health = :health"),
                memberValues, m_context);
            !ok)
            return ok;
        member.meta.orgCode = household.meta.orgCode;
    }
    // Whoever is left has left the household.
    for (StoredMember& row : byPerson)
        if (auto ok = RecordColumns::markDeleted(m_db, kMemberTable, row.meta, m_context); !ok)
            return ok;
    return {};
}

Result<void> ReliefRepository::remove(ReliefHousehold& household)
{
    if (auto ok = RecordColumns::markDeleted(m_db, kHouseholdTable, household.meta, m_context); !ok)
        return ok;
    auto stored = storedMembers(household.meta.id, false);
    if (!stored)
        return std::unexpected(stored.error());
    for (StoredMember& row : *stored) {
        if (auto ok = RecordColumns::markDeleted(m_db, kMemberTable, row.meta, m_context); !ok)
            return ok;
        for (ReliefMember& member : household.members)
            if (member.meta.id == row.meta.id)
                member.meta = row.meta;
    }
    return {};
}

Result<QList<ReliefRepository::StoredMember>> ReliefRepository::storedMembers(const QString& householdId,
                                                                               bool deleted) const
{
    QSqlQuery query(m_db);
    if (auto ok = prepare(query, QStringLiteral("SELECT %1, person_id, relationship, work_ability, health "
                                                "FROM relief_member WHERE household_id = :household "
                                                "AND deleted = :deleted ORDER BY rowid")
                                     .arg(RecordColumns::names()));
        !ok)
        return std::unexpected(ok.error());
    query.bindValue(QStringLiteral(":household"), householdId);
    query.bindValue(QStringLiteral(":deleted"), deleted ? 1 : 0);
    if (auto ok = exec(query, QStringLiteral("select relief_member")); !ok)
        return std::unexpected(ok.error());
    QList<StoredMember> rows;
    while (query.next()) {
        StoredMember row;
        row.meta = RecordColumns::read(query, 0);
        row.personId = query.value(7).toString();
        row.relationship = kRelationships.fromKey(query.value(8).toString()).value_or(Relationship::Other);
        row.workAbility = kWorkAbilities.fromKey(query.value(9).toString()).value_or(WorkAbility::Full);
        row.health = kMemberHealths.fromKey(query.value(10).toString()).value_or(MemberHealth::Healthy);
        rows << row;
    }
    return rows;
}

Result<std::optional<ReliefHousehold>> ReliefRepository::find(const QString& id) const
{
    QSqlQuery query(m_db);
    if (auto ok = prepare(query, QStringLiteral("SELECT %1, %2 FROM relief_household WHERE id = :id")
                                     .arg(RecordColumns::names(), kHouseholdColumns));
        !ok)
        return std::unexpected(ok.error());
    query.bindValue(QStringLiteral(":id"), id);
    if (auto ok = exec(query, QStringLiteral("select relief_household")); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::optional<ReliefHousehold>{};
    ReliefHousehold household;
    household.meta = RecordColumns::read(query, 0);
    int column = 7;
    const QString headId = query.value(column++).toString();
    column += 3; // name_key, id_number, birth_date are copies of the head's
    household.registeredOn = QDate::fromString(query.value(column++).toString(), Qt::ISODate);
    household.category = kReliefCategories.fromKey(query.value(column++).toString()).value_or(ReliefCategory::DibaoRural);
    household.selfCare = kSelfCares.fromKey(query.value(column++).toString()).value_or(SelfCare::NotAssessed);
    household.monthlyAmountFen = query.value(column++).toLongLong();
    household.startOn = QDate::fromString(query.value(column++).toString(), Qt::ISODate);
    household.status = kReliefStatuses.fromKey(query.value(column++).toString()).value_or(ReliefStatus::Active);
    household.reviewCycle = kReviewCycles.fromKey(query.value(column++).toString()).value_or(ReviewCycle::Year);
    household.address = query.value(column++).toString();
    household.note = query.value(column++).toString();

    auto rows = storedMembers(household.meta.id, household.meta.deleted);
    if (!rows)
        return std::unexpected(rows.error());
    PersonRepository people(m_db, m_context);
    for (const StoredMember& row : *rows) {
        auto person = people.findById(row.personId);
        if (!person)
            return std::unexpected(person.error());
        if (!*person)
            return fail(QStringLiteral("db.orphan"), QStringLiteral("relief_member %1 without person").arg(row.meta.id));
        ReliefMember member{row.meta, **person, row.relationship, row.workAbility, row.health};
        if (row.personId == headId)
            household.members.prepend(member);
        else
            household.members.append(member);
    }
    return std::optional<ReliefHousehold>{household};
}

Result<std::optional<ReliefHousehold>> ReliefRepository::findByMember(const QString& personId) const
{
    QSqlQuery query(m_db);
    if (auto ok = prepare(query, QStringLiteral("SELECT household_id FROM relief_member "
                                                "WHERE person_id = :person AND deleted = 0"));
        !ok)
        return std::unexpected(ok.error());
    query.bindValue(QStringLiteral(":person"), personId);
    if (auto ok = exec(query, QStringLiteral("select relief_member by person")); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::optional<ReliefHousehold>{};
    return find(query.value(0).toString());
}

} // namespace wushe::storage
