#include "Cli.h"

#include "operations/Operations.h"
#include "quarterly/PilotTownships.h"

#include <QCoreApplication>

namespace wushe::cli {

// Designates pilot townships (试点乡镇) and lists them.
// Output: code<TAB>name<TAB>designated_on per pilot township, after any --township given.
// Exit 1 for a code not in the database, not a township, or already a pilot.
int runPilot(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "指定并列出试点乡镇（季度报告检查其覆盖率是否过半）"));
    parser.addOption(Cli::dbOption());
    parser.addOption({QStringLiteral("township"), QCoreApplication::translate("Cli", "指定为试点乡镇的12位区划代码"), QStringLiteral("CODE")});
    parser.addOption(Cli::dateOption(QCoreApplication::translate("Cli", "指定日期（默认：今天）")));
    parser.addOption(Cli::operatorOption());
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    const QString township = parser.value(QStringLiteral("township")).trimmed();
    if (parser.isSet(QStringLiteral("township")) && !Cli::isDivisionCode(township))
        return cli.usage(QCoreApplication::translate("Cli", "--township 应为12位区划代码：%1").arg(township), parser);
    QDate day;
    if (!cli.dateValue(parser, day, exitCode))
        return exitCode;
    auto db = cli.openExisting(parser, exitCode);
    if (!db)
        return exitCode;
    ops::Operations operations(db->sql(), cli.operatorOf(parser), cli.clock());
    if (!township.isEmpty())
        if (auto ok = operations.designatePilot(township, day); !ok)
            return cli.refuse(ok.error());
    quarterly::PilotTownships pilots(db->sql(), operations.context());
    auto all = pilots.all();
    if (!all)
        return cli.refuse(all.error());
    for (const quarterly::PilotTownship& pilot : *all)
        cli.out() << pilot.code << '\t' << pilot.name << '\t' << pilot.designatedOn.toString(Qt::ISODate) << '\n';
    return Ok;
}

} // namespace wushe::cli
