// CHECK constraints with value lists are written as OR chains (migration 008): an
// IN list of three or more constants makes SQLite fill a temporary b-tree on every
// row written. These tests keep it that way and prove the rewrite changed nothing
// else: the same values pass, existing data still satisfies the constraints.

#include "DemoTestSupport.h"

#include "storage/Migrator.h"
#include "storage/SchemaDump.h"
#include "storage/SqliteHandle.h"
#include "storage/Sql.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

using namespace wushe;
using namespace wushe::test;
using storage::Migrator;

namespace {

// A QSQLITE connection of the test's own, without the app's PRAGMAs (no foreign
// keys), removed again when the test is done with it.
class RawConnection
{
public:
    RawConnection(const QString& name, const QString& path) : m_name(name)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    const QSqlDatabase& db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// The bundled migrations up to `last`: a database as an older program left it.
QList<storage::Migration> migrationsUpTo(int last)
{
    QList<storage::Migration> older;
    for (const storage::Migration& migration : Migrator::bundled())
        if (migration.version <= last)
            older << migration;
    return older;
}

// name → CREATE statement, for the objects of one type ('table', 'index').
QMap<QString, QString> createStatements(const QSqlDatabase& db, const QString& type)
{
    QSqlQuery query(db);
    REQUIRE(query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = ? AND sql IS NOT NULL "
                                         "AND name NOT LIKE 'sqlite_%'")));
    query.addBindValue(type);
    REQUIRE(query.exec());
    QMap<QString, QString> statements;
    while (query.next())
        statements.insert(query.value(0).toString(), query.value(1).toString());
    return statements;
}

QStringList tableNames(const QSqlDatabase& db)
{
    return createStatements(db, QStringLiteral("table")).keys();
}

const QString kLiteral = QStringLiteral(R"((?:'(?:[^']|'')*'|[-+]?\d+(?:\.\d+)?))");

// `IN (` followed by three or more literals.
const QRegularExpression& longConstantList()
{
    static const QRegularExpression list(QStringLiteral(R"(\bIN\s*\(\s*%1(?:\s*,\s*%1){2,}\s*\))").arg(kLiteral),
                                         QRegularExpression::CaseInsensitiveOption);
    return list;
}

// Tables and indexes (partial-index WHERE clauses run on every write too) whose
// SQL holds such a list.
QStringList objectsWithLongLists(const QSqlDatabase& db)
{
    QStringList found;
    for (const QString& type : {QStringLiteral("table"), QStringLiteral("index")}) {
        const auto statements = createStatements(db, type);
        for (auto it = statements.begin(); it != statements.end(); ++it)
            if (longConstantList().match(it.value()).hasMatch())
                found << it.key();
    }
    return found;
}

// Tables whose compiled INSERT (with the triggers it fires) builds a temporary
// table: the per-row cost the rewrite removes.
QStringList tablesWhoseInsertOpensEphemeral(const QSqlDatabase& db)
{
    sqlite3* handle = storage::sqliteHandle(db);
    REQUIRE(handle != nullptr);
    QStringList found;
    for (const QString& table : tableNames(db)) {
        QSqlQuery info(db);
        REQUIRE(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        QStringList placeholders;
        while (info.next())
            placeholders << QStringLiteral("?");
        const QByteArray sql =
            QStringLiteral("EXPLAIN INSERT INTO %1 VALUES (%2)").arg(table, placeholders.join(u',')).toUtf8();
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr) == SQLITE_OK);
        bool ephemeral = false;
        while (sqlite3_step(statement) == SQLITE_ROW)
            ephemeral = ephemeral || qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(statement, 1)),
                                             "OpenEphemeral")
                                         == 0;
        sqlite3_finalize(statement);
        if (ephemeral)
            found << table;
    }
    return found;
}

struct ValueList
{
    QString table;
    QString column;
    QStringList values; // SQL literals as written
};

// Column CHECKs of the form `CHECK (x IN (three or more literals))`.
QList<ValueList> inListChecks(const QMap<QString, QString>& tables)
{
    static const QRegularExpression check(QStringLiteral(R"(CHECK \((\w+) IN \(([^()]*)\)\))"));
    static const QRegularExpression literal(kLiteral);
    QList<ValueList> lists;
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        for (const auto& match : check.globalMatch(it.value())) {
            QStringList values;
            for (const auto& value : literal.globalMatch(match.captured(2)))
                values << value.captured(0);
            if (values.size() >= 3)
                lists.append({it.key(), match.captured(1), values});
        }
    }
    return lists;
}

// The OR chain `x = v OR x = w …` a column's CHECK holds in `createTable`, "" if none.
QString orChainCheck(const QString& createTable, const QString& column)
{
    const QRegularExpression chain(QStringLiteral(R"(CHECK \(((?:%1 = %2(?:\s+OR\s+)?)+)\))")
                                       .arg(QRegularExpression::escape(column), kLiteral));
    return chain.match(createTable).captured(1);
}

