#include "ExchangeTestSupport.h"
#include "ImportSupport.h"

#include "exchange/CsvReader.h"
#include "storage/BulkSession.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"
#include "storage/WriteStatement.h"

#include <sqlite3.h>

using namespace wushe;
using namespace wushe::test;

namespace {

// Statements not yet finalized on the connection.
int openStatements(const QSqlDatabase& db)
{
    int count = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(storage::sqliteHandle(db), nullptr); s; s = sqlite3_next_stmt(storage::sqliteHandle(db), s))
        ++count;
    return count;
}

// "typeof|quote" of the value stored in bind_check under `key`.
QString stored(const LedgerDb& db, const QString& key)
{
    QSqlQuery query(db.sql());
    REQUIRE(query.prepare(QStringLiteral("SELECT typeof(v) || '|' || quote(v) FROM bind_check WHERE k = :k")));
    query.bindValue(QStringLiteral(":k"), key);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("bulk session: execWrite binds values as Qt does and prepares each statement once per session", "[storage][bulk]")
{
    LedgerDb db;
    ok(storage::execSql(db.sql(), QStringLiteral("CREATE TABLE bind_check (k TEXT, v)")));
    const QList<QVariant> values{QVariant(QStringLiteral("光华社区")), QVariant(QString()), QVariant(QStringLiteral("")),
                                 QVariant(7), QVariant(true), QVariant(4000000000u), QVariant(qint64(1) << 40),
                                 QVariant(1.5), QVariant(QByteArray("\x01\x02", 2)), QVariant(QByteArray()),
                                 QVariant(QDate(2024, 6, 15)), QVariant(QDate()),
                                 QVariant(QDateTime(QDate(2024, 6, 15), QTime(9, 30, 1, 250), Qt::UTC)), QVariant()};
    const QString insert = QStringLiteral("INSERT INTO bind_check (k, v) VALUES (:k, :v)");
    const auto viaQt = [&](const QString& key, const QVariant& value) {
        QSqlQuery query(db.sql());
        REQUIRE(query.prepare(insert));
        query.bindValue(QStringLiteral(":k"), key);
        query.bindValue(QStringLiteral(":v"), value);
        REQUIRE(query.exec());
    };
    const int before = openStatements(db.sql());
    for (int i = 0; i < values.size(); ++i) {
        viaQt(QStringLiteral("qt%1").arg(i), values[i]);
        CHECK(ok(storage::execWrite(db.sql(), insert, {{QStringLiteral(":k"), QStringLiteral("once%1").arg(i)}, {QStringLiteral(":v"), values[i]}},
                                    QStringLiteral("bind")))
              == 1);
    }
    CHECK(openStatements(db.sql()) == before); // without a session: finalized after each call
    {
        storage::BulkSession session(db.sql());
        REQUIRE(storage::BulkSession::of(db.sql()) == &session);
        for (int i = 0; i < values.size(); ++i)
            ok(storage::execWrite(db.sql(), insert, {{QStringLiteral(":k"), QStringLiteral("bulk%1").arg(i)}, {QStringLiteral(":v"), values[i]}},
                                  QStringLiteral("bind")));
        CHECK(openStatements(db.sql()) == before + 1); // one statement for all the rows
        CHECK(ok(session.statement(insert)) == ok(session.statement(insert)));
        // A missing placeholder value is NULL, not the previous row's value.
        ok(storage::execWrite(db.sql(), insert, {{QStringLiteral(":k"), QStringLiteral("missing")}}, QStringLiteral("bind")));
        CHECK(stored(db, QStringLiteral("missing")) == QStringLiteral("null|NULL"));
        // A failed statement reports SQLite's reason and leaves the statement usable.
        ok(storage::execSql(db.sql(), QStringLiteral("CREATE UNIQUE INDEX bind_check_k ON bind_check (k)")));
        const auto duplicate = storage::execWrite(db.sql(), QStringLiteral("INSERT INTO bind_check (k) VALUES (:k)"),
                                                  {{QStringLiteral(":k"), QStringLiteral("missing")}}, QStringLiteral("dup"));
        REQUIRE_FALSE(duplicate.has_value());
        CHECK(duplicate.error().key == QStringLiteral("db.sql"));
        CHECK(duplicate.error().message.contains(QStringLiteral("UNIQUE")));
        CHECK(ok(storage::execWrite(db.sql(), QStringLiteral("INSERT INTO bind_check (k) VALUES (:k)"),
                                    {{QStringLiteral(":k"), QStringLiteral("after")}}, QStringLiteral("dup")))
              == 1);
    }
    CHECK(storage::BulkSession::of(db.sql()) == nullptr);
    CHECK(openStatements(db.sql()) == before); // the session's statements are finalized with it
    for (int i = 0; i < values.size(); ++i) {
        INFO("value " << i << ": " << values[i].typeName());
        const QString qt = stored(db, QStringLiteral("qt%1").arg(i));
        CHECK(stored(db, QStringLiteral("once%1").arg(i)) == qt);
        CHECK(stored(db, QStringLiteral("bulk%1").arg(i)) == qt);
    }
    CHECK(stored(db, QStringLiteral("qt1")) == QStringLiteral("null|NULL"));       // a null QString
    CHECK(stored(db, QStringLiteral("qt0")) == QStringLiteral("text|'光华社区'"));
}

TEST_CASE("bulk session: villages and announced people from memory, new people seen at once, rolled-back ones asked again", "[storage][bulk]")
{
    LedgerDb db;
    const auto context = db.context();
    storage::ElderlyRepository elderly(db.sql(), context);
    storage::PersonRepository people(db.sql(), context);
    ElderlyRecord stored = elderlyRecord(person(QStringLiteral("李满仓"), bornYearsAgo(70), 1));
    ok(elderly.add(stored));
    const Person newcomer = person(QStringLiteral("陈玉兰"), bornYearsAgo(75), 2, Sex::Female);
    const Person rolledBack = person(QStringLiteral("王德胜"), bornYearsAgo(80), 3);
    const QString unannounced = idNumber(bornYearsAgo(66), 4);

    storage::Transaction transaction(db.sql());
    REQUIRE(transaction.isActive());
    storage::BulkSession session(db.sql());
    CHECK(ok(session.isVillage(kVillage)));
    CHECK_FALSE(ok(session.isVillage(kCounty)));
    CHECK_FALSE(ok(session.isVillage(QStringLiteral("610523999999"))));
    ok(session.expectPeople({stored.person.idNumber, newcomer.idNumber, rolledBack.idNumber}));
    CHECK_FALSE(session.hasNoLivePerson(stored.person.idNumber));
    CHECK(session.hasNoLivePerson(newcomer.idNumber));
    CHECK_FALSE(session.hasNoLivePerson(unannounced)); // not announced: the database is asked
    CHECK(ok(people.findByIdNumber(stored.person.idNumber)).has_value());
    CHECK_FALSE(ok(people.findByIdNumber(newcomer.idNumber)).has_value());

    // A record outside the jurisdiction's villages is still refused.
    ElderlyRecord elsewhere = elderlyRecord(newcomer, kCounty);
    CHECK(refused(elderly.add(elsewhere)).key == QStringLiteral("person.org"));

    // Added in the session: found by the next row, and a second record refused.
    ElderlyRecord first = elderlyRecord(newcomer);
    CHECK_FALSE(ok(elderly.add(first)).linkedExistingPerson);
    CHECK_FALSE(session.hasNoLivePerson(newcomer.idNumber));
    const auto found = ok(people.findByIdNumber(newcomer.idNumber));
    REQUIRE(found.has_value());
    CHECK(found->meta.id == first.person.meta.id);
    ElderlyRecord again = elderlyRecord(newcomer);
    CHECK(refused(elderly.add(again)).key == QStringLiteral("ledger.duplicate"));

    // Added, then rolled back: the session does not claim the person exists or not.
    ok(storage::execWrite(db.sql(), QStringLiteral("SAVEPOINT row"), {}, QStringLiteral("savepoint")));
    ElderlyRecord undone = elderlyRecord(rolledBack);
    ok(elderly.add(undone));
    ok(storage::execWrite(db.sql(), QStringLiteral("ROLLBACK TO row"), {}, QStringLiteral("rollback")));
    ok(storage::execWrite(db.sql(), QStringLiteral("RELEASE row"), {}, QStringLiteral("release")));
    CHECK_FALSE(ok(people.findByIdNumber(rolledBack.idNumber)).has_value());
    ElderlyRecord redone = elderlyRecord(rolledBack);
    CHECK_FALSE(ok(elderly.add(redone)).linkedExistingPerson);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person WHERE id_number = :id"), {{QStringLiteral(":id"), rolledBack.idNumber}}) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM person_name_index WHERE person_id = :id"), {{QStringLiteral(":id"), redone.person.meta.id}})
          == storage::PersonRepository::nameGrams(rolledBack.name).size());
}

