#pragma once

#include "Error.h"
#include "domain/ChildRecord.h"
#include "storage/LedgerLink.h"
#include "storage/PersonLedgerTable.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// 儿童台账. Writes expect the caller's transaction (storage::inTransaction).
class ChildRepository
{
public:
    ChildRepository(QSqlDatabase db, WriteContext context);

    // Adds the person (or links the existing one) and the ledger record; the same
    // person twice in this ledger is refused. A guardian ID number, when given,
    // must be valid; it is stored normalised.
    Result<LedgerLink> add(ChildRecord& record);
    // Saves the record and the person's own fields.
    Result<void> update(ChildRecord& record);
    Result<void> remove(ChildRecord& record); // tombstone

    Result<std::optional<ChildRecord>> find(const QString& id) const;
    Result<std::optional<ChildRecord>> findByPerson(const QString& personId) const;
    // Every listed record with its person, last visit and next due day, in one pass (exports).
    Result<void> forEachListed(const LedgerFilter& filter, LedgerSort sort, Qt::SortOrder order,
                               const std::function<bool(ChildRecord&&, QDate, QDate)>& visit) const
    {
        return m_table.forEachListed(filter, sort, order, visit);
    }

private:
    PersonLedgerTable<ChildRecord> m_table;
};

} // namespace wushe::storage
