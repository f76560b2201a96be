#include "Cli.h"

#include "storage/OrgUnitRepository.h"

#include <QCoreApplication>

namespace wushe::cli {

// Output: one TSV line per division, depth-first in code order, no header:
//   code<TAB>name<TAB>level<TAB>kind<TAB>parent_code
int runUnits(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "以TSV列出区划树（代码、名称、级别、类别、上级代码）"));
    parser.addOption(Cli::dbOption());
    parser.addOption({QStringLiteral("under"), QCoreApplication::translate("Cli", "只列出该区划及其下级"),
                      QStringLiteral("CODE")});
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    auto db = cli.openExisting(parser, exitCode);
    if (!db)
        return exitCode;
    storage::OrgUnitRepository repository(db->sql());
    const QString under = parser.value(QStringLiteral("under")).trimmed();
    auto units = under.isEmpty() ? repository.all() : repository.subtree(under);
    if (!units)
        return cli.refuse(units.error());
    if (units->isEmpty())
        return cli.refuse({QStringLiteral("unit.unknown"),
                           QCoreApplication::translate("Cli", "区划%1不在本数据库的辖区内").arg(under)});
    for (const OrgUnit& unit : *units)
        cli.out() << unit.code << '\t' << unit.name << '\t' << kOrgLevels.key(unit.level) << '\t' << unit.kind << '\t'
                  << unit.parentCode << '\n';
    return Ok;
}

} // namespace wushe::cli