TEST_CASE("exchange: valid rows — a household refused in the middle of the file leaves no trace, its neighbours are added", "[exchange][bulk]")
{
    LedgerDb db;
    // Someone already registered: the file gives their ID number under another name.
    ElderlyRecord known = elderlyRecord(person(QStringLiteral("周桂香"), bornYearsAgo(70), 60, Sex::Female));
    ok(storage::ElderlyRepository(db.sql(), db.context()).add(known));
    const QString first = idNumber(QDate(1980, 1, 1), 61);
    const QString middle = idNumber(QDate(1981, 2, 2), 62);
    const QString last = idNumber(QDate(1982, 3, 3), 63);
    const QString csv = QStringLiteral("户主,户主身份证号码,所属村(社区),保障类别,月保障金额,姓名,身份证号,与户主关系\n")
                      + QStringLiteral("赵铁柱,%1,光华社区,农村低保,300,赵铁柱,%1,户主\n").arg(first)
                      + QStringLiteral("钱多,%1,光华社区,农村低保,300,钱多,%1,户主\n").arg(middle)
                      + QStringLiteral("钱多,%1,光华社区,农村低保,300,周秀英,%2,配偶\n").arg(middle, known.person.idNumber)
                      + QStringLiteral("孙福,%1,光华社区,农村低保,300,孙福,%1,户主\n").arg(last);
    const exchange::SheetData sheet = ok(exchange::CsvReader::parse(csv.toUtf8()));
    const auto run = [&](bool validRows) {
        auto units = exchange::UnitResolver::load(db.sql());
        REQUIRE(units.has_value());
        auto relief = exchange::ExchangeCatalog::make(QStringLiteral("relief"), db.sql(), db.context(), &*units);
        exchange::ImportOptions options;
        options.validRows = validRows;
        return ok(importDetected(db, *relief, *units, sheet, options));
    };
    const auto people = [&](const QString& id) {
        return db.count(QStringLiteral("SELECT count(*) FROM person WHERE id_number = :id"), {{QStringLiteral(":id"), id}});
    };

    SECTION("all or nothing: refused, the database unchanged")
    {
        const QByteArray before = exchangeDigest(db.sql());
        const exchange::ImportReport report = run(false);
        CHECK_FALSE(report.applied);
        CHECK(report.rows == 4);
        CHECK(report.added == 2);
        CHECK(report.rejected == 2);
        CHECK(exchangeDigest(db.sql()) == before);
    }

    SECTION("valid rows: the households before and after it are added, nothing of it stays")
    {
        const exchange::ImportReport report = run(true);
        CHECK(report.applied);
        CHECK(report.rows == 4);
        CHECK(report.added == 2);
        CHECK(report.rejected == 2);
        REQUIRE(report.rejectedRows.size() == 2);
        CHECK(report.rejectedRows[0].sourceRow == 3);
        CHECK(report.rejectedRows[1].sourceRow == 4);
        CHECK(report.rejectedRows[1].reason.contains(QStringLiteral("不一致")));
        CHECK(people(first) == 1);
        CHECK(people(last) == 1);
        CHECK(people(middle) == 0); // the head was written before the member failed: rolled back
        CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_household WHERE deleted = 0")) == 2);
        CHECK(db.count(QStringLiteral("SELECT count(*) FROM relief_member WHERE deleted = 0")) == 2);
        CHECK(db.count(QStringLiteral("SELECT count(*) FROM person_name_index i JOIN person p ON p.id = i.person_id "
                                      "WHERE p.id_number = :id"),
                       {{QStringLiteral(":id"), last}})
              == storage::PersonRepository::nameGrams(QStringLiteral("孙福")).size());

        // The same file again: the two households are there already, nothing changes.
        const QByteArray after = exchangeDigest(db.sql());
        const exchange::ImportReport again = run(true);
        CHECK(again.added == 0);
        CHECK(again.updated == 2);
        CHECK(again.unchanged == 2);
        CHECK(again.rejected == 2);
        CHECK(exchangeDigest(db.sql()) == after);
    }
}

