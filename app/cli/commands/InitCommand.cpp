#include "Cli.h"

#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "storage/OrgUnitRepository.h"

#include <QCoreApplication>

namespace wushe::cli {

namespace {
QCommandLineOption unitOption()
{
    return {QStringLiteral("unit"), QCoreApplication::translate("Cli", "辖区的12位区划代码（市、县或乡镇）"),
            QStringLiteral("CODE")};
}
} // namespace

std::optional<storage::Database> createJurisdiction(Cli& cli, const QCommandLineParser& parser, int& exitCode)
{
    QString path;
    QString code;
    if (!cli.required(parser, QStringLiteral("db"), path, exitCode)
        || !cli.required(parser, QStringLiteral("unit"), code, exitCode))
        return std::nullopt;
    auto catalog = org::DivisionCatalog::loadBundled();
    if (!catalog) {
        exitCode = cli.refuse(catalog.error());
        return std::nullopt;
    }
    auto db = org::JurisdictionCreator(*catalog).create(path, code, {cli.operatorOf(parser).login, &cli.clock()});
    if (!db) {
        exitCode = cli.refuse(db.error());
        return std::nullopt;
    }
    return std::move(*db);
}

void addCreateOptions(QCommandLineParser& parser)
{
    parser.addOption(Cli::dbOption());
    parser.addOption(unitOption());
    parser.addOption(Cli::operatorOption());
}

// Output: one line CODE<TAB>NAME<TAB>DIVISIONS (divisions held, the unit included).
int runInit(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "为一个辖区新建数据库"));
    addCreateOptions(parser);
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    auto db = createJurisdiction(cli, parser, exitCode);
    if (!db)
        return exitCode;
    auto units = storage::OrgUnitRepository(db->sql()).all();
    if (!units)
        return cli.refuse(units.error());
    cli.out() << units->first().code << '\t' << units->first().name << '\t' << units->size() << '\n';
    return Ok;
}

} // namespace wushe::cli
