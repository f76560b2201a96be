#include "Cli.h"
#include "TextJoin.h"

#include "exchange/ExchangeCatalog.h"
#include "exchange/Importer.h"
#include "operations/Operations.h"

#include <QCoreApplication>

namespace wushe::cli {

// Imports an .xlsx or CSV file into a ledger or registry. Prints the refused rows
// ("第N行：reason", to stderr) and ends with the line
//   rows=N added=A updated=U rejected=R
// (N = A + U + R; rows whose values were all stored already count as updated).
// All or nothing unless --valid-rows: with a refused row nothing is written and
// the exit code is 1. --dry-run checks everything and writes nothing.
int runImport(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "从 Excel（.xlsx）或 CSV 文件导入台账或名册"));
    parser.addOption(Cli::dbOption());
    parser.addOption({QStringLiteral("ledger"),
                      QCoreApplication::translate("Cli", "台账或名册：%1").arg(joinList(exchange::ExchangeCatalog::names())),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("errors"), QCoreApplication::translate("Cli", "把被拒绝的行（原值和原因）写入该 .xlsx 文件"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("valid-rows"), QCoreApplication::translate("Cli", "只导入无误的行（默认：有一行被拒绝就全部不导入）")});
    parser.addOption({QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "只检查，不写入数据库")});
    parser.addOption(Cli::operatorOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "要导入的 .xlsx 或 .csv 文件"));
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    QString name;
    if (!cli.required(parser, QStringLiteral("ledger"), name, exitCode))
        return exitCode;
    if (!exchange::ExchangeCatalog::names().contains(name))
        return cli.usage(QCoreApplication::translate("Cli", "--ledger 应为 %1：%2")
                             .arg(joinList(exchange::ExchangeCatalog::names()), name),
                         parser);
    if (parser.positionalArguments().size() != 1)
        return cli.usage(QCoreApplication::translate("Cli", "请给出一个要导入的文件"), parser);
    const QString path = parser.positionalArguments().first();
    const QString errorsPath = parser.value(QStringLiteral("errors"));
    if (!errorsPath.isEmpty() && !errorsPath.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return cli.usage(QCoreApplication::translate("Cli", "--errors 应为 .xlsx 文件：%1").arg(errorsPath), parser);

    auto db = cli.openExisting(parser, exitCode);
    if (!db)
        return exitCode;
    auto sheet = exchange::Importer::readFile(path);
    if (!sheet)
        return cli.refuse(sheet.error());
    auto units = exchange::UnitResolver::load(db->sql());
    if (!units)
        return cli.refuse(units.error());
    ops::Operations operations(db->sql(), cli.operatorOf(parser), cli.clock());
    auto ledger = exchange::ExchangeCatalog::make(name, db->sql(), operations.context(), &*units);
    exchange::Importer importer(db->sql(), *ledger, *units, cli.clock().today());
    const exchange::ColumnMapping mapping = importer.detect(*sheet);
    exchange::ImportOptions options;
    options.validRows = parser.isSet(QStringLiteral("valid-rows"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto report = operations.importSheet(*ledger, *units, *sheet, mapping, options, path);
    if (!report)
        return cli.refuse(report.error());
    for (const exchange::RejectedRow& row : report->rejectedRows)
        cli.err() << QCoreApplication::translate("Cli", "第%1行：%2").arg(row.sourceRow).arg(row.reason) << '\n';
    if (!errorsPath.isEmpty() && !report->rejectedRows.isEmpty())
        if (auto ok = exchange::Importer::writeErrors(errorsPath, ledger->title(), *report); !ok)
            return cli.refuse(ok.error());
    const bool refused = !report->applied && !options.dryRun;
    if (refused)
        cli.err() << QCoreApplication::translate("Cli", "错误：有%1行被拒绝，没有导入任何一行（用 --valid-rows 只导入无误的行） [import.refused]")
                         .arg(report->rejected)
                  << '\n';
    cli.err().flush();
    if (report->unchanged > 0)
        cli.out() << QCoreApplication::translate("Cli", "其中%1行与数据库中的记录相同，未作改动").arg(report->unchanged) << '\n';
    if (options.dryRun)
        cli.out() << QCoreApplication::translate("Cli", "试运行：没有写入数据库") << '\n';
    cli.out() << "rows=" << report->rows << " added=" << report->added << " updated=" << report->updated
              << " rejected=" << report->rejected << '\n';
    return refused ? Refused : Ok;
}

} // namespace wushe::cli
