#include "CliTestSupport.h"

#include "rules/IdNumber.h"
#include "storage/Migrator.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;

namespace {

const QString kDali = QStringLiteral("610523000000");

} // namespace

TEST_CASE("cli: init creates a jurisdiction database", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("dali.db"));
    const CliRun init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--unit"), kDali});
    CHECK(init.exitCode == 0);
    CHECK(u8(init.out) == "610523000000\t大荔县\t319\n");

    const CliRun units = runCli({QStringLiteral("units"), QStringLiteral("--db"), db});
    CHECK(units.exitCode == 0);
    REQUIRE(units.lines().size() == 319);
    CHECK(u8(units.lines().first()) == "610523000000\t大荔县\tcounty\t县\t610500000000");
    CHECK(units.out.count(QStringLiteral("\ttownship\t")) == 17);
    CHECK(units.out.count(QStringLiteral("\tvillage\t")) == 301);

    const CliRun township = runCli({QStringLiteral("units"), QStringLiteral("--db"), db, QStringLiteral("--under"),
                                   QStringLiteral("610523101000")});
    CHECK(township.exitCode == 0);
    REQUIRE(township.lines().size() == catalog().subtree(u"610523101000").size());
    CHECK(u8(township.lines().first()) == "610523101000\t许庄镇\ttownship\t镇\t610523000000");
    CHECK(township.lines().filter(QStringLiteral("\t610523101000")).size() == township.lines().size() - 1);

    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.exitCode == 0);
    CHECK(u8(check.linesStartingWith(QStringLiteral("schema_version")).join(u'|'))
          == "schema_version\t" + std::to_string(storage::Migrator::latestVersion()));
    CHECK(check.lines().contains(QStringLiteral("integrity\tok")));
    CHECK(check.lines().contains(QStringLiteral("jurisdiction\t610523000000\t大荔县")));
    CHECK(check.lines().contains(QStringLiteral("rows\torg_unit\t319\t0")));
    CHECK(check.lines().contains(QStringLiteral("rows\tservice_unit\t0\t0")));
}

