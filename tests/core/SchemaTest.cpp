#include "TestSupport.h"

#include "storage/Migrator.h"
#include "storage/SchemaDump.h"
#include "storage/Sql.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
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

TEST_CASE("Migrations are numbered in increasing order and named like their files", "[schema]")
{
    const QList<storage::Migration> migrations = Migrator::bundled();
    const QStringList files = QDir(sourcePath(QStringLiteral("core/storage/migrations")))
                                  .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    REQUIRE(migrations.size() == files.size());
    REQUIRE_FALSE(migrations.isEmpty());
    // Numbers rise but may skip one (005 was written while 004 was still on another branch).
    int previous = 0;
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const storage::Migration& migration = migrations.at(i);
        CHECK(migration.version > previous);
        previous = migration.version;
        CHECK(u8(files.at(i)) == u8(QStringLiteral("%1_%2.sql").arg(migration.version, 3, 10, QLatin1Char('0')).arg(migration.name)));
        CHECK_FALSE(migration.sql.trimmed().isEmpty());
    }
    CHECK(Migrator::latestVersion() == migrations.last().version);
}

TEST_CASE("A failing migration leaves the database at the previous version", "[schema]")
{
    // For each migration k: a table named like its last CREATE TABLE already exists,
    // so k fails half-way. Migrations before k stay committed; nothing of k remains.
    static const QRegularExpression created(QStringLiteral("CREATE\\s+(?:UNIQUE\\s+)?(?:TABLE|INDEX|TRIGGER)\\s+(\\w+)"));
    static const QRegularExpression createdTable(QStringLiteral("CREATE\\s+TABLE\\s+(\\w+)"));
    int previousVersion = 0;
    for (const storage::Migration& migration : Migrator::bundled()) {
        const int expectedVersion = std::exchange(previousVersion, migration.version);
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
            CHECK(storage::scalarInt(raw, QStringLiteral("PRAGMA user_version")).value() == expectedVersion);
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

TEST_CASE("A gap in the migration numbers is fine", "[schema]")
{
    QTemporaryDir dir;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gap"));
        raw.setDatabaseName(dir.filePath(QStringLiteral("gap.db")));
        REQUIRE(raw.open());
        const QList<storage::Migration> first{{1, QStringLiteral("one"), QStringLiteral("CREATE TABLE a (x);")},
                                              {3, QStringLiteral("three"), QStringLiteral("CREATE TABLE c (x);")}};
        CHECK(Migrator(raw).migrate(first).value() == 3);
        CHECK(storage::scalarInt(raw, QStringLiteral("PRAGMA user_version")).value() == 3);
        // 3 → 5 with no 4: applies 5 only, once.
        QList<storage::Migration> later = first;
        later.append({5, QStringLiteral("five"), QStringLiteral("CREATE TABLE e (x);")});
        CHECK(Migrator(raw).migrate(later).value() == 5);
        CHECK(storage::scalarInt(raw, QStringLiteral("PRAGMA user_version")).value() == 5);
        CHECK(storage::scalarInt(raw, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('a', 'c', 'e')"))
                  .value()
              == 3);
        CHECK(Migrator(raw).migrate(later).value() == 5);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gap"));

    // The bundled set (001–003, 005) from scratch reaches the latest version.
    auto db = storage::Database::open(dir.filePath(QStringLiteral("bundled.db")));
    REQUIRE(db.has_value());
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    CHECK(Migrator::latestVersion() >= 5);
    CHECK(storage::scalarInt(db->sql(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'charity_fund'"))
              .value()
          == 1);
}

namespace {

// Inserts x into t; "" when taken, else SQLite's message.
std::string insertX(const QSqlDatabase& db, const QString& x)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO t (x) VALUES (?)")))
        return u8(query.lastError().databaseText());
    query.addBindValue(x);
    return query.exec() ? std::string() : u8(query.lastError().databaseText());
}

const QList<storage::Migration> kListTable{
    {1, QStringLiteral("list"), QStringLiteral("CREATE TABLE t (x TEXT CHECK (x IN ('a', 'b', 'c')));")}};

} // namespace

TEST_CASE("A migration may edit sqlite_schema: this connection and others enforce the new CHECK", "[schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("writable.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writable"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writable-other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());

        REQUIRE(Migrator(raw).migrate(kListTable).value() == 1);
        CHECK(insertX(other, QStringLiteral("c")).empty()); // the other connection has read the schema
        const qint64 cookie = storage::scalarInt(raw, QStringLiteral("PRAGMA schema_version")).value();

        // SQLite's procedure for constraint-only changes; this script leaves
        // writable_schema on and does not touch schema_version: the Migrator does both.
        QList<storage::Migration> narrowed = kListTable;
        narrowed.append({2, QStringLiteral("narrow"),
                         QStringLiteral("PRAGMA writable_schema = ON;\n"
                                        "UPDATE sqlite_schema SET sql = replace(sql, 'x IN (''a'', ''b'', ''c'')', "
                                        "'x = ''a'' OR x = ''b''') WHERE type = 'table' AND name = 't';")});
        REQUIRE(Migrator(raw).migrate(narrowed).value() == 2);

        CHECK(storage::scalarInt(raw, QStringLiteral("PRAGMA writable_schema")).value() == 0);
        CHECK(storage::scalarInt(raw, QStringLiteral("PRAGMA schema_version")).value() == cookie + 1);
        CHECK(insertX(raw, QStringLiteral("c")).find("CHECK constraint failed") == 0);
        CHECK(insertX(other, QStringLiteral("c")).find("CHECK constraint failed") == 0);
        CHECK(insertX(raw, QStringLiteral("b")).empty());
        CHECK(insertX(other, QStringLiteral("a")).empty());
        const auto problems = storage::scalarInt(raw, QStringLiteral("SELECT count(*) FROM pragma_integrity_check "
                                                                     "WHERE integrity_check <> 'ok'"));
        CHECK(problems.value() == 1); // the 'c' written before is now refused by the CHECK
        raw.close();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writable"));
    QSqlDatabase::removeDatabase(QStringLiteral("writable-other"));
}

TEST_CASE("A migration that writes a broken CREATE TABLE into sqlite_schema is rolled back", "[schema]")
{
    QTemporaryDir dir;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("broken"));
        raw.setDatabaseName(dir.filePath(QStringLiteral("broken.db")));
        REQUIRE(raw.open());
        REQUIRE(Migrator(raw).migrate(kListTable).value() == 1);
        QSqlQuery original(raw);
        REQUIRE(original.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 't'")));
        REQUIRE(original.next());
        const QString sql = original.value(0).toString();
        original.finish();

        QList<storage::Migration> broken = kListTable;
        broken.append({2, QStringLiteral("broken"),
                       QStringLiteral("PRAGMA writable_schema = ON;\n"
                                      "UPDATE sqlite_schema SET sql = replace(sql, 'IN (', 'IN ((') WHERE name = 't';\n"
                                      "PRAGMA writable_schema = OFF;")});
        CHECK(keyOf(Migrator(raw).migrate(broken)) == "db.migration");
        CHECK(storage::scalarInt(raw, QStringLiteral("PRAGMA user_version")).value() == 1);
        CHECK(storage::scalarInt(raw, QStringLiteral("PRAGMA writable_schema")).value() == 0);
        QSqlQuery after(raw);
        REQUIRE(after.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 't'")));
        REQUIRE(after.next());
        CHECK(u8(after.value(0).toString()) == u8(sql));
        after.finish();
        CHECK(insertX(raw, QStringLiteral("c")).empty());
        CHECK(insertX(raw, QStringLiteral("d")).find("CHECK constraint failed") == 0);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("broken"));
}
