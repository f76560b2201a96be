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

// The one statement of both triggers: the open batch (none for writes below the
// operations layer, e.g. repository tests), the row's stamp and the values.
QString logInsert(const QString& table, const QString& operation, const QString& oldValues, const QString& newValues)
{
    return QStringLiteral(
               "INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, "
               "operation, row_version, old_values, new_values) SELECT "
               "(SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, "
               "(SELECT value FROM meta WHERE key = 'installation_id'), '%1', NEW.id, NEW.org_code, %2, NEW.version, %3, %4")
        .arg(table, operation, oldValues, newValues);
}

// Demo data is generated in a batch that is not logged row by row.
const QString kLogging = QStringLiteral("NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)");

QString triggersFor(const QString& table, const QStringList& logged)
{
    QStringList inserted;
    QStringList differs;
    QStringList pairs;
    for (const QString& name : logged) {
        if (name != QStringLiteral("org_code"))
            inserted << QStringLiteral("'%1', NEW.%1").arg(name);
        differs << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(name);
        pairs << QStringLiteral("SELECT '%1' AS c, OLD.%1 AS o, NEW.%1 AS n").arg(name);
    }
    const QString insertTrigger =
        QStringLiteral("CREATE TRIGGER %1_log_insert AFTER INSERT ON %1 WHEN %2\nBEGIN\n    %3;\nEND;\n")
            .arg(table, kLogging,
                 logInsert(table, QStringLiteral("'insert'"), QStringLiteral("NULL"),
                           QStringLiteral("json_object(%1)").arg(inserted.join(QStringLiteral(", ")))));
    // A save that changed nothing a person typed (only the version) writes no log row.
    const QString operation = QStringLiteral("CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' "
                                             "WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END");
    const QString updateTrigger =
        QStringLiteral("CREATE TRIGGER %1_log_update AFTER UPDATE OF version ON %1 WHEN %2 AND "
                       "(OLD.deleted IS NOT NEW.deleted OR %3)\nBEGIN\n    %4 FROM (%5) WHERE o IS NOT n;\nEND;\n")
            .arg(table, kLogging, differs.join(QStringLiteral(" OR ")),
                 logInsert(table, operation, QStringLiteral("nullif(json_group_object(c, o), '{}')"),
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

std::optional<QString> install(sqlite3* handle)
{
    if (column(handle, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'change_log'").isEmpty())
        return std::nullopt;
    QString script;
    for (const QString& trigger :
         column(handle, "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND (name GLOB '*_log_insert' OR name GLOB '*_log_update') ORDER BY name"))
        script += QStringLiteral("DROP TRIGGER %1;\n").arg(trigger);
    for (const QString& table :
         column(handle, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT GLOB 'sqlite_*' ORDER BY name")) {
        const QStringList logged = loggedColumns(handle, table);
        if (!logged.isEmpty())
            script += triggersFor(table, logged);
    }
    char* message = nullptr;
    if (sqlite3_exec(handle, script.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return std::nullopt;
    const QString reason = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
    sqlite3_free(message);
    return reason;
}

} // namespace wushe::storage::ChangeLogTriggers
