#pragma once

#include "Error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace wushe::storage {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Applies the numbered scripts in :/migrations, each in its own transaction,
// recording the version in PRAGMA user_version. After each script the connection
// re-reads the schema and schema_version has moved, so a script may also edit
// sqlite_schema under PRAGMA writable_schema (see migrations/README.md).
class Migrator
{
public:
    static QList<Migration> bundled();
    static int latestVersion();

    explicit Migrator(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<int> migrate();   // returns the version reached
    // Applies `migrations` (rising numbers, gaps allowed: 3 → 5) above the current
    // user_version; migrate() passes bundled(). Separate so tests can feed their own.
    Result<int> migrate(const QList<Migration>& migrations);

private:
    Result<void> apply(const Migration& migration);
    QSqlDatabase m_db;
};

} // namespace wushe::storage
