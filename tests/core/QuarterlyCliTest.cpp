#include "CliTestSupport.h"
#include "QuarterlyTestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;

namespace {

// The quarter reported is 2024Q2; the day is in the month its report is due.
CliRun cli(const QStringList& arguments)
{
    return runCli(arguments, QDate(2024, 7, 10));
}

QStringList report(const QString& db, const QString& unit, const QStringList& more)
{
    return QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--unit"), unit,
                       QStringLiteral("--quarter"), QStringLiteral("2024Q2")}
           + more;
}

} // namespace

TEST_CASE("cli: report prints the figures, submits, packages, and a city rolls the packages up", "[cli][quarterly]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dali.db"));
    QString county;
    {
        storage::Database db = createJurisdiction(path, QStringLiteral("610523000000"));
        county = test::fixture::buildFixture(db.sql()).county;
    }

    const CliRun tsv = cli(report(path, county, {QStringLiteral("--tsv")}));
    CHECK(tsv.exitCode == 0);
    QFile reference(sourcePath(QStringLiteral("tests/data/quarterly_reference.tsv")));
    REQUIRE(reference.open(QIODevice::ReadOnly));
    CHECK(u8(tsv.out) == u8(QString::fromUtf8(reference.readAll())));

    CHECK(cli({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--unit"), county}).exitCode == 2);
    CHECK(cli({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--unit"), county,
              QStringLiteral("--quarter"), QStringLiteral("2024Q5")})
              .exitCode == 2);
    const CliRun foreign = cli(report(path, QStringLiteral("610524000000"), {QStringLiteral("--tsv")}));
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QStringLiteral("[unit.unknown]")));

    const CliRun drill = cli(report(path, county, {QStringLiteral("--drill"), QStringLiteral("ledgers.overdue.elderly")}));
    CHECK(drill.exitCode == 0);
    REQUIRE(drill.out.count(u'\n') == 1);
    CHECK(drill.out.section(u'\t', 1, 2) == QStringLiteral("610523001003\t老二"));
    const CliRun flags = cli(report(path, county, {QStringLiteral("--flags")}));
    CHECK(flags.exitCode == 0);
    CHECK(flags.out.contains(QStringLiteral("pilot.coverage\t610523001000\t西城街道\t试点乡镇覆盖村（社区）2个/18个，未超过半数\n")));
    CHECK(flags.out.count(QStringLiteral("orgs.below_target\t")) == 299);
    CHECK(cli(report(path, county, {QStringLiteral("--drill"), QStringLiteral("no.such.figure")})).exitCode == 1);

    // Pilot townships: the fixture made 西城街道 one.
    const QStringList pilot{QStringLiteral("pilot"), QStringLiteral("--db"), path, QStringLiteral("--date"), QStringLiteral("2024-03-01")};
    const CliRun again_ = cli(pilot + QStringList{QStringLiteral("--township"), QStringLiteral("610523001000")});
    CHECK(again_.exitCode == 1);
    CHECK(again_.err.contains(QStringLiteral("[pilot.exists]")));
    const CliRun village = cli(pilot + QStringList{QStringLiteral("--township"), QStringLiteral("610523001003")});
    CHECK(village.exitCode == 1);
    CHECK(village.err.contains(QStringLiteral("[pilot.level]")));
    const CliRun designated = cli(pilot + QStringList{QStringLiteral("--township"), QStringLiteral("610523101000")});
    CHECK(designated.exitCode == 0);
    CHECK(u8(designated.out) == "610523001000\t西城街道\t2024-01-01\n610523101000\t许庄镇\t2024-03-01\n");

    const QString package = dir.filePath(QStringLiteral("dali-2024Q2.json"));
    const CliRun early = cli(report(path, county, {QStringLiteral("--package"), package}));
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("[report.not_submitted]")));
    CHECK_FALSE(QFile::exists(package));

    const CliRun unsigned_ = cli(report(path, county, {QStringLiteral("--submit"), QStringLiteral("--reviewer"), QStringLiteral("李审核")}));
    CHECK(unsigned_.exitCode == 1);
    CHECK(unsigned_.err.contains(QStringLiteral("[report.signatures]")));

    const QStringList signatures{QStringLiteral("--head"), QStringLiteral("王局长"), QStringLiteral("--reviewer"),
                                 QStringLiteral("李审核"), QStringLiteral("--preparer"), QStringLiteral("张填表")};
    const CliRun submitted = cli(report(path, county, QStringList{QStringLiteral("--submit"), QStringLiteral("--package"), package} + signatures));
    CHECK(submitted.exitCode == 0);
    const QStringList lines = submitted.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("submitted\t610523000000\t2024Q2\t1\t")));
    CHECK(lines.at(1).startsWith(QStringLiteral("package\t") + package + QStringLiteral("\t1\t")));
    CHECK(lines.at(0).section(u'\t', 4) == lines.at(1).section(u'\t', 3)); // the same digest
    CHECK(QFile::exists(package));

    const CliRun again = cli(report(path, county, QStringList{QStringLiteral("--submit")} + signatures));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("[report.submitted]")));
    const CliRun schedule = cli(report(path, county, {QStringLiteral("--schedule")}));
    CHECK(schedule.exitCode == 0);
    CHECK(schedule.out.contains(QStringLiteral("2024Q1\t2024-04-15\tlate\t0\t-\n")));
    CHECK(schedule.out.contains(QStringLiteral("2024Q2\t2024-07-15\ton_time\t1\t2024-07-10\n")));

    const QString city = dir.filePath(QStringLiteral("weinan.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), city, QStringLiteral("--unit"), QStringLiteral("610500000000")})
                .exitCode == 0);
    const CliRun imported = cli({QStringLiteral("rollup"), QStringLiteral("--db"), city, QStringLiteral("--import"), package});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("imported\t610523000000\t2024Q2\t1\t") + package + u'\n'));
    CHECK(imported.out.contains(QStringLiteral("2024Q2\t610523000000\t大荔县\ton_time\t1\t2024-07-10\n")));
    CHECK(imported.out.contains(QStringLiteral("2024Q2\t610522000000\t潼关县\tmissing\t0\t-\n")));
    const CliRun duplicate = cli({QStringLiteral("rollup"), QStringLiteral("--db"), city, QStringLiteral("--import"), package});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.contains(QStringLiteral("[package.duplicate]")));

    const CliRun total = cli(report(city, QStringLiteral("610500000000"), {QStringLiteral("--tsv")}));
    CHECK(total.exitCode == 0);
    CHECK(total.out.contains(QStringLiteral("services.activities\t服务活动（次）\t5\t1\n")));
    CHECK(total.out.contains(QStringLiteral("charity.fund_balance\t基金余额（元）\t103000.00\t105000.00\n")));
    const QString pdf = dir.filePath(QStringLiteral("weinan.pdf"));
    const CliRun printed = cli(report(city, QStringLiteral("610500000000"), {QStringLiteral("--pdf"), pdf}));
    CHECK(printed.exitCode == 0);
    CHECK(printed.out.startsWith(QStringLiteral("pdf\t") + pdf + u'\t'));
}
