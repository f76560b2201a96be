#include "storage/ChangeLogTriggers.h"

#include <QStringList>

#include <sqlite3.h>

namespace wushe::storage::ChangeLogTriggers {

namespace {

const QStringList kCommon{QStringLiteral("id"),         QStringLiteral("org_code"), QStringLiteral("created_at"),
                          QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("version"),
                          QStringLiteral("deleted")};

// Rows of a one-column query.
QStringList column(sqlite3* handle, const QByteArray& sql, int index = 0)
{
    QStringList values;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return values;
    while (sqlite3_step(statement) == SQLITE_ROW)
        values << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, index)));
    sqlite3_finalize(statement);
    return values;
}

QStringList tableColumns(sqlite3* handle, const QString& table)
{
    return column(handle, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table).toUtf8());
}

bool hasCommonColumns(const QStringList& columns)
{
    for (const QString& name : kCommon)
        if (!columns.contains(name))
            return false;
    return true;
}

// The one statement of the triggers and the bulk log: the batch (the open one; none
// for writes below the operations layer, e.g. repository tests), the row's stamp and
// the values. `row` is "NEW." in a trigger, empty in a SELECT from the table.
QString logInsert(const QString& table, const QString& batch, const QString& row, const QString& operation,
                  const QString& oldValues, const QString& newValues)
{
    return QStringLiteral(
               "INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, "
               "operation, row_version, old_values, new_values) SELECT "
               "%2, %3updated_at, %3updated_by, "
               "(SELECT value FROM meta WHERE key = 'installation_id'), '%1', %3id, %3org_code, %4, %3version, %5, %6")
        .arg(table, batch, row, operation, oldValues, newValues);
}

const QString kOpenBatch = QStringLiteral("(SELECT id FROM change_batch WHERE open = 1)");

// Every logged column but org_code (a column of the log row) with its value.
QString insertedValues(const QStringList& logged, const QString& row)
{
    QStringList pairs;
    for (const QString& name : logged)
        if (name != QStringLiteral("org_code"))
            pairs << QStringLiteral("'%1', %2%1").arg(name, row);
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

// Demo data is generated in a batch that is not logged row by row.
const QString kLogging = QStringLiteral("NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)");

QString triggersFor(const QString& table, const QStringList& logged)
{
    QStringList differs;
    QStringList pairs;
    for (const QString& name : logged) {
        differs << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(name);
        pairs << QStringLiteral("SELECT '%1' AS c, OLD.%1 AS o, NEW.%1 AS n").arg(name);
    }
    // In a bulk batch the insert triggers are lifted and new rows are logged when it
    // closes (bulkInsertSql), and so are their later updates in the same batch: the
    // insert carries the final values.
    const QString insertTrigger =
        QStringLiteral("CREATE TRIGGER %1_log_insert AFTER INSERT ON %1 WHEN %2\nBEGIN\n    %3;\nEND;\n")
            .arg(table, kLogging,
                 logInsert(table, kOpenBatch, QStringLiteral("NEW."), QStringLiteral("'insert'"), QStringLiteral("NULL"),
                           insertedValues(logged, QStringLiteral("NEW."))));
    // A save that changed nothing a person typed (only the version) writes no log row.
    const QString operation = QStringLiteral("CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' "
                                             "WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END");
    const QString updateTrigger =
        QStringLiteral("CREATE TRIGGER %1_log_update AFTER UPDATE OF version ON %1 WHEN %2 AND "
                       "NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = '%1' AND max_rowid < NEW.rowid) AND "
                       "(OLD.deleted IS NOT NEW.deleted OR %3)\nBEGIN\n    %4 FROM (%5) WHERE o IS NOT n;\nEND;\n")
            .arg(table, kLogging, differs.join(QStringLiteral(" OR ")),
                 logInsert(table, kOpenBatch, QStringLiteral("NEW."), operation,
                           QStringLiteral("nullif(json_group_object(c, o), '{}')"),
                           QStringLiteral("nullif(json_group_object(c, n), '{}')")),
                 pairs.join(QStringLiteral(" UNION ALL ")));
    return insertTrigger + updateTrigger;
}

} // namespace

bool isDerived(const QString& table, const QString& column)
{
    static const QStringList everywhere{QStringLiteral("name_key"), QStringLiteral("id_reversed"),
                                        QStringLiteral("phone_reversed"), QStringLiteral("last_visit_on")};
    // Ledger rows copy the person's ID number and birth date (migration 003).
    static const QStringList ledgers{QStringLiteral("elderly_record"), QStringLiteral("child_record"),
                                     QStringLiteral("relief_household")};
    if (everywhere.contains(column))
        return true;
    return ledgers.contains(table) && (column == QStringLiteral("id_number") || column == QStringLiteral("birth_date"));
}

QStringList loggedColumns(sqlite3* handle, const QString& table)
{
    const QStringList columns = tableColumns(handle, table);
    if (!hasCommonColumns(columns))
        return {};
    QStringList logged{QStringLiteral("org_code")};
    for (const QString& name : columns)
        if (!kCommon.contains(name) && !isDerived(table, name))
            logged << name;
    return logged;
}

QStringList loggedTables(sqlite3* handle)
{
    QStringList tables;
    // sqlite_schema's rowid follows creation order: a parent table comes before the
    // tables that refer to it.
    for (const QString& table :
         column(handle, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT GLOB 'sqlite_*' ORDER BY rowid"))
        if (hasCommonColumns(tableColumns(handle, table)))
            tables << table;
    return tables;
}

QString bulkInsertSql(sqlite3* handle, const QString& table)
{
    const QStringList logged = loggedColumns(handle, table);
    return logInsert(table, QStringLiteral(":batch"), QString(), QStringLiteral("'insert'"), QStringLiteral("NULL"),
                     insertedValues(logged, QString()))
           + QStringLiteral(" FROM %1 WHERE rowid > :after ORDER BY rowid").arg(table);
}

namespace {

std::optional<QString> runScript(sqlite3* handle, const QString& script)
{
    char* message = nullptr;
    if (sqlite3_exec(handle, script.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return std::nullopt;
    const QString reason = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
    sqlite3_free(message);
    return reason;
}

QString dropScript(sqlite3* handle, const char* pattern)
{
    QString script;
    for (const QString& trigger :
         column(handle, QByteArray("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name GLOB '") + pattern + "' ORDER BY name"))
        script += QStringLiteral("DROP TRIGGER %1;\n").arg(trigger);
    return script;
}

} // namespace

std::optional<QString> liftInsertTriggers(sqlite3* handle)
{
    return runScript(handle, dropScript(handle, "*_log_insert"));
}

std::optional<QString> install(sqlite3* handle)
{
    if (column(handle, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'change_log'").isEmpty())
        return std::nullopt;
    QString script = dropScript(handle, "*_log_insert") + dropScript(handle, "*_log_update");
    for (const QString& table :
         column(handle, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT GLOB 'sqlite_*' ORDER BY name")) {
        const QStringList logged = loggedColumns(handle, table);
        if (!logged.isEmpty())
            script += triggersFor(table, logged);
    }
    return runScript(handle, script);
}

} // namespace wushe::storage::ChangeLogTriggers
