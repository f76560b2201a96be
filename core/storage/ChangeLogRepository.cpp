#include "storage/ChangeLogRepository.h"

#include "storage/ChangeLogTriggers.h"
#include "storage/RecordColumns.h"
#include "storage/SqliteHandle.h"
#include "storage/Sql.h"
#include "storage/WriteStatement.h"

#include <QJsonDocument>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

namespace wushe::storage {

namespace {

QVariantMap jsonMap(const QVariant& text)
{
    if (text.isNull())
        return {};
    return QJsonDocument::fromJson(text.toString().toUtf8()).object().toVariantMap();
}

// Column names in the order the JSON text lists them (QJsonObject sorts its keys).
QStringList keysInOrder(const QVariant& text)
{
    QStringList keys;
    const QString json = text.toString();
    // json_object / json_group_object write {"a":…,"b":…} with scalar values: a key
    // is the string before a ':' that follows '{' or ',' outside strings.
    bool inString = false;
    bool escaped = false;
    bool expectKey = true;
    QString current;
    for (QChar c : json) {
        if (inString) {
            if (escaped) {
                current += c;
                escaped = false;
            } else if (c == u'\\') {
                escaped = true;
            } else if (c == u'"') {
                inString = false;
            } else {
                current += c;
            }
            continue;
        }
        if (c == u'"') {
            inString = true;
            current.clear();
        } else if (c == u':' && expectKey) {
            keys << current;
            expectKey = false;
        } else if (c == u',' || c == u'{') {
            expectKey = true;
        }
    }
    return keys;
}

} // namespace

QStringList ChangeEntry::columns() const
{
    if (operation == QStringLiteral("delete") || operation == QStringLiteral("restore"))
        return {};
    return columnOrder;
}

Result<qint64> ChangeLogRepository::openBatch(const ChangeBatch& batch)
{
    // A null QString binds as NULL; the operator's columns are NOT NULL DEFAULT ''.
    const auto text = [](const QString& value) { return value.isNull() ? QStringLiteral("") : value; };
    const QVariantMap binds{{QStringLiteral(":started_at"), RecordColumns::timestamp(batch.startedAt)},
                            {QStringLiteral(":operator"), text(batch.operatorLogin)},
                            {QStringLiteral(":operator_name"), text(batch.operatorName)},
                            {QStringLiteral(":operator_role"), text(batch.operatorRole)},
                            {QStringLiteral(":operator_unit"), text(batch.operatorUnit)},
                            {QStringLiteral(":kind"), batch.kind},
                            {QStringLiteral(":summary"), text(batch.summary)},
                            {QStringLiteral(":reverts"), batch.reverts > 0 ? QVariant(batch.reverts) : QVariant()},
                            {QStringLiteral(":log_rows"), batch.logRows ? 1 : 0}};
    auto done = execWrite(m_db,
                          QStringLiteral("INSERT INTO change_batch (started_at, operator, operator_name, operator_role, "
                                         "operator_unit, kind, summary, reverts, log_rows, open) VALUES (:started_at, "
                                         ":operator, :operator_name, :operator_role, :operator_unit, :kind, :summary, "
                                         ":reverts, :log_rows, 1)"),
                          binds, QStringLiteral("open change batch"));
    if (!done)
        return std::unexpected(done.error());
    if (batch.bulkInserts) {
        for (const QString& table : ChangeLogTriggers::loggedTables(sqliteHandle(m_db))) {
            auto marked = execWrite(m_db,
                                    QStringLiteral("INSERT INTO change_bulk_mark (table_name, max_rowid) "
                                                   "SELECT '%1', coalesce(max(rowid), 0) FROM %1")
                                        .arg(table),
                                    {}, QStringLiteral("mark ") + table);
            if (!marked)
                return std::unexpected(marked.error());
        }
        if (auto error = ChangeLogTriggers::liftInsertTriggers(sqliteHandle(m_db)))
            return fail(QStringLiteral("db.sql"), *error);
    }
    return scalarInt(m_db, QStringLiteral("SELECT id FROM change_batch WHERE open = 1"));
}

Result<void> ChangeLogRepository::logBulkInserts(qint64 batchId)
{
    QSqlQuery marks(m_db);
    marks.setForwardOnly(true);
    if (auto ok = prepare(marks, QStringLiteral("SELECT table_name, max_rowid FROM change_bulk_mark")); !ok)
        return ok;
    if (auto ok = exec(marks, QStringLiteral("read bulk marks")); !ok)
        return ok;
    QHash<QString, qint64> after;
    while (marks.next())
        after.insert(marks.value(0).toString(), marks.value(1).toLongLong());
    marks.finish();
    if (after.isEmpty())
        return {};
    sqlite3* handle = sqliteHandle(m_db);
    for (const QString& table : ChangeLogTriggers::loggedTables(handle)) {
        if (!after.contains(table))
            continue;
        auto logged = execWrite(m_db, ChangeLogTriggers::bulkInsertSql(handle, table),
                                {{QStringLiteral(":batch"), batchId}, {QStringLiteral(":after"), after.value(table)}},
                                QStringLiteral("log ") + table);
        if (!logged)
            return std::unexpected(logged.error());
    }
    auto cleared = execWrite(m_db, QStringLiteral("DELETE FROM change_bulk_mark"), {}, QStringLiteral("clear bulk marks"));
    if (!cleared)
        return std::unexpected(cleared.error());
    if (auto error = ChangeLogTriggers::install(handle))
        return fail(QStringLiteral("db.sql"), *error);
    return {};
}

Result<BatchTouched> ChangeLogRepository::closeBatch(qint64 batchId)
{
    if (auto ok = logBulkInserts(batchId); !ok)
        return std::unexpected(ok.error());
    // Grouped in SQL: an import's batch holds 200,000 rows, the notification needs
    // the tables, divisions and count, and only the first row ids.
    BatchTouched touched;
    const QVariantMap batch{{QStringLiteral(":batch"), batchId}, {QStringLiteral(":limit"), BatchTouched::kMaxRowIds}};
    const auto read = [&](const QString& sql, const std::function<void(const QSqlQuery&)>& row) -> Result<void> {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (auto ok = prepare(query, sql); !ok)
            return ok;
        for (auto it = batch.cbegin(); it != batch.cend(); ++it)
            if (sql.contains(it.key()))
                query.bindValue(it.key(), it.value());
        if (auto ok = exec(query, QStringLiteral("read change batch")); !ok)
            return ok;
        while (query.next())
            row(query);
        return fetched(query, QStringLiteral("read change batch"));
    };
    if (auto ok = read(QStringLiteral("SELECT table_name, org_code, count(*) FROM change_log WHERE batch = :batch "
                                      "GROUP BY table_name, org_code"),
                       [&](const QSqlQuery& q) {
                           touched.tables.insert(q.value(0).toString());
                           touched.orgCodes.insert(q.value(1).toString());
                           touched.rows += q.value(2).toLongLong();
                       });
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = read(QStringLiteral("SELECT row_id FROM change_log WHERE batch = :batch ORDER BY seq LIMIT :limit"),
                       [&](const QSqlQuery& q) { touched.rowIds << q.value(0).toString(); });
        !ok)
        return std::unexpected(ok.error());
    auto closed = execWrite(m_db, QStringLiteral("UPDATE change_batch SET open = 0 WHERE id = :id"),
                            {{QStringLiteral(":id"), batchId}}, QStringLiteral("close change batch"));
    if (!closed)
        return std::unexpected(closed.error());
    return touched;
}

Result<std::optional<ChangeBatch>> ChangeLogRepository::batch(qint64 batchId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = prepare(query, QStringLiteral("SELECT id, started_at, operator, operator_name, operator_role, operator_unit, "
                                                "kind, summary, coalesce(reverts, 0), log_rows FROM change_batch WHERE id = :id"));
        !ok)
        return std::unexpected(ok.error());
    query.bindValue(QStringLiteral(":id"), batchId);
    if (auto ok = exec(query, QStringLiteral("read change batch")); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::optional<ChangeBatch>{};
    ChangeBatch batch;
    batch.id = query.value(0).toLongLong();
    batch.startedAt = RecordColumns::parseTimestamp(query.value(1).toString());
    batch.operatorLogin = query.value(2).toString();
    batch.operatorName = query.value(3).toString();
    batch.operatorRole = query.value(4).toString();
    batch.operatorUnit = query.value(5).toString();
    batch.kind = query.value(6).toString();
    batch.summary = query.value(7).toString();
    batch.reverts = query.value(8).toLongLong();
    batch.logRows = query.value(9).toInt() != 0;
    return batch;
}

Result<void> ChangeLogRepository::forEachEntry(const ChangeFilter& filter,
                                               const std::function<bool(const ChangeEntry&)>& visit, bool withValues) const
{
    QString where = QStringLiteral("seq > :since");
    QVariantMap binds{{QStringLiteral(":since"), filter.sinceSeq}};
    if (!filter.table.isEmpty()) {
        where += QStringLiteral(" AND table_name = :table");
        binds.insert(QStringLiteral(":table"), filter.table);
    }
    if (!filter.rowId.isEmpty()) {
        where += QStringLiteral(" AND row_id = :row");
        binds.insert(QStringLiteral(":row"), filter.rowId);
    }
    if (filter.batch > 0) {
        where += QStringLiteral(" AND batch = :batch");
        binds.insert(QStringLiteral(":batch"), filter.batch);
    }
    QString sql = QStringLiteral("SELECT seq, coalesce(batch, 0), changed_at, operator, installation_id, table_name, row_id, "
                                 "org_code, operation, row_version, old_values, new_values FROM change_log WHERE %1 "
                                 "ORDER BY seq")
                      .arg(where);
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT :limit");
        binds.insert(QStringLiteral(":limit"), filter.limit);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = prepare(query, sql); !ok)
        return ok;
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (auto ok = exec(query, QStringLiteral("read change log")); !ok)
        return ok;
    while (query.next()) {
        ChangeEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.batch = query.value(1).toLongLong();
        entry.changedAt = query.value(2).toString();
        entry.operatorLogin = query.value(3).toString();
        entry.installationId = query.value(4).toString();
        entry.table = query.value(5).toString();
        entry.rowId = query.value(6).toString();
        entry.orgCode = query.value(7).toString();
        entry.operation = query.value(8).toString();
        entry.rowVersion = query.value(9).toInt();
        entry.columnOrder = keysInOrder(query.value(11));
        if (withValues) {
            entry.oldValues = jsonMap(query.value(10));
            entry.newValues = jsonMap(query.value(11));
            entry.oldJson = query.value(10).toString();
            entry.newJson = query.value(11).toString();
        }
        if (!visit(entry))
            return {};
    }
    return fetched(query, QStringLiteral("read change log"));
}

Result<QList<ChangeEntry>> ChangeLogRepository::entries(const ChangeFilter& filter) const
{
    QList<ChangeEntry> entries;
    auto read = forEachEntry(filter, [&](const ChangeEntry& entry) {
        entries.append(entry);
        return true;
    });
    if (!read)
        return std::unexpected(read.error());
    return entries;
}

Result<QString> ChangeLogRepository::installationId() const
{
    QSqlQuery query(m_db);
    if (auto ok = prepare(query, QStringLiteral("SELECT value FROM meta WHERE key = 'installation_id'")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = exec(query, QStringLiteral("read installation id")); !ok)
        return std::unexpected(ok.error());
    return query.next() ? query.value(0).toString() : QString();
}

Result<bool> ChangeLogRepository::hasTable(const QString& name) const
{
    auto found = scalarInt(m_db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = :name"),
                           {{QStringLiteral(":name"), name}});
    if (!found)
        return std::unexpected(found.error());
    return *found > 0;
}

} // namespace wushe::storage
