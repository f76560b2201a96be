#include "Cli.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace wushe::cli {

// Output lines:
//   schema_version<TAB>N
//   integrity<TAB>ok
//   jurisdiction<TAB>CODE<TAB>NAME
//   rows<TAB>TABLE<TAB>LIVE<TAB>DELETED      (one per table)
// A damaged file is refused (exit 1) before anything is printed.
int runCheck(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "检查数据库：结构版本、完整性、各表行数"));
    parser.addOption(Cli::dbOption());
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    auto db = cli.openExisting(parser, exitCode, storage::Database::IntegrityCheck::Full);
    if (!db)
        return exitCode;

    cli.out() << "schema_version\t" << db->schemaVersion() << '\n';
    cli.out() << "integrity\tok\n"; // open() ran the full integrity_check
    cli.out() << "jurisdiction\t" << db->meta(QStringLiteral("jurisdiction_code")) << '\t'
              << db->meta(QStringLiteral("jurisdiction_name")) << '\n';

    QSqlQuery tables(db->sql());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        return cli.refuse({QStringLiteral("db.sql"), QStringLiteral("cannot list tables")});
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        const bool hasTombstone = db->sql().record(table).contains(QStringLiteral("deleted"));
        auto live = storage::scalarInt(db->sql(), QStringLiteral("SELECT count(*) FROM %1%2")
                                                      .arg(table, hasTombstone ? QStringLiteral(" WHERE deleted = 0")
                                                                               : QString()));
        auto deleted = hasTombstone
                           ? storage::scalarInt(db->sql(), QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 1").arg(table))
                           : Result<qint64>(0);
        if (!live || !deleted)
            return cli.refuse(!live ? live.error() : deleted.error());
        cli.out() << "rows\t" << table << '\t' << *live << '\t' << *deleted << '\n';
    }
    return Ok;
}

} // namespace wushe::cli
