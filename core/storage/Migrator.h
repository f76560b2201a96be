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
// recording the version in PRAGMA user_version.
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
