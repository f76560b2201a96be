#pragma once

#include "Error.h"
#include "storage/ChangeLogRepository.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

namespace wushe::storage {

// The inverse of logged changes, row by row, for undo and redo (ops::Operations::
// revert): an insert is tombstoned, a delete restored, a restore tombstoned again,
// an update's columns set back to their old values. Each write goes through the
// common columns (version checked and bumped, updated_by stamped), so the revert is
// logged like any change. A row changed since is refused: nothing is overwritten.
class ChangeReverter
{
public:
    ChangeReverter(QSqlDatabase db, WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    // Reverts the entries of a batch, newest first.
    Result<void> revertBatch(qint64 batchId);
    // Brings back a tombstoned row.
    Result<void> restore(const QString& table, const QString& id);

private:
    Result<void> revertEntry(const ChangeEntry& entry);
    Result<void> requireLoggedTable(const QString& table) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
