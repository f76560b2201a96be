#include "QuarterlyTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WUSHE_TODAY"), QStringLiteral("2024-07-10"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WUSHE_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    UNSCOPED_INFO("wushe-cli " << u8(arguments.join(u' ')) << " → " << run.exitCode << "\nstdout:\n"
                               << u8(run.out) << "stderr:\n" << u8(run.err));
    return run;
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

    const Run tsv = runCli(report(path, county, {QStringLiteral("--tsv")}));
    CHECK(tsv.exitCode == 0);
    QFile reference(sourcePath(QStringLiteral("tests/data/quarterly_reference.tsv")));
    REQUIRE(reference.open(QIODevice::ReadOnly));
    CHECK(u8(tsv.out) == u8(QString::fromUtf8(reference.readAll())));

    CHECK(runCli({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--unit"), county}).exitCode == 2);
    CHECK(runCli({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--unit"), county,
                 QStringLiteral("--quarter"), QStringLiteral("2024Q5")})
              .exitCode == 2);
    const Run foreign = runCli(report(path, QStringLiteral("610524000000"), {QStringLiteral("--tsv")}));
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QStringLiteral("[unit.unknown]")));

    const Run drill = runCli(report(path, county, {QStringLiteral("--drill"), QStringLiteral("ledgers.overdue.elderly")}));
    CHECK(drill.exitCode == 0);
    REQUIRE(drill.out.count(u'\n') == 1);
    CHECK(drill.out.section(u'\t', 1, 2) == QStringLiteral("610523001003\t老二"));
    const Run flags = runCli(report(path, county, {QStringLiteral("--flags")}));
    CHECK(flags.exitCode == 0);
    CHECK(flags.out.contains(QStringLiteral("pilot.coverage\t610523001000\t西城街道\t试点乡镇覆盖村（社区）2个/18个，未超过半数\n")));
    CHECK(flags.out.count(QStringLiteral("orgs.below_target\t")) == 299);
    CHECK(runCli(report(path, county, {QStringLiteral("--drill"), QStringLiteral("no.such.figure")})).exitCode == 1);

    // Pilot townships: the fixture made 西城街道 one.
    const QStringList pilot{QStringLiteral("pilot"), QStringLiteral("--db"), path, QStringLiteral("--date"), QStringLiteral("2024-03-01")};
    const Run again_ = runCli(pilot + QStringList{QStringLiteral("--township"), QStringLiteral("610523001000")});
    CHECK(again_.exitCode == 1);
    CHECK(again_.err.contains(QStringLiteral("[pilot.exists]")));
    const Run village = runCli(pilot + QStringList{QStringLiteral("--township"), QStringLiteral("610523001003")});
    CHECK(village.exitCode == 1);
    CHECK(village.err.contains(QStringLiteral("[pilot.level]")));
    const Run designated = runCli(pilot + QStringList{QStringLiteral("--township"), QStringLiteral("610523101000")});
    CHECK(designated.exitCode == 0);
    CHECK(u8(designated.out) == "610523001000\t西城街道\t2024-01-01\n610523101000\t许庄镇\t2024-03-01\n");

    const QString package = dir.filePath(QStringLiteral("dali-2024Q2.json"));
    const Run early = runCli(report(path, county, {QStringLiteral("--package"), package}));
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("[report.not_submitted]")));
    CHECK_FALSE(QFile::exists(package));

    const Run unsigned_ = runCli(report(path, county, {QStringLiteral("--submit"), QStringLiteral("--reviewer"), QStringLiteral("李审核")}));
    CHECK(unsigned_.exitCode == 1);
    CHECK(unsigned_.err.contains(QStringLiteral("[report.signatures]")));

    const QStringList signatures{QStringLiteral("--head"), QStringLiteral("王局长"), QStringLiteral("--reviewer"),
                                 QStringLiteral("李审核"), QStringLiteral("--preparer"), QStringLiteral("张填表")};
    const Run submitted = runCli(report(path, county, QStringList{QStringLiteral("--submit"), QStringLiteral("--package"), package} + signatures));
    CHECK(submitted.exitCode == 0);
    const QStringList lines = submitted.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("submitted\t610523000000\t2024Q2\t1\t")));
    CHECK(lines.at(1).startsWith(QStringLiteral("package\t") + package + QStringLiteral("\t1\t")));
    CHECK(lines.at(0).section(u'\t', 4) == lines.at(1).section(u'\t', 3)); // the same digest
    CHECK(QFile::exists(package));

    const Run again = runCli(report(path, county, QStringList{QStringLiteral("--submit")} + signatures));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("[report.submitted]")));
    const Run schedule = runCli(report(path, county, {QStringLiteral("--schedule")}));
    CHECK(schedule.exitCode == 0);
    CHECK(schedule.out.contains(QStringLiteral("2024Q1\t2024-04-15\tlate\t0\t-\n")));
    CHECK(schedule.out.contains(QStringLiteral("2024Q2\t2024-07-15\ton_time\t1\t2024-07-10\n")));

    const QString city = dir.filePath(QStringLiteral("weinan.db"));
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), city, QStringLiteral("--unit"), QStringLiteral("610500000000")})
                .exitCode == 0);
    const Run imported = runCli({QStringLiteral("rollup"), QStringLiteral("--db"), city, QStringLiteral("--import"), package});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("imported\t610523000000\t2024Q2\t1\t") + package + u'\n'));
    CHECK(imported.out.contains(QStringLiteral("2024Q2\t610523000000\t大荔县\ton_time\t1\t2024-07-10\n")));
    CHECK(imported.out.contains(QStringLiteral("2024Q2\t610522000000\t潼关县\tmissing\t0\t-\n")));
    const Run duplicate = runCli({QStringLiteral("rollup"), QStringLiteral("--db"), city, QStringLiteral("--import"), package});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.contains(QStringLiteral("[package.duplicate]")));

    const Run total = runCli(report(city, QStringLiteral("610500000000"), {QStringLiteral("--tsv")}));
    CHECK(total.exitCode == 0);
    CHECK(total.out.contains(QStringLiteral("services.activities\t服务活动（次）\t5\t1\n")));
    CHECK(total.out.contains(QStringLiteral("charity.fund_balance\t基金余额（元）\t103000.00\t105000.00\n")));
    const QString pdf = dir.filePath(QStringLiteral("weinan.pdf"));
    const Run printed = runCli(report(city, QStringLiteral("610500000000"), {QStringLiteral("--pdf"), pdf}));
    CHECK(printed.exitCode == 0);
    CHECK(printed.out.startsWith(QStringLiteral("pdf\t") + pdf + u'\t'));
}
