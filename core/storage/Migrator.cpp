#include "storage/Migrator.h"

#include "storage/ChangeLogTriggers.h"
#include "storage/SqliteHandle.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <optional>

#include <sqlite3.h>

namespace wushe::storage {

QList<Migration> Migrator::bundled()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{3})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& entry : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    return migrations;
}

int Migrator::latestVersion()
{
    const auto all = bundled();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> Migrator::migrate()
{
    return migrate(bundled());
}

Result<int> Migrator::migrate(const QList<Migration>& migrations)
{
    auto current = scalarInt(m_db, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return std::unexpected(current.error());
    int version = int(*current);
    for (const Migration& migration : migrations) {
        if (migration.version <= version)
            continue;
        if (auto ok = apply(migration); !ok)
            return std::unexpected(ok.error());
        version = migration.version;
    }
    return version;
}

namespace {

// Runs SQL text through sqlite3_exec, which splits statements with SQLite's own
// parser (scripts hold triggers with inner semicolons). Returns SQLite's message.
std::optional<QString> runScript(sqlite3* handle, const QByteArray& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return std::nullopt;
    const QString reason = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
    sqlite3_free(message);
    return reason;
}

std::optional<qint64> schemaCookie(sqlite3* handle)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA schema_version", -1, &statement, nullptr) != SQLITE_OK)
        return std::nullopt;
    std::optional<qint64> cookie;
    if (sqlite3_step(statement) == SQLITE_ROW)
        cookie = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return cookie;
}

} // namespace

Result<void> Migrator::apply(const Migration& migration)
{
    sqlite3* handle = sqliteHandle(m_db);
    if (!handle)
        return fail(QStringLiteral("db.handle"),
                    QCoreApplication::translate("Migrator", "无法访问SQLite连接"));
    // A script may edit sqlite_schema under writable_schema (SQLite's documented
    // procedure for constraint-only changes, see 008). That procedure needs two steps
    // SQL cannot express, done here for every script: schema_version must move by
    // one (PRAGMA takes no expression) so other connections re-read the schema, and
    // this connection must re-read it too: writable_schema = RESET turns editing off
    // and drops the cached schema; the SELECT then parses every CREATE statement, so
    // a broken one fails the migration and is rolled back instead of damaging the file.
    const auto run = [&]() -> std::optional<QString> {
        if (auto error = runScript(handle, "BEGIN IMMEDIATE"))
            return error;
        const auto before = schemaCookie(handle);
        if (!before)
            return QString::fromUtf8(sqlite3_errmsg(handle));
        if (auto error = runScript(handle, migration.sql.toUtf8()))
            return error;
        // The change-log triggers follow the tables as this migration left them.
        if (auto error = ChangeLogTriggers::install(handle))
            return error;
        if (auto error = runScript(handle, "PRAGMA writable_schema = RESET; SELECT count(*) FROM sqlite_schema"))
            return error;
        const auto after = schemaCookie(handle);
        if (!after)
            return QString::fromUtf8(sqlite3_errmsg(handle));
        if (*after == *before) {
            if (auto error = runScript(handle, "PRAGMA schema_version = " + QByteArray::number(*before + 1)))
                return error;
        }
        return runScript(handle, QStringLiteral("PRAGMA user_version = %1; COMMIT").arg(migration.version).toUtf8());
    };
    if (const auto reason = run()) {
        if (!sqlite3_get_autocommit(handle))
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        // The rollback restores sqlite_schema; the connection must not keep a schema
        // it read from the script's edits.
        sqlite3_exec(handle, "PRAGMA writable_schema = RESET", nullptr, nullptr, nullptr);
        return fail(QStringLiteral("db.migration"),
                    QCoreApplication::translate("Migrator", "数据库升级到第%1版（%2）失败，文件未改动：%3")
                        .arg(migration.version)
                        .arg(migration.name, *reason));
    }
    return {};
}

} // namespace wushe::storage