// The value of a boolean SQL expression over one column bound to `value`; an
// invalid QVariant for NULL.
QVariant evaluate(const QSqlDatabase& db, const QString& expression, const QString& column, const QVariant& value)
{
    QSqlQuery query(db);
    REQUIRE(query.prepare(QStringLiteral("SELECT (%1) FROM (SELECT ? AS %2)").arg(expression, column)));
    query.addBindValue(value);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.isNull(0) ? QVariant() : QVariant(query.value(0).toInt());
}

QString unquoted(const QString& literal)
{
    if (!literal.startsWith(u'\''))
        return literal;
    return literal.mid(1, literal.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
}

// Runs one statement; "" when it succeeded, else SQLite's message.
QString tryExec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return query.lastError().databaseText();
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    return query.exec() ? QString() : query.lastError().databaseText();
}

} // namespace

TEST_CASE("No CHECK constraint or partial index makes SQLite build a temporary table per row", "[schema][checks]")
{
    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("fresh.db")));
    REQUIRE(db.has_value());
    INFO("write value lists in CHECKs as OR chains: core/storage/migrations/README.md");
    CHECK(u8(objectsWithLongLists(db->sql()).join(u' ')).empty());
    CHECK(u8(tablesWhoseInsertOpensEphemeral(db->sql()).join(u' ')).empty());

    // Both detectors do see the lists that were there before migration 008.
    RawConnection older(QStringLiteral("checks-v7"), QStringLiteral(":memory:"));
    REQUIRE(Migrator(older.db()).migrate(migrationsUpTo(7)).value() == 7);
    CHECK(objectsWithLongLists(older.db()).contains(QStringLiteral("elderly_record")));
    CHECK(tablesWhoseInsertOpensEphemeral(older.db()).contains(QStringLiteral("visit")));
}

TEST_CASE("Every rewritten CHECK accepts exactly the values its IN list accepted", "[schema][checks]")
{
    RawConnection raw(QStringLiteral("checks-equivalence"), QStringLiteral(":memory:"));
    REQUIRE(Migrator(raw.db()).migrate(migrationsUpTo(7)).value() == 7);
    const QList<ValueList> lists = inListChecks(createStatements(raw.db(), QStringLiteral("table")));
    REQUIRE(Migrator(raw.db()).migrate().value() == Migrator::latestVersion());
    const QMap<QString, QString> tables = createStatements(raw.db(), QStringLiteral("table"));

    REQUIRE(lists.size() >= 3);
    bool sawRiskTier = false;
    for (const ValueList& list : lists) {
        INFO(u8(list.table) << "." << u8(list.column));
        sawRiskTier = sawRiskTier || (list.table == QStringLiteral("elderly_record") && list.column == QStringLiteral("risk_tier"));
        const QString newCheck = orChainCheck(tables.value(list.table), list.column);
        REQUIRE_FALSE(newCheck.isEmpty());
        const QString oldCheck = QStringLiteral("%1 IN (%2)").arg(list.column, list.values.join(QStringLiteral(", ")));

        QVariantList probes{QVariant(), QStringLiteral("bogus"), QString(), 0, 1};
        for (const QString& literal : list.values) {
            const QString value = unquoted(literal);
            probes << value << value.toUpper() << value + u' ' << u' ' + value;
        }
        for (const QVariant& probe : probes) {
            INFO("value " << u8(probe.isNull() ? QStringLiteral("NULL") : probe.toString()));
            const QVariant before = evaluate(raw.db(), oldCheck, list.column, probe);
            const QVariant after = evaluate(raw.db(), newCheck, list.column, probe);
            CHECK(before.isNull() == after.isNull());
            CHECK(before.toInt() == after.toInt());
        }
        // NULL passes a CHECK in both forms (the columns are NOT NULL besides).
        CHECK(evaluate(raw.db(), newCheck, list.column, QVariant()).isNull());
        for (const QString& literal : list.values)
            CHECK(evaluate(raw.db(), newCheck, list.column, unquoted(literal)).toInt() == 1);
        CHECK(evaluate(raw.db(), newCheck, list.column, QStringLiteral("bogus")).toInt() == 0);
    }
    CHECK(sawRiskTier);
}

