#include "TestSupport.h"

#include "storage/Migrator.h"
#include "storage/SchemaDump.h"
#include "storage/Sql.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;
using storage::Migrator;

TEST_CASE("The schema equals the reviewed dump in tests/data/schema.sql", "[schema]")
{
    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("schema.db")));
    REQUIRE(db.has_value());
    const auto dump = storage::schemaDump(db->sql());
    REQUIRE(dump.has_value());

    QFile reviewed(sourcePath(QStringLiteral("tests/data/schema.sql")));
    REQUIRE(reviewed.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(reviewed.readAll());
    INFO("If the change is intended, regenerate the dump and review the diff:\n"
         "  build/dev/app/wushe-cli schema > tests/data/schema.sql");
    CHECK(u8(*dump) == u8(expected));
}

TEST_CASE("Migrations are numbered 1..N and named like their files", "[schema]")
{
    const QList<storage::Migration> migrations = Migrator::bundled();
    const QStringList files = QDir(sourcePath(QStringLiteral("core/storage/migrations")))
                                  .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    REQUIRE(migrations.size() == files.size());
    REQUIRE_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const storage::Migration& migration = migrations.at(i);
        CHECK(migration.version == i + 1);
        CHECK(u8(files.at(i)) == u8(QStringLiteral("%1_%2.sql").arg(migration.version, 3, 10, QLatin1Char('0')).arg(migration.name)));
        CHECK_FALSE(migration.sql.trimmed().isEmpty());
    }
    CHECK(Migrator::latestVersion() == migrations.size());
}

TEST_CASE("A failing migration leaves the database at the previous version", "[schema]")
{
    // For each migration k: a table named like its last CREATE TABLE already exists,
    // so k fails half-way. Migrations before k stay committed; nothing of k remains.
    static const QRegularExpression created(QStringLiteral("CREATE\\s+(?:UNIQUE\\s+)?(?:TABLE|INDEX|TRIGGER)\\s+(\\w+)"));
    static const QRegularExpression createdTable(QStringLiteral("CREATE\\s+TABLE\\s+(\\w+)"));
    for (const storage::Migration& migration : Migrator::bundled()) {
        QStringList objects;
        for (const auto& match : created.globalMatch(migration.sql))
            objects << match.captured(1);
        QString blocker;
        for (const auto& match : createdTable.globalMatch(migration.sql))
            blocker = match.captured(1);
        if (blocker.isEmpty())
            continue;
        INFO("migration " << migration.version << " blocked by table " << u8(blocker));
        QTemporaryDir dir;
        const QString name = QStringLiteral("blocked-%1").arg(migration.version);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(dir.filePath(QStringLiteral("blocked.db")));
            REQUIRE(raw.open());
            REQUIRE(storage::execSql(raw, QStringLiteral("CREATE TABLE %1 (x)").arg(blocker)).has_value());
            CHECK(keyOf(Migrator(raw).migrate()) == "db.migration");
            CHECK(storage::scalarInt(raw, QStringLiteral("PRAGMA user_version")).value() == migration.version - 1);
            for (const QString& object : objects) {
                if (object == blocker)
                    continue;
                INFO("object " << u8(object));
                CHECK(storage::scalarInt(raw, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = :name"),
                                         {{QStringLiteral(":name"), object}})
                          .value()
                      == 0);
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}
