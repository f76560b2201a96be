#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "storage/PersonRepository.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;

namespace {

// Tables that are not user data, reviewed one by one: reference data written when
// the database is made, derived indexes rebuilt from user tables, and the change log
// (migration 010: append-only, written by triggers, and the marks of an import's bulk
// logging; tests/core/ChangeLogTest.cpp).
const QStringList kNotUserData{QStringLiteral("meta"), QStringLiteral("org_unit"), QStringLiteral("person_name_index"),
                               QStringLiteral("change_batch"), QStringLiteral("change_log"),
                               QStringLiteral("change_bulk_mark")};

QStringList userTables(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    for (const QString& table : kNotUserData)
        REQUIRE(tables.removeAll(table) == 1);
    return tables;
}

// Column name → primary-key position (0 = not part of the key).
QMap<QString, int> columns(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
    QMap<QString, int> result;
    while (query.next())
        result.insert(query.value(1).toString(), query.value(5).toInt());
    return result;
}

qint64 rowCount(const QSqlDatabase& db, const QString& table)
{
    return storage::scalarInt(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).value();
}

qint64 deleteTriggers(const QSqlDatabase& db, const QString& table)
{
    return storage::scalarInt(db,
                              QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                             "AND tbl_name = :table AND sql LIKE '%BEFORE DELETE%' "
                                             "AND sql LIKE '%RAISE(ABORT%'"),
                              {{QStringLiteral(":table"), table}})
        .value();
}

} // namespace

TEST_CASE("Every user table has the common columns and refuses hard deletes", "[schema]")
{
    QTemporaryDir dir;
    storage::Database db = createJurisdiction(dir.filePath(QStringLiteral("common.db")), QStringLiteral("610523000000"));
    // Demo data and a person give the DELETE below real rows to meet.
    REQUIRE(demo::DemoGenerator(db, writeContext(), {}).generate().has_value());
    Person person;
    person.meta.orgCode = QStringLiteral("610523101001");
    person.idNumber = QStringLiteral("610523198001011230");
    person.name = QStringLiteral("王建国");
    REQUIRE(storage::PersonRepository(db.sql(), writeContext()).addOrLink(person).has_value());
    const QSqlDatabase sql = db.sql();
    for (const char* table : {"service_unit", "station_staff", "person"})
        REQUIRE(rowCount(sql, QString::fromLatin1(table)) > 0);

    const QStringList tables = userTables(sql);
    for (const QString& table : tables) {
        INFO("table " << u8(table));
        const auto found = columns(sql, table);
        for (const char* column : {"id", "org_code", "created_at", "updated_at", "updated_by", "version", "deleted"}) {
            INFO("column " << column);
            CHECK(found.contains(QString::fromLatin1(column)));
        }
        CHECK(found.value(QStringLiteral("id")) == 1);
        CHECK(std::count_if(found.cbegin(), found.cend(), [](int pk) { return pk > 0; }) == 1);

        CHECK(deleteTriggers(sql, table) >= 1);
        // Tables the demo does not fill yet rely on the schema check above.
        const qint64 rows = rowCount(sql, table);
        if (rows > 0) {
            QSqlQuery remove(sql);
            CHECK_FALSE(remove.exec(QStringLiteral("DELETE FROM %1").arg(table)));
            CHECK(rowCount(sql, table) == rows);
        }
    }
}