TEST_CASE("A schema-7 database with data migrates to OR chains, keeps its rows and passes integrity_check",
          "[schema][checks][demo]")
{
    const DemoDb& demo = defaultDemo();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));

    // The demo's rows in a file at schema 7, as the previous program version left it.
    QMap<QString, qint64> rows;
    {
        RawConnection old(QStringLiteral("checks-old"), path);
        REQUIRE(Migrator(old.db()).migrate(migrationsUpTo(7)).value() == 7);
        QSqlQuery attach(old.db());
        REQUIRE(attach.prepare(QStringLiteral("ATTACH DATABASE ? AS src")));
        attach.addBindValue(demo.db->path());
        REQUIRE(attach.exec());
        REQUIRE(storage::execSql(old.db(), QStringLiteral("BEGIN")).has_value());
        for (const QString& table : tableNames(old.db())) {
            INFO(u8(table));
            REQUIRE(storage::execSql(old.db(), QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1").arg(table))
                        .has_value());
            rows.insert(table, storage::scalarInt(old.db(), QStringLiteral("SELECT count(*) FROM main.%1").arg(table)).value());
            CHECK(rows.value(table)
                  == storage::scalarInt(old.db(), QStringLiteral("SELECT count(*) FROM src.%1").arg(table)).value());
        }
        REQUIRE(storage::execSql(old.db(), QStringLiteral("COMMIT")).has_value());
        REQUIRE(storage::execSql(old.db(), QStringLiteral("DETACH DATABASE src")).has_value());
        CHECK_FALSE(objectsWithLongLists(old.db()).isEmpty());
    }
    REQUIRE(rows.value(QStringLiteral("visit")) > 0);
    REQUIRE(rows.value(QStringLiteral("elderly_record")) > 0);

    auto db = storage::Database::open(path);
    INFO((db ? std::string() : u8(db.error().toString())));
    REQUIRE(db.has_value());
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    // integrity_check also evaluates every CHECK constraint against every row.
    const auto problems = db->integrityCheck(storage::Database::IntegrityCheck::Full);
    REQUIRE(problems.has_value());
    CHECK(u8(problems->join(u'\n')).empty());
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        INFO(u8(it.key()));
        CHECK(storage::scalarInt(db->sql(), QStringLiteral("SELECT count(*) FROM %1").arg(it.key())).value() == it.value());
    }
    CHECK(objectsWithLongLists(db->sql()).isEmpty());

    // The same schema as a database made new.
    auto fresh = storage::Database::open(dir.filePath(QStringLiteral("fresh.db")));
    REQUIRE(fresh.has_value());
    CHECK(u8(storage::schemaDump(db->sql()).value()) == u8(storage::schemaDump(fresh->sql()).value()));

    // Bad values are still refused, good ones still taken, on the migrated file.
    struct Probe
    {
        QString table, column, valid;
    };
    const QList<Probe> probes{{QStringLiteral("elderly_record"), QStringLiteral("risk_tier"), QStringLiteral("key")},
                              {QStringLiteral("elderly_record"), QStringLiteral("visit_interval"), QStringLiteral("half_year")},
                              {QStringLiteral("visit"), QStringLiteral("kind"), QStringLiteral("review")},
                              {QStringLiteral("visit"), QStringLiteral("referral"), QStringLiteral("")},
                              {QStringLiteral("relief_household"), QStringLiteral("self_care"), QStringLiteral("partial")},
                              {QStringLiteral("service_activity"), QStringLiteral("kind"), QStringLiteral("consultation")},
                              {QStringLiteral("org_unit"), QStringLiteral("level"), QStringLiteral("village")}};
    const QString key = QStringLiteral("rowid");
    for (const Probe& probe : probes) {
        INFO(u8(probe.table) << "." << u8(probe.column));
        REQUIRE(rows.value(probe.table) > 0);
        REQUIRE(storage::execSql(db->sql(), QStringLiteral("SAVEPOINT probe")).has_value());
        const QString update = QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = (SELECT min(%3) FROM %1)")
                                   .arg(probe.table, probe.column,
                                        probe.table == QStringLiteral("org_unit") ? QStringLiteral("code") : key);
        CHECK(u8(tryExec(db->sql(), update, {QStringLiteral("bogus")})).find("CHECK constraint failed") == 0);
        CHECK(u8(tryExec(db->sql(), update, {probe.valid.toUpper() + u'x'})).find("CHECK constraint failed") == 0);
        CHECK(u8(tryExec(db->sql(), update, {QVariant(QMetaType(QMetaType::QString))})).find("NOT NULL constraint failed") == 0);
        CHECK(u8(tryExec(db->sql(), update, {probe.valid})).empty());
        REQUIRE(storage::execSql(db->sql(), QStringLiteral("ROLLBACK TO probe")).has_value());
        REQUIRE(storage::execSql(db->sql(), QStringLiteral("RELEASE probe")).has_value());
    }

    // A new visit goes through the insert path the rewrite is for.
    const QString copy = QStringLiteral(
        "INSERT INTO visit (id, org_code, created_at, updated_at, updated_by, ledger, subject_id, visit_on, mode, kind, "
        "visitors, visitor_count) SELECT ?, org_code, created_at, updated_at, updated_by, ledger, subject_id, visit_on, "
        "mode, ?, visitors, visitor_count FROM visit WHERE kind = 'visit' LIMIT 1");
    CHECK(u8(tryExec(db->sql(), copy, {QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("phone_call")}))
              .find("CHECK constraint failed")
          == 0);
    CHECK(u8(tryExec(db->sql(), copy, {QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("visit")})).empty());
    CHECK(storage::scalarInt(db->sql(), QStringLiteral("SELECT count(*) FROM visit")).value()
          == rows.value(QStringLiteral("visit")) + 1);
}
