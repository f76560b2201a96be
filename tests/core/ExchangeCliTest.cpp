#include "TestSupport.h"

#include "exchange/XlsxReader.h"
#include "rules/IdNumber.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;

namespace {

struct ExchangeRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QString lastLine() const
    {
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.last();
    }
};

ExchangeRun runCli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WUSHE_TODAY"), kToday.toString(Qt::ISODate));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WUSHE_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    ExchangeRun run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                    QString::fromUtf8(process.readAllStandardError())};
    UNSCOPED_INFO("wushe-cli " << arguments.join(u' ').toStdString() << " → " << run.exitCode << "\nstdout:\n"
                               << run.out.toStdString() << "stderr:\n" << run.err.toStdString());
    return run;
}

// A valid 大荔县 ID number born on `birth`.
QString validId(QDate birth, int sequence)
{
    const QString first17 = QStringLiteral("610523") + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + rules::IdNumber::checkDigit(first17);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("cli: help lists the ledgers export and import know", "[cli][exchange]")
{
    const ExchangeRun help = runCli({QStringLiteral("help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("export")));
    CHECK(help.out.contains(QStringLiteral("import")));
    CHECK(help.out.contains(
        QStringLiteral("elderly, children, relief, organizations, volunteers, social-workers, activities")));
}

TEST_CASE("cli: import then export and import again into an empty database", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.db"));
    const QString other = dir.filePath(QStringLiteral("b.db"));
    for (const QString& path : {db, other})
        REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--unit"), QStringLiteral("610523000000")})
                    .exitCode
                == 0);
    const QString good1 = validId(QDate(1950, 3, 1), 12);
    const QString good2 = validId(QDate(1944, 8, 8), 33);
    const QString bad = good1.left(17) + (good1.back() == u'1' ? u'2' : u'1');
    const QString csv = dir.filePath(QStringLiteral("in.csv"));
    writeFile(csv, QStringLiteral("\xFEFF姓名,身份证号,所属村(社区),类别,联系电话\r\n"
                                  "王淑芬,%1,光华社区,独居,0913-2345678\r\n"
                                  "李满仓,%2,许庄村,留守,13912345678\r\n"
                                  "错号码,%3,光华社区,独居,\r\n")
                       .arg(good1, good2, bad)
                       .toUtf8());

    // All or nothing: refused, nothing written.
    const ExchangeRun refused = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--ledger"),
                                        QStringLiteral("elderly"), csv});
    CHECK(refused.exitCode == 1);
    CHECK(refused.lastLine() == QStringLiteral("rows=3 added=2 updated=0 rejected=1"));
    CHECK(refused.err.contains(QStringLiteral("第4行：身份证号：身份证号无效")));
    CHECK(refused.err.contains(QStringLiteral("[import.refused]")));

    const QString errors = dir.filePath(QStringLiteral("errors.xlsx"));
    const ExchangeRun dry = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--ledger"),
                                    QStringLiteral("elderly"), csv, QStringLiteral("--valid-rows"), QStringLiteral("--dry-run"),
                                    QStringLiteral("--errors"), errors});
    CHECK(dry.exitCode == 0);
    CHECK(dry.lastLine() == QStringLiteral("rows=3 added=2 updated=0 rejected=1"));
    const exchange::SheetData rejected = exchange::XlsxReader::read(errors).value();
    REQUIRE(rejected.rows.size() == 3);
    CHECK(rejected.rows[2][1].text == bad);

    const ExchangeRun valid = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--ledger"),
                                      QStringLiteral("elderly"), csv, QStringLiteral("--valid-rows")});
    CHECK(valid.exitCode == 0);
    CHECK(valid.lastLine() == QStringLiteral("rows=3 added=2 updated=0 rejected=1"));

    for (const QString& suffix : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        const QString out = dir.filePath(QStringLiteral("out.") + suffix);
        const ExchangeRun exported = runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--ledger"),
                                             QStringLiteral("elderly"), QStringLiteral("--out"), out, QStringLiteral("--unmasked")});
        CHECK(exported.exitCode == 0);
        CHECK(exported.out == out + QStringLiteral("\t2\n"));
        const ExchangeRun imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), other, QStringLiteral("--ledger"),
                                             QStringLiteral("elderly"), out});
        CHECK(imported.exitCode == 0);
        CHECK(imported.lastLine()
              == (suffix == u"xlsx" ? QStringLiteral("rows=2 added=2 updated=0 rejected=0")
                                    : QStringLiteral("rows=2 added=0 updated=2 rejected=0")));
    }
    // The unit filter: 许庄村 only.
    const QString one = dir.filePath(QStringLiteral("one.csv"));
    const ExchangeRun filtered = runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--ledger"),
                                         QStringLiteral("elderly"), QStringLiteral("--out"), one, QStringLiteral("--unit"),
                                         QStringLiteral("610523101200"), QStringLiteral("--encoding"), QStringLiteral("gb18030")});
    CHECK(filtered.exitCode == 0);
    CHECK(filtered.out == one + QStringLiteral("\t1\n"));
}

TEST_CASE("cli: export and import refuse bad arguments", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.db"));
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--unit"), QStringLiteral("610523000000")})
                .exitCode
            == 0);
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--ledger"), QStringLiteral("pets"),
                  QStringLiteral("--out"), dir.filePath(QStringLiteral("x.xlsx"))})
              .exitCode
          == 2);
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--ledger"), QStringLiteral("elderly"),
                  QStringLiteral("--out"), dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--encoding"), QStringLiteral("big5")})
              .exitCode
          == 2);
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--ledger"), QStringLiteral("elderly")}).exitCode
          == 2);
    const QString notXlsx = dir.filePath(QStringLiteral("broken.xlsx"));
    writeFile(notXlsx, "not a zip");
    const ExchangeRun broken = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--ledger"),
                                       QStringLiteral("volunteers"), notXlsx});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("[exchange.read]")));
    const QString headerless = dir.filePath(QStringLiteral("headerless.csv"));
    writeFile(headerless, "a,b,c\r\n1,2,3\r\n");
    const ExchangeRun noHeader = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--ledger"),
                                         QStringLiteral("relief"), headerless});
    CHECK(noHeader.exitCode == 1);
    CHECK(noHeader.err.contains(QStringLiteral("[exchange.no_header]")));
}
