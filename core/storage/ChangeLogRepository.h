#pragma once

#include "Error.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace wushe::storage {

// One user-level change as the operations layer opens it (table change_batch).
struct ChangeBatch
{
    qint64 id = 0;
    QDateTime startedAt; // UTC
    QString operatorLogin;
    QString operatorName;
    QString operatorRole;
    QString operatorUnit;
    QString kind;    // e.g. elderly.save
    QString summary; // e.g. 保存老年人台账：张三
    qint64 reverts = 0; // undo/redo: the batch this one reverses (0: none)
    bool logRows = true;
    bool bulkInserts = false; // an import: new rows are logged in bulk when the batch closes
};

// One changed row (table change_log).
struct ChangeEntry
{
    qint64 seq = 0;
    qint64 batch = 0;
    QString changedAt;
    QString operatorLogin;
    QString installationId;
    QString table;
    QString rowId;
    QString orgCode;
    QString operation; // insert, update, delete, restore
    int rowVersion = 0;
    QVariantMap oldValues; // column → value before (updates)
    QVariantMap newValues; // column → value after (inserts: every column; updates: the changed ones)
    QStringList columnOrder; // newValues' columns in table order
    QString oldJson;         // the stored JSON texts (exact SQL types for undo)
    QString newJson;

    // The changed columns in table order: for an insert every column, for an update
    // the changed ones, none for a delete or restore.
    QStringList columns() const;
};

// What a batch touched, for the notification after commit.
struct BatchTouched
{
    QSet<QString> tables;
    QSet<QString> orgCodes;
    QStringList rowIds; // at most kMaxRowIds; rows counts them all
    qint64 rows = 0;
    static constexpr int kMaxRowIds = 1000;
};

// Which entries `entries()` returns.
struct ChangeFilter
{
    qint64 sinceSeq = 0; // entries with seq > sinceSeq
    QString table;
    QString rowId;
    qint64 batch = 0;
    qint64 limit = 0; // 0: all
};

// The change log (migration 010): batches opened and closed by the operations layer,
// the rows the triggers appended, read back for `wushe-cli log`, undo and the
// exchange. Append-only: nothing here updates or deletes an entry.
class ChangeLogRepository
{
public:
    explicit ChangeLogRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inside the operation's transaction: the batch's row, open until closeBatch().
    // A bulk batch marks every logged table's last rowid (change_bulk_mark).
    Result<qint64> openBatch(const ChangeBatch& batch);
    // Closes the batch (before commit) and says what it touched; a bulk batch first
    // logs the rows above its marks, one INSERT … SELECT per table.
    Result<BatchTouched> closeBatch(qint64 batchId);

    Result<std::optional<ChangeBatch>> batch(qint64 batchId) const;
    // Oldest first.
    Result<QList<ChangeEntry>> entries(const ChangeFilter& filter) const;
    // The same, one entry at a time (a county's log holds millions): `visit` returns
    // false to stop. Without `withValues` the entries carry their column names only.
    Result<void> forEachEntry(const ChangeFilter& filter, const std::function<bool(const ChangeEntry&)>& visit,
                              bool withValues = true) const;
    Result<QString> installationId() const;
    // Whether `name` is a table of this database (wushe-cli log --table).
    Result<bool> hasTable(const QString& name) const;

private:
    Result<void> logBulkInserts(qint64 batchId);

    QSqlDatabase m_db;
};

} // namespace wushe::storage
