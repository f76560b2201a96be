#pragma once

#include "Error.h"
#include "domain/ReliefHousehold.h"
#include "storage/LedgerLink.h"
#include "storage/WriteContext.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// 社会救助台账: households (以家庭为单位) with their members. A person is a live
// member of at most one household. Writes expect the caller's transaction
// (storage::inTransaction): a refused member leaves earlier members' person rows
// behind until the caller rolls back.
class ReliefRepository
{
public:
    ReliefRepository(QSqlDatabase db, WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    // Checks every member's person (as living in the household's village) and the
    // household rules, adds or links each member's person, and stores the household
    // (its ledger row shows members[0], the head) and one member row each.
    // Returns one LedgerLink per member, in household.members order, so front() is
    // the head's: "已关联到已有人员（同时在：老年人台账）" can be said of each member.
    // A person already in another live household is refused (relief.member_elsewhere).
    Result<QList<LedgerLink>> add(ReliefHousehold& household);
    // Saves the household fields and its members: members not stored yet are added
    // (or linked) as in add(), stored members missing from the list are tombstoned,
    // changed ones (relationship, work ability, health, the person's own fields) are
    // updated. Members are matched by person. The household's version guards the
    // whole household: every update() bumps it.
    Result<void> update(ReliefHousehold& household);
    // Tombstones the household and its live members.
    Result<void> remove(ReliefHousehold& household);

    // The household with its members, head first, then in the order they were added.
    // A removed household comes with its tombstoned member rows.
    Result<std::optional<ReliefHousehold>> find(const QString& id) const;
    // The live household the person is a member of (head or not).
    Result<std::optional<ReliefHousehold>> findByMember(const QString& personId) const;

private:
    struct StoredMember
    {
        RecordMeta meta;
        QString personId;
        Relationship relationship = Relationship::Other;
        WorkAbility workAbility = WorkAbility::Full;
        MemberHealth health = MemberHealth::Healthy;
    };

    Result<void> check(ReliefHousehold& household) const;
    Result<void> refuseMemberElsewhere(const Person& person, const QString& householdId) const;
    Result<LedgerLink> linkOf(const Person& person, bool linked) const;
    Result<void> insertMember(const ReliefHousehold& household, ReliefMember& member);
    Result<QList<StoredMember>> storedMembers(const QString& householdId, bool deleted) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