TEST_CASE("cli: usage errors exit with 2", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.db"));
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--unit"), kDali};
    const QList<QStringList> calls{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("check")},
        {QStringLiteral("units")},
        {QStringLiteral("init"), QStringLiteral("--db"), db},
        {QStringLiteral("init"), QStringLiteral("--unit"), kDali},
        demo + QStringList{QStringLiteral("--scale"), QStringLiteral("0")},
        demo + QStringList{QStringLiteral("--scale"), QStringLiteral("many")},
        demo + QStringList{QStringLiteral("--seed"), QStringLiteral("-1")},
        demo + QStringList{QStringLiteral("--years"), QStringLiteral("0")},
        demo + QStringList{QStringLiteral("--years"), QStringLiteral("16")},
        demo + QStringList{QStringLiteral("--years"), QStringLiteral("ten")},
        {QStringLiteral("id-check")},
    };
    for (const QStringList& arguments : calls) {
        const CliRun run = runCli(arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(arguments.isEmpty() ? QStringLiteral("wushe-cli <command>") : QStringLiteral("[usage]")));
    }
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("cli: refused input exits with 1 and names the reason", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("dali.db"));
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--unit"), kDali}).exitCode == 0);
    const auto refused = [](const QStringList& arguments, const char* key) {
        const CliRun run = runCli(arguments);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("[%1]").arg(QLatin1String(key))));
    };
    refused({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--unit"), kDali}, "db.exists");
    refused({QStringLiteral("init"), QStringLiteral("--db"), dir.filePath(QStringLiteral("v.db")), QStringLiteral("--unit"),
             QStringLiteral("610523101001")},
            "unit.level");
    refused({QStringLiteral("check"), QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.db"))}, "db.not_found");
    {
        QFile file(db);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(2 * 4096));
        REQUIRE(file.write(QByteArray(512, char(0xFF))) == 512);
    }
    refused({QStringLiteral("check"), QStringLiteral("--db"), db}, "db.damaged");
    refused({QStringLiteral("units"), QStringLiteral("--db"), db}, "db.damaged");
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("v.db"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.db"))));
}

TEST_CASE("cli: demo is reproducible", "[cli]")
{
    QTemporaryDir dir;
    QStringList rowLines;
    QStringList demoLines;
    for (const char* name : {"a.db", "b.db"}) {
        const QString db = dir.filePath(QString::fromLatin1(name));
        const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--unit"), kDali,
                                   QStringLiteral("--seed"), QStringLiteral("11")});
        REQUIRE(demo.exitCode == 0);
        CHECK(demo.lines().filter(QRegularExpression(QStringLiteral("^station_staff\\t[1-9]"))).size() == 1);
        const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db});
        REQUIRE(check.exitCode == 0);
        rowLines << check.linesStartingWith(QStringLiteral("rows\t")).join(u'\n');
        demoLines << demo.out;
        // The service-unit lines come first, as before; then one line per ledger
        // table, then one per registry table.
        const QStringList tables{QStringLiteral("service_unit"),     QStringLiteral("station_staff"),
                                 QStringLiteral("person"),           QStringLiteral("elderly_record"),
                                 QStringLiteral("child_record"),     QStringLiteral("relief_household"),
                                 QStringLiteral("relief_member"),    QStringLiteral("visit"),
                                 QStringLiteral("social_worker"),    QStringLiteral("training"),
                                 QStringLiteral("training_trainee"), QStringLiteral("community_org"),
                                 QStringLiteral("volunteer_team"),   QStringLiteral("volunteer"),
                                 QStringLiteral("volunteer_service"), QStringLiteral("service_activity"),
                                 QStringLiteral("activity_participant"), QStringLiteral("activity_person"),
                                 // charity and purchased services (migration 005)
                                 QStringLiteral("charity_fund"),       QStringLiteral("charity_fund_flow"),
                                 QStringLiteral("fundraising_project"), QStringLiteral("donation"),
                                 QStringLiteral("charity_supermarket"), QStringLiteral("happy_home_project"),
                                 QStringLiteral("charity_referral"),   QStringLiteral("purchased_project"),
                                 QStringLiteral("project_spending"),   QStringLiteral("project_evaluation")};
        REQUIRE(demo.lines().size() == tables.size());
        for (qsizetype i = 0; i < tables.size(); ++i) {
            CHECK(u8(demo.lines().at(i).section(u'\t', 0, 0)) == u8(tables.at(i)));
            const QString rows = demo.lines().at(i).section(u'\t', 1);
            CHECK(rows.toLongLong() > 0);
            CHECK(check.lines().filter(QRegularExpression(QStringLiteral("^rows\\t%1\\t%2\\t0$").arg(tables.at(i), rows)))
                      .size()
                  == 1);
        }
        CHECK(demo.lines().contains(QStringLiteral("elderly_record\t2000")));
    }
    CHECK(rowLines.first().contains(QStringLiteral("rows\tstation_staff\t")));
    CHECK(u8(rowLines.first()) == u8(rowLines.last()));
    CHECK(u8(demoLines.first()) == u8(demoLines.last()));
}

TEST_CASE("cli: id-check validates numbers", "[cli]")
{
    const CliRun valid = runCli({QStringLiteral("id-check"), QStringLiteral("11010519491231002X"), QStringLiteral("610523800101123")});
    CHECK(valid.exitCode == 0);
    CHECK(u8(valid.out) == "11010519491231002X\tvalid\t1949-12-31\t女\n"
                           "610523800101123\tvalid\t1980-01-01\t男\t610523198001011230\n");

    const QString bad = QStringLiteral("610523198001011231");
    const CliRun invalid = runCli({QStringLiteral("id-check"), QStringLiteral("11010519491231002X"), bad});
    CHECK(invalid.exitCode == 1);
    const QString reason = rules::IdNumber::parse(bad, kToday).error().message;
    CHECK(invalid.lines().contains(bad + QStringLiteral("\tinvalid\t") + reason));
    CHECK(invalid.lines().contains(QStringLiteral("11010519491231002X\tvalid\t1949-12-31\t女")));
}

