#include "storage/ChangeReverter.h"

#include "storage/ChangeLogTriggers.h"
#include "storage/PersonRepository.h"
#include "storage/RecordColumns.h"
#include "storage/SqliteHandle.h"
#include "storage/Sql.h"
#include "storage/WriteStatement.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace wushe::storage {

namespace {

Error changedSince()
{
    return Error{QStringLiteral("ops.changed_since"),
                 QCoreApplication::translate("ChangeReverter", "这条记录在此之后又被修改过，不能撤销，以免覆盖后来的修改")};
}

struct RowState
{
    bool found = false;
    int version = 0;
    bool deleted = false;
    bool matches = true; // the columns still hold the logged new values
    QString name;        // person rows: the stored name
};

// `expected`: a JSON object of column → value the row must still hold.
Result<RowState> rowState(const QSqlDatabase& db, const QString& table, const QString& id, const QStringList& columns,
                          const QString& expected)
{
    QStringList same;
    for (const QString& column : columns)
        same << QStringLiteral("%1 IS json_extract(:expected, '$.\"%1\"')").arg(column);
    const QString matches = same.isEmpty() ? QStringLiteral("1") : same.join(QStringLiteral(" AND "));
    const QString name = table == QStringLiteral("person") ? QStringLiteral("name") : QStringLiteral("''");
    QSqlQuery query(db);
    if (auto ok = prepare(query, QStringLiteral("SELECT version, deleted, %1, %2 FROM %3 WHERE id = :id").arg(matches, name, table)); !ok)
        return std::unexpected(ok.error());
    query.bindValue(QStringLiteral(":id"), id);
    if (!columns.isEmpty())
        query.bindValue(QStringLiteral(":expected"), expected);
    if (auto ok = exec(query, QStringLiteral("read ") + table); !ok)
        return std::unexpected(ok.error());
    RowState state;
    if (!query.next())
        return state;
    state.found = true;
    state.version = query.value(0).toInt();
    state.deleted = query.value(1).toInt() != 0;
    state.matches = query.value(2).toInt() != 0;
    state.name = query.value(3).toString();
    return state;
}

} // namespace

Result<void> ChangeReverter::requireLoggedTable(const QString& table) const
{
    if (!ChangeLogTriggers::loggedColumns(sqliteHandle(m_db), table).isEmpty())
        return {};
    return fail(QStringLiteral("ops.table"), QCoreApplication::translate("ChangeReverter", "没有名为%1的记录表").arg(table));
}

Result<void> ChangeReverter::restore(const QString& table, const QString& id)
{
    if (auto ok = requireLoggedTable(table); !ok)
        return ok;
    auto state = rowState(m_db, table, id, {}, {});
    if (!state)
        return std::unexpected(state.error());
    if (!state->found || !state->deleted)
        return fail(QStringLiteral("ops.not_deleted"), QCoreApplication::translate("ChangeReverter", "这条记录不存在或没有被删除"));
    auto changed = execWrite(m_db,
                             QStringLiteral("UPDATE %1 SET deleted = 0, updated_at = :updated_at, updated_by = :updated_by, "
                                            "version = version + 1 WHERE id = :id AND version = :version AND deleted = 1")
                                 .arg(table),
                             {{QStringLiteral(":updated_at"), RecordColumns::timestamp(m_context.now())},
                              {QStringLiteral(":updated_by"), m_context.user},
                              {QStringLiteral(":id"), id},
                              {QStringLiteral(":version"), state->version}},
                             QStringLiteral("restore ") + table);
    if (!changed)
        return std::unexpected(changed.error());
    if (*changed != 1)
        return std::unexpected(changedSince());
    return {};
}

Result<void> ChangeReverter::revertBatch(qint64 batchId)
{
    ChangeFilter filter;
    filter.batch = batchId;
    auto entries = ChangeLogRepository(m_db).entries(filter);
    if (!entries)
        return std::unexpected(entries.error());
    if (entries->isEmpty())
        return fail(QStringLiteral("ops.nothing"), QCoreApplication::translate("ChangeReverter", "这次修改没有可撤销的内容"));
    std::reverse(entries->begin(), entries->end());
    for (const ChangeEntry& entry : *entries)
        if (auto ok = revertEntry(entry); !ok)
            return ok;
    return {};
}

Result<void> ChangeReverter::revertEntry(const ChangeEntry& entry)
{
    if (auto ok = requireLoggedTable(entry.table); !ok)
        return ok;
    // An insert or update is reverted only while the row still holds what it wrote.
    const bool update = entry.operation == QStringLiteral("update");
    const QStringList columns = update || entry.operation == QStringLiteral("insert") ? entry.columnOrder : QStringList{};
    auto state = rowState(m_db, entry.table, entry.rowId, columns, entry.newJson);
    if (!state)
        return std::unexpected(state.error());
    const bool live = entry.operation != QStringLiteral("delete");
    if (!state->found || state->deleted == live || !state->matches)
        return std::unexpected(changedSince());
    RecordMeta meta;
    meta.id = entry.rowId;
    meta.version = state->version;
    if (entry.operation == QStringLiteral("insert") || entry.operation == QStringLiteral("restore"))
        return RecordColumns::markDeleted(m_db, entry.table, meta, m_context);
    if (entry.operation == QStringLiteral("delete"))
        return restore(entry.table, entry.rowId);
    QStringList assignments;
    for (const QString& column : columns)
        assignments << QStringLiteral("%1 = json_extract(:old_values, '$.\"%1\"')").arg(column);
    if (auto ok = RecordColumns::update(m_db, entry.table, meta, assignments.join(QStringLiteral(", ")),
                                        {{QStringLiteral(":old_values"), entry.oldJson}}, m_context);
        !ok)
        return ok;
    // A person's sort and search keys and the ledgers' copies follow the old values.
    if (entry.table == QStringLiteral("person"))
        return PersonRepository(m_db, m_context).refreshDerived(entry.rowId, state->name);
    return {};
}

} // namespace wushe::storage
