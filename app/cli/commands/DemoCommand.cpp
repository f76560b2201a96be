#include "Cli.h"

#include "demo/DemoGenerator.h"
#include "operations/Operations.h"

#include <QCoreApplication>
#include <QFile>

namespace wushe::cli {

// Output: TABLE<TAB>ROWS for every table the demo filled.
int runDemo(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "新建数据库并填入可重现的演示数据"));
    addCreateOptions(parser);
    parser.addOption({QStringLiteral("scale"), QCoreApplication::translate("Cli", "数据量倍数（默认1）"),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("Cli", "随机种子（默认2022），相同种子生成相同数据"),
                      QStringLiteral("S"), QStringLiteral("2022")});
    parser.addOption({QStringLiteral("years"), QCoreApplication::translate("Cli", "走访记录的年数（默认1，1到15）"),
                      QStringLiteral("Y"), QStringLiteral("1")});
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    demo::DemoOptions options;
    bool scaleOk = false;
    bool seedOk = false;
    bool yearsOk = false;
    options.scale = parser.value(QStringLiteral("scale")).toInt(&scaleOk);
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    options.years = parser.value(QStringLiteral("years")).toInt(&yearsOk);
    if (!scaleOk || options.scale < 1 || options.scale > 1000)
        return cli.usage(QCoreApplication::translate("Cli", "--scale 应为1到1000之间的整数"), parser);
    if (!seedOk)
        return cli.usage(QCoreApplication::translate("Cli", "--seed 应为非负整数"), parser);
    if (!yearsOk || options.years < 1 || options.years > 15)
        return cli.usage(QCoreApplication::translate("Cli", "--years 应为1到15之间的整数"), parser);

    auto db = createJurisdiction(cli, parser, exitCode);
    if (!db)
        return exitCode;
    const auto generate = [&]() -> Result<demo::DemoSummary> {
        ops::Operations operations(db->sql(), cli.operatorOf(parser), cli.clock());
        demo::DemoGenerator generator(*db, operations.context(), options);
        // Generated data is one batch of the change log, not 100,000s of logged rows.
        return operations.run(QStringLiteral("demo"), QCoreApplication::translate("Cli", "生成演示数据"),
                              [&] { return generator.generate(); }, {.logRows = false});
    };
    auto summary = generate();
    if (!summary) {
        // Nothing half-made stays behind: the demo owns the file it just created.
        const QString path = db->path();
        db.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return cli.refuse(summary.error());
    }
    for (const auto& [table, rows] : summary->rowsPerTable)
        cli.out() << table << '\t' << rows << '\n';
    return Ok;
}

} // namespace wushe::cli