TEST_CASE("cli: ledger lists, filters and prints a ledger, and due lists the work", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ledger.db"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--unit"), kDali}).exitCode == 0);
    const auto ledger = [&](QStringList extra) {
        return runCli(QStringList{QStringLiteral("ledger"), QStringLiteral("--db"), db} + extra);
    };

    const CliRun all = ledger({QStringLiteral("--ledger"), QStringLiteral("elderly")});
    REQUIRE(all.exitCode == 0);
    REQUIRE(all.lines().size() == 2000);
    const QStringList first = all.lines().first().split(u'\t');
    REQUIRE(first.size() == 13);
    CHECK(first[0].contains(QStringLiteral("********"))); // masked unless --reveal
    const CliRun revealed = ledger({QStringLiteral("--ledger"), QStringLiteral("elderly"), QStringLiteral("--reveal")});
    const QString id = revealed.lines().first().section(u'\t', 0, 0);
    CHECK(rules::IdNumber::parse(id, kToday).has_value());

    // Searching by the last four characters of that ID finds its owner.
    const CliRun found = ledger({QStringLiteral("--ledger"), QStringLiteral("elderly"), QStringLiteral("--search"), id.right(4)});
    REQUIRE(found.exitCode == 0);
    CHECK(found.lines().filter(first[1]).size() >= 1);

    const CliRun township = ledger({QStringLiteral("--ledger"), QStringLiteral("relief"), QStringLiteral("--unit"),
                                 QStringLiteral("610523101000")});
    REQUIRE(township.exitCode == 0);
    REQUIRE_FALSE(township.lines().isEmpty());
    for (const QString& line : township.lines())
        CHECK(line.section(u'\t', 4, 4).startsWith(QStringLiteral("610523101")));

    const CliRun overdue = ledger({QStringLiteral("--ledger"), QStringLiteral("elderly"), QStringLiteral("--overdue")});
    REQUIRE(overdue.exitCode == 0);
    CHECK(overdue.lines().size() < all.lines().size());
    for (const QString& line : overdue.lines())
        CHECK(line.section(u'\t', 10, 10) == QStringLiteral("1"));

    const QString pdf = dir.filePath(QStringLiteral("register.pdf"));
    const CliRun printed = ledger({QStringLiteral("--ledger"), QStringLiteral("child"), QStringLiteral("--pdf"), pdf});
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.startsWith(pdf + u'\t'));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    CHECK(ledger({QStringLiteral("--ledger"), QStringLiteral("pets")}).exitCode == 2);
    CHECK(ledger({QStringLiteral("--ledger"), QStringLiteral("elderly"), QStringLiteral("--category"),
                  QStringLiteral("dibao_rural")})
              .exitCode
          == 2);
    const CliRun elsewhere = ledger({QStringLiteral("--ledger"), QStringLiteral("elderly"), QStringLiteral("--unit"),
                                  QStringLiteral("610102000000")});
    CHECK(elsewhere.exitCode == 1);
    CHECK(elsewhere.err.contains(QStringLiteral("[unit.unknown]")));

    // The due list holds exactly the overdue records (days_overdue > 0) plus those due soon.
    const CliRun due = runCli({QStringLiteral("due"), QStringLiteral("--db"), db, QStringLiteral("--horizon"), QStringLiteral("0")});
    REQUIRE(due.exitCode == 0);
    const QStringList dueElderly = due.lines().filter(QRegularExpression(QStringLiteral("^elderly\\t")));
    CHECK(dueElderly.size() >= overdue.lines().size());
}
