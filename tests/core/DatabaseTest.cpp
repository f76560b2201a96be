#include "TestSupport.h"

#include "storage/Migrator.h"
#include "storage/OrgUnitRepository.h"
#include "storage/ServiceUnitRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;
using storage::Database;
using storage::Migrator;

namespace {

qint64 pragma(const Database& db, const char* name)
{
    return storage::scalarInt(db.sql(), QStringLiteral("PRAGMA %1").arg(QLatin1String(name))).value();
}

QString journalMode(const Database& db)
{
    QSqlQuery query(db.sql());
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    return query.value(0).toString();
}

// Runs statements on a plain QSQLITE connection, outside Wushe's Database.
void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& sql : statements)
            REQUIRE(query.exec(sql));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void overwrite(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() >= offset + bytes.size());
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A 大荔县 database with a station in every township, closed (WAL checkpointed).
void makeDaliDatabase(const QString& path)
{
    Database db = createJurisdiction(path, QStringLiteral("610523000000"));
    storage::ServiceUnitRepository units(db.sql(), writeContext());
    for (const OrgUnit& township : catalog().children(u"610523000000")) {
        ServiceUnit unit;
        unit.meta.orgCode = township.code;
        unit.name = township.name + QStringLiteral("社会工作服务站");
        REQUIRE(units.add(unit).has_value());
    }
}

// Opening `path` is refused with `key`, and the file is left exactly as it was.
void requireRefusedUnchanged(const QString& path, const std::string& key)
{
    const QByteArray before = sha256(path);
    const auto db = Database::open(path);
    CHECK(keyOf(db) == key);
    CHECK(sha256(path) == before);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    CHECK((!wal.exists() || wal.size() == 0));
}

} // namespace

TEST_CASE("A new database is created, migrated and configured", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    auto db = Database::open(path);
    REQUIRE(db.has_value());
    CHECK(QFileInfo(path).size() > 0);
    CHECK(Migrator::latestVersion() >= 2);
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    CHECK(pragma(*db, "user_version") == Migrator::latestVersion());
    CHECK(pragma(*db, "foreign_keys") == 1);
    CHECK(pragma(*db, "application_id") == Database::kApplicationId);
    CHECK(u8(journalMode(*db)) == "wal");
}

TEST_CASE("Reopening an existing database keeps its data", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.has_value());
        REQUIRE(db->setMeta(QStringLiteral("probe"), QStringLiteral("值")).has_value());
    }
    auto again = Database::open(path, {Database::IfMissing::Fail, Database::IntegrityCheck::Full});
    REQUIRE(again.has_value());
    CHECK(u8(again->meta(QStringLiteral("probe"))) == "值");
    CHECK(again->schemaVersion() == Migrator::latestVersion());
    CHECK(pragma(*again, "foreign_keys") == 1);
}

TEST_CASE("A database written by a newer program is refused untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    REQUIRE(Database::open(path).has_value());
    rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)});
    requireRefusedUnchanged(path, "db.too_new");
}

TEST_CASE("A damaged database is refused untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    makeDaliDatabase(path);
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    REQUIRE(QFileInfo(path).size() > 8 * 4096);

    SECTION("512 bytes at the start of page 3")
    {
        overwrite(path, 2 * 4096, QByteArray(512, char(0xFF)));
    }
    SECTION("the header magic")
    {
        overwrite(path, 0, QByteArray(16, char(0xFF)));
    }
    requireRefusedUnchanged(path, "db.damaged");
}

TEST_CASE("A SQLite file of another program is refused untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                   QStringLiteral("INSERT INTO contacts VALUES ('张三')")});
    requireRefusedUnchanged(path, "db.foreign_file");
}

TEST_CASE("IfMissing::Fail does not create a file", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    const auto db = Database::open(path, {Database::IfMissing::Fail, Database::IntegrityCheck::Quick});
    CHECK(keyOf(db) == "db.not_found");
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE("A transaction rolls back unless committed", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tx.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.has_value());
        {
            storage::Transaction transaction(db->sql());
            REQUIRE(transaction.isActive());
            REQUIRE(db->setMeta(QStringLiteral("dropped"), QStringLiteral("1")).has_value());
            CHECK(u8(db->meta(QStringLiteral("dropped"))) == "1");
        }
        CHECK(db->meta(QStringLiteral("dropped")).isEmpty());
        storage::Transaction transaction(db->sql());
        REQUIRE(transaction.isActive());
        REQUIRE(db->setMeta(QStringLiteral("kept"), QStringLiteral("2")).has_value());
        REQUIRE(transaction.commit().has_value());
    }
    auto db = Database::open(path);
    REQUIRE(db.has_value());
    CHECK(db->meta(QStringLiteral("dropped")).isEmpty());
    CHECK(u8(db->meta(QStringLiteral("kept"))) == "2");
}

TEST_CASE("A deferred check opens a big file without writing, and verify() finds the damage", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deferred.db"));
    makeDaliDatabase(path);
    // Damage an index page deep in the file, past the schema: the cheap checks pass.
    const qint64 pages = QFileInfo(path).size() / 4096;
    overwrite(path, (pages - 2) * 4096, QByteArray(1024, char(0x5A)));
    const QByteArray before = sha256(path);
    {
        auto db = Database::open(path, {Database::IfMissing::Fail, Database::IntegrityCheck::Deferred});
        REQUIRE(db.has_value());
        CHECK_FALSE(db->isVerified());
        const auto verdict = Database::verify(path, Database::IntegrityCheck::Full);
        CHECK(keyOf(verdict) == "db.damaged");
    } // closing an unverified database writes nothing (no statistics either)
    CHECK(sha256(path) == before);
    // Opening with a full check refuses it outright.
    requireRefusedUnchanged(path, "db.damaged");
}

TEST_CASE("A deferred check still checks first when opening would write", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollback-journal.db"));
    makeDaliDatabase(path);
    // Not in WAL mode: opening would switch it, which writes the header.
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    const qint64 pages = QFileInfo(path).size() / 4096;
    overwrite(path, (pages - 2) * 4096, QByteArray(1024, char(0x5A)));
    const QByteArray before = sha256(path);
    const auto db = Database::open(path, {Database::IfMissing::Fail, Database::IntegrityCheck::Deferred});
    CHECK(keyOf(db) == "db.damaged");
    CHECK(sha256(path) == before);
}

TEST_CASE("A sound file opened with a deferred check verifies", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sound.db"));
    makeDaliDatabase(path);
    auto db = Database::open(path, {Database::IfMissing::Fail, Database::IntegrityCheck::Deferred});
    REQUIRE(db.has_value());
    CHECK_FALSE(db->isVerified());
    CHECK(Database::verify(path, Database::IntegrityCheck::Full).has_value());
    db->setVerified();
    CHECK(db->isVerified());
}
