#include "storage/Migrator.h"

#include "storage/SqliteHandle.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

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

Result<void> Migrator::apply(const Migration& migration)
{
    // Scripts hold triggers with inner semicolons, so they go through sqlite3_exec,
    // which splits statements with SQLite's own parser.
    sqlite3* handle = sqliteHandle(m_db);
    if (!handle)
        return fail(QStringLiteral("db.handle"),
                    QCoreApplication::translate("Migrator", "无法访问SQLite连接"));
    const QByteArray script = QStringLiteral("BEGIN IMMEDIATE;\n%1\nPRAGMA user_version = %2;\nCOMMIT;")
                                  .arg(migration.sql)
                                  .arg(migration.version)
                                  .toUtf8();
    char* message = nullptr;
    if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        if (!sqlite3_get_autocommit(handle))
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return fail(QStringLiteral("db.migration"),
                    QCoreApplication::translate("Migrator", "数据库升级到第%1版（%2）失败，文件未改动：%3")
                        .arg(migration.version)
                        .arg(migration.name, reason));
    }
    return {};
}

} // namespace wushe::storage
