#include "Cli.h"

#include "storage/SchemaDump.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace wushe::cli {

// Prints the schema dump of --db, or of a freshly migrated empty database when
// --db is not given (this is how tests/data/schema.sql is regenerated).
int runSchema(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "打印数据库结构"));
    parser.addOption(Cli::dbOption());
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    QTemporaryDir scratch;
    std::optional<storage::Database> db;
    if (parser.isSet(QStringLiteral("db"))) {
        db = cli.openExisting(parser, exitCode);
    } else {
        auto fresh = storage::Database::open(scratch.filePath(QStringLiteral("schema.db")));
        if (!fresh)
            return cli.refuse(fresh.error());
        db = std::move(*fresh);
    }
    if (!db)
        return exitCode;
    auto dump = storage::schemaDump(db->sql());
    if (!dump)
        return cli.refuse(dump.error());
    cli.out() << *dump;
    return Ok;
}

} // namespace wushe::cli
