#pragma once

#include "Error.h"
#include "domain/ElderlyRecord.h"
#include "storage/LedgerLink.h"
#include "storage/PersonLedgerTable.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// 老年人台账. Writes expect the caller's transaction (storage::inTransaction).
class ElderlyRepository
{
public:
    ElderlyRepository(QSqlDatabase db, WriteContext context);

    // Adds the person (or links the existing one) and the ledger record; the same
    // person twice in this ledger is refused.
    Result<LedgerLink> add(ElderlyRecord& record);
    // Saves the record and the person's own fields.
    Result<void> update(ElderlyRecord& record);
    Result<void> remove(ElderlyRecord& record); // tombstone

    Result<std::optional<ElderlyRecord>> find(const QString& id) const;
    Result<std::optional<ElderlyRecord>> findByPerson(const QString& personId) const;
    // Every listed record with its person, last visit and next due day, in one pass (exports).
    Result<void> forEachListed(const LedgerFilter& filter, LedgerSort sort, Qt::SortOrder order,
                               const std::function<bool(ElderlyRecord&&, QDate, QDate)>& visit) const
    {
        return m_table.forEachListed(filter, sort, order, visit);
    }

private:
    PersonLedgerTable<ElderlyRecord> m_table;
};

} // namespace wushe::storage
