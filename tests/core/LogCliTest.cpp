#include "LedgerTestSupport.h"

#include "CliTestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;

namespace {

void writeText(const QString& path, const QString& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

QStringList fields(const QString& line)
{
    return line.split(u'\t');
}

} // namespace

TEST_CASE("cli: log lists every changed row with its operator, oldest first", "[cli][changelog]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("dali.db"));
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--unit"), kCounty,
                    QStringLiteral("--operator"), QStringLiteral("张三")})
                .exitCode == 0);
    CliRun empty = runCli({QStringLiteral("log"), QStringLiteral("--db"), db});
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.isEmpty());

    const QString first = idNumber(QDate(1950, 3, 1), 70);
    const QString second = idNumber(QDate(1951, 4, 2), 71);
    const QString csv = dir.filePath(QStringLiteral("elderly.csv"));
    writeText(csv, QStringLiteral("姓名,身份证号,村（社区）,类别,登记日期,联系电话\n")
                       + QStringLiteral("陈玉兰,%1,光华社区,独居,2024-03-01,13912345678\n").arg(first)
                       + QStringLiteral("杨德胜,%1,光华社区,独居,2024-03-01,13912345679\n").arg(second));
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--ledger"), QStringLiteral("elderly"), csv,
                    QStringLiteral("--operator"), QStringLiteral("李四")})
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("pilot"), QStringLiteral("--db"), db, QStringLiteral("--township"), kTownship,
                    QStringLiteral("--operator"), QStringLiteral("王五")})
                .exitCode == 0);

    CliRun all = runCli({QStringLiteral("log"), QStringLiteral("--db"), db});
    REQUIRE(all.exitCode == 0);
    const QStringList lines = all.lines();
    // Two new people and their two ledger records, then the pilot township.
    REQUIRE(lines.size() == 5);
    qint64 previous = 0;
    for (const QString& line : lines) {
        const QStringList f = fields(line);
        REQUIRE(f.size() == 8);
        CHECK(f[0].toLongLong() > previous);
        previous = f[0].toLongLong();
        CHECK(f[1].startsWith(kToday.toString(Qt::ISODate)));
        CHECK(f[3] == QStringLiteral("insert"));
        CHECK(f[6].size() == 12);
    }
    CHECK(fields(lines[0])[2] == QStringLiteral("李四"));
    CHECK(fields(lines[0])[4] == QStringLiteral("person"));
    CHECK(fields(lines[0])[7].split(u',').contains(QStringLiteral("phone")));
    // An import logs in bulk, parents first: both people, then both ledger records.
    CHECK(fields(lines[1])[4] == QStringLiteral("person"));
    CHECK(fields(lines[2])[4] == QStringLiteral("elderly_record"));
    CHECK(fields(lines[3])[4] == QStringLiteral("elderly_record"));
    CHECK(fields(lines[4])[2] == QStringLiteral("王五"));
    CHECK(fields(lines[4])[4] == QStringLiteral("pilot_township"));
    CHECK(fields(lines[4])[7] == QStringLiteral("designated_on"));

    // The same file with a new phone: one update of one column, by its operator.
    writeText(csv, QStringLiteral("姓名,身份证号,村（社区）,类别,登记日期,联系电话\n")
                       + QStringLiteral("陈玉兰,%1,光华社区,独居,2024-03-01,13800000000\n").arg(first));
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--ledger"), QStringLiteral("elderly"), csv,
                    QStringLiteral("--operator"), QStringLiteral("赵六")})
                .exitCode == 0);
    CliRun since = runCli({QStringLiteral("log"), QStringLiteral("--db"), db, QStringLiteral("--since"), QString::number(previous)});
    REQUIRE(since.lines().size() == 1);
    const QStringList update = fields(since.lines().first());
    CHECK(update[2] == QStringLiteral("赵六"));
    CHECK(update[3] == QStringLiteral("update"));
    CHECK(update[4] == QStringLiteral("person"));
    CHECK(update[7] == QStringLiteral("phone"));

    CliRun row = runCli({QStringLiteral("log"), QStringLiteral("--db"), db, QStringLiteral("--row"), update[5]});
    CHECK(row.lines().size() == 2); // inserted, then updated
    CliRun table = runCli({QStringLiteral("log"), QStringLiteral("--db"), db, QStringLiteral("--table"), QStringLiteral("elderly_record")});
    CHECK(table.lines().size() == 2);
    CliRun limited = runCli({QStringLiteral("log"), QStringLiteral("--db"), db, QStringLiteral("--limit"), QStringLiteral("2")});
    CHECK(limited.lines() == lines.mid(0, 2));
}

TEST_CASE("cli: log refuses bad arguments with exit 2", "[cli][changelog]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("dali.db"));
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--unit"), kCounty}).exitCode == 0);
    CHECK(runCli({QStringLiteral("log"), QStringLiteral("--db"), db, QStringLiteral("--table"), QStringLiteral("no_such_table")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("log"), QStringLiteral("--db"), db, QStringLiteral("--limit"), QStringLiteral("0")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("log"), QStringLiteral("--db"), db, QStringLiteral("--since"), QStringLiteral("x")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("log")}).exitCode == 2);
    // A table without the common columns is a table of the database: no lines.
    CliRun units = runCli({QStringLiteral("log"), QStringLiteral("--db"), db, QStringLiteral("--table"), QStringLiteral("org_unit")});
    CHECK(units.exitCode == 0);
    CHECK(units.out.isEmpty());
}
