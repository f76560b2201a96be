#include "Cli.h"
#include "TextJoin.h"

#include "exchange/ExchangeCatalog.h"
#include "exchange/Exporter.h"
#include "org/ReportingUnit.h"
#include "storage/OrgUnitRepository.h"

#include <QCoreApplication>

namespace wushe::cli {

// Writes a ledger or registry to .xlsx or CSV; prints one line FILE<TAB>rows.
// ID numbers and phones are masked unless --unmasked; --with-visits adds the 探访记录 sheet.
int runExport(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "把台账或名册导出为 Excel（.xlsx）或 CSV"));
    parser.addOption(Cli::dbOption());
    parser.addOption({QStringLiteral("ledger"),
                      QCoreApplication::translate("Cli", "台账或名册：%1").arg(joinList(exchange::ExchangeCatalog::names())),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "输出文件（.xlsx 或 .csv）"), QStringLiteral("FILE")});
    parser.addOption(Cli::unitOption(QCoreApplication::translate("Cli", "只导出该区划及其下级（默认：整个辖区）")));
    parser.addOption({QStringLiteral("unmasked"), QCoreApplication::translate("Cli", "导出完整的身份证号和电话（默认部分隐藏）")});
    parser.addOption({QStringLiteral("with-visits"),
                      QCoreApplication::translate("Cli", "xlsx：第二个工作表列出探访、核查和复核记录（老年人、儿童、社会救助台账）")});
    parser.addOption({QStringLiteral("encoding"), QCoreApplication::translate("Cli", "CSV 编码：utf-8（默认，带BOM）或 gb18030"),
                      QStringLiteral("ENC"), QStringLiteral("utf-8")});
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    QString name;
    QString out;
    if (!cli.required(parser, QStringLiteral("ledger"), name, exitCode) || !cli.required(parser, QStringLiteral("out"), out, exitCode))
        return exitCode;
    if (!exchange::ExchangeCatalog::names().contains(name))
        return cli.usage(QCoreApplication::translate("Cli", "--ledger 应为 %1：%2")
                             .arg(joinList(exchange::ExchangeCatalog::names()), name),
                         parser);
    const QString encoding = parser.value(QStringLiteral("encoding")).trimmed().toLower();
    if (encoding != u"utf-8" && encoding != u"utf8" && encoding != u"gb18030")
        return cli.usage(QCoreApplication::translate("Cli", "--encoding 应为 utf-8 或 gb18030：%1").arg(encoding), parser);

    auto db = cli.openExisting(parser, exitCode);
    if (!db)
        return exitCode;
    exchange::ExportScope scope;
    scope.filter.asOf = cli.clock().today();
    if (!cli.unitValue(parser, *db, scope.filter.underCode, exitCode))
        return exitCode;
    auto units = exchange::UnitResolver::load(db->sql());
    if (!units)
        return cli.refuse(units.error());
    auto ledger = exchange::ExchangeCatalog::make(name, db->sql(), cli.readContext(), &*units);
    exchange::ExportOptions options;
    options.path = out;
    options.unmasked = parser.isSet(QStringLiteral("unmasked"));
    options.withVisits = parser.isSet(QStringLiteral("with-visits"));
    options.encoding = encoding == u"gb18030" ? exchange::CsvEncoding::Gb18030 : exchange::CsvEncoding::Utf8Bom;
    options.date = cli.clock().today();
    auto jurisdiction = storage::OrgUnitRepository(db->sql()).jurisdiction();
    if (!jurisdiction)
        return cli.refuse(jurisdiction.error());
    options.unitName = scope.filter.underCode.isEmpty() ? org::reportingUnitName(*jurisdiction) : units->name(scope.filter.underCode);
    auto rows = exchange::Exporter::run(*ledger, scope, *units, options);
    if (!rows)
        return cli.refuse(rows.error());
    cli.out() << out << '\t' << *rows << '\n';
    return Ok;
}

} // namespace wushe::cli