TEST_CASE("exchange: a row sharing its ID number with a row refused for another reason is no duplicate", "[exchange][bulk]")
{
    LedgerDb db;
    const QString shared = idNumber(QDate(1950, 3, 1), 70);
    const QString alone = idNumber(QDate(1951, 4, 2), 71);
    const QString twice = idNumber(QDate(1952, 5, 3), 72);
    const QString csv = QStringLiteral("姓名,身份证号,村（社区）,类别,登记日期\n")
                      + QStringLiteral("陈玉兰,%1,光华社区,独居,2024-03-01\n").arg(shared)
                      + QStringLiteral("陈玉兰,%1,光华社区,独居,三月一日\n").arg(shared)
                      + QStringLiteral("杨德胜,%1,光华社区,独居,2024-03-01\n").arg(alone)
                      + QStringLiteral("刘福,%1,光华社区,独居,2024-03-01\n").arg(twice)
                      + QStringLiteral("刘福,%1,许庄村,空巢,2024-03-01\n").arg(twice);
    const exchange::SheetData sheet = ok(exchange::CsvReader::parse(csv.toUtf8()));
    auto units = exchange::UnitResolver::load(db.sql());
    REQUIRE(units.has_value());
    auto elderly = exchange::ExchangeCatalog::make(QStringLiteral("elderly"), db.sql(), db.context(), &*units);
    exchange::ImportOptions options;
    options.validRows = true;
    const exchange::ImportReport report = ok(importDetected(db, *elderly, *units, sheet, options));
    CHECK(report.rows == 5);
    CHECK(report.added == 2);
    CHECK(report.rejected == 3);
    QHash<int, QString> why;
    for (const exchange::RejectedRow& row : report.rejectedRows)
        why.insert(row.sourceRow, row.reason);
    CHECK(why.keys().size() == 3);
    CHECK(why.value(3).contains(QStringLiteral("三月一日")));
    CHECK_FALSE(why.value(3).contains(QStringLiteral("重复")));
    CHECK(why.value(5).contains(QStringLiteral("重复")));
    CHECK(why.value(5).contains(QStringLiteral("5、6")));
    CHECK(why.value(6).contains(QStringLiteral("重复")));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM elderly_record WHERE id_number = :id"), {{QStringLiteral(":id"), shared}}) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM elderly_record WHERE id_number = :id"), {{QStringLiteral(":id"), twice}}) == 0);
}
