#include "Cli.h"

#include "operations/Operations.h"
#include "quarterly/Rollup.h"

#include <QCoreApplication>

#include <set>

namespace wushe::cli {

using namespace quarterly;

namespace {

QString stateKey(MemberStatus::State state)
{
    switch (state) {
    case MemberStatus::State::OnTime: return QStringLiteral("on_time");
    case MemberStatus::State::Late: return QStringLiteral("late");
    case MemberStatus::State::Missing: return QStringLiteral("missing");
    case MemberStatus::State::MissingLate: return QStringLiteral("missing_late");
    }
    return {};
}

} // namespace

// Imports county packages into a city's database (a province's: city packages).
// Output: one line per package imported
//   imported<TAB>unit<TAB>quarter<TAB>revision<TAB>file
// (a refused package: 错误：file：reason [key] on stderr, the others still imported,
// exit 1), then for every quarter imported (or --quarter) one line per member
//   quarter<TAB>unit<TAB>name<TAB>state (on_time/late/missing/missing_late)<TAB>latest revision<TAB>报出日期 or -
int runRollup(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "导入下级报送的季度数据包，列出报送情况（已报、逾期、未报）"));
    parser.addOption(Cli::dbOption());
    parser.addOption({QStringLiteral("import"), QCoreApplication::translate("Cli", "要导入的数据包（可跟多个文件）"),
                      QStringLiteral("PACKAGE")});
    parser.addOption({QStringLiteral("quarter"), QCoreApplication::translate("Cli", "列出该季度的报送情况，如 2024Q1"),
                      QStringLiteral("YYYYQn")});
    parser.addOption(Cli::operatorOption());
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), QCoreApplication::translate("Cli", "更多数据包"), QStringLiteral("[PACKAGE...]"));
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    const QStringList packages = parser.values(QStringLiteral("import")) + parser.positionalArguments();
    std::optional<Quarter> listed;
    if (parser.isSet(QStringLiteral("quarter"))) {
        auto quarter = Quarter::parse(parser.value(QStringLiteral("quarter")));
        if (!quarter)
            return cli.usage(quarter.error().message, parser);
        listed = *quarter;
    }
    if (packages.isEmpty() && !listed)
        return cli.usage(QCoreApplication::translate("Cli", "请用 --import 指定数据包，或用 --quarter 查看报送情况"), parser);
    auto db = cli.openExisting(parser, exitCode);
    if (!db)
        return exitCode;
    ops::Operations operations(db->sql(), cli.operatorOf(parser), cli.clock());
    Rollup rollup(db->sql(), operations.context());
    std::set<QString> quarters;
    if (listed)
        quarters.insert(listed->key());
    int result = Ok;
    for (const QString& path : packages) {
        auto imported = operations.importReportPackage(path);
        if (!imported) {
            cli.err() << QCoreApplication::translate("Cli", "错误：%1：%2").arg(path, imported.error().toString()) << '\n';
            cli.err().flush();
            result = Refused;
            continue;
        }
        const ReportData& data = imported->report.data;
        cli.out() << "imported\t" << data.unitCode << '\t' << data.quarter.key() << '\t' << imported->report.revision << '\t'
                  << path << '\n';
        quarters.insert(data.quarter.key());
    }
    for (const QString& key : quarters) {
        const Quarter quarter = Quarter::parse(key).value();
        auto rows = rollup.completeness(quarter, cli.clock().today());
        if (!rows)
            return cli.refuse(rows.error());
        for (const MemberStatus& row : *rows)
            cli.out() << key << '\t' << row.code << '\t' << row.name << '\t' << stateKey(row.state) << '\t' << row.revision << '\t'
                      << (row.reportDate.isValid() ? row.reportDate.toString(Qt::ISODate) : QStringLiteral("-")) << '\n';
    }
    return result;
}

} // namespace wushe::cli
