#include "Cli.h"

#include "storage/ChangeLogRepository.h"

#include <QCoreApplication>

namespace wushe::cli {

namespace {

// A non-negative integer option, or a usage error.
bool countValue(Cli& cli, const QCommandLineParser& parser, const QString& option, qint64 minimum, qint64& value,
                int& exitCode)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    value = parser.value(option).trimmed().toLongLong(&ok);
    if (ok && value >= minimum)
        return true;
    exitCode = cli.usage(QCoreApplication::translate("Cli", "--%1 应为不小于%2的整数：%3").arg(option).arg(minimum).arg(parser.value(option)),
                         parser);
    return false;
}

} // namespace

// The change log, oldest first, one line per changed row:
//   seq<TAB>time<TAB>operator<TAB>operation<TAB>table<TAB>row_id<TAB>org_code<TAB>columns
// (always eight fields; columns: the changed column names, comma-separated, empty
// for a delete or restore).
int runLog(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "列出更改记录：每个被改动的行一行，按顺序号从旧到新"));
    parser.addOption(Cli::dbOption());
    parser.addOption({QStringLiteral("since"), QCoreApplication::translate("Cli", "只列出顺序号大于SEQ的记录"), QStringLiteral("SEQ")});
    parser.addOption({QStringLiteral("table"), QCoreApplication::translate("Cli", "只列出该表（check 列出的表名，如 elderly_record）"),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("row"), QCoreApplication::translate("Cli", "只列出该行（行的 id）"), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("limit"), QCoreApplication::translate("Cli", "最多列出N行（默认：全部）"), QStringLiteral("N")});
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    storage::ChangeFilter filter;
    if (!countValue(cli, parser, QStringLiteral("since"), 0, filter.sinceSeq, exitCode)
        || !countValue(cli, parser, QStringLiteral("limit"), 1, filter.limit, exitCode))
        return exitCode;
    filter.table = parser.value(QStringLiteral("table")).trimmed();
    filter.rowId = parser.value(QStringLiteral("row")).trimmed();
    auto db = cli.openExisting(parser, exitCode);
    if (!db)
        return exitCode;
    storage::ChangeLogRepository log(db->sql());
    if (!filter.table.isEmpty()) {
        auto known = log.hasTable(filter.table);
        if (!known)
            return cli.refuse(known.error());
        if (!*known)
            return cli.usage(QCoreApplication::translate("Cli", "--table 应为数据库中的表名（见 check）：%1").arg(filter.table), parser);
    }
    auto listed = log.forEachEntry(
        filter,
        [&](const storage::ChangeEntry& entry) {
            cli.out() << entry.seq << '\t' << entry.changedAt << '\t' << entry.operatorLogin << '\t' << entry.operation << '\t'
                      << entry.table << '\t' << entry.rowId << '\t' << entry.orgCode << '\t' << entry.columns().join(u',')
                      << '\n';
            return true;
        },
        false);
    if (!listed)
        return cli.refuse(listed.error());
    return Ok;
}

} // namespace wushe::cli
