#include "Cli.h"

#include "storage/DueList.h"

#include <QCoreApplication>

namespace wushe::cli {

// Output: one TSV line per record due or overdue, most overdue first, no header:
//   ledger_key<TAB>id_number<TAB>name<TAB>village_code<TAB>village_name<TAB>interval_key
//   <TAB>last_visit (YYYY-MM-DD or -)<TAB>due (YYYY-MM-DD)<TAB>days_overdue (> 0 overdue)
// Exit 2 for a malformed --unit, --date or --horizon; 1 for a unit not in the database.
int runDue(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "列出到期和逾期未探访、未复核的台账对象（TSV，逾期最久的在前）"));
    parser.addOption(Cli::dbOption());
    parser.addOption(Cli::unitOption(QCoreApplication::translate("Cli", "只列出该区划及其下级（默认：整个辖区）")));
    parser.addOption(Cli::dateOption(QCoreApplication::translate("Cli", "按该日期计算（默认：今天）")));
    parser.addOption({QStringLiteral("horizon"), QCoreApplication::translate("Cli", "同时列出今后几天内到期的（默认7）"),
                      QStringLiteral("DAYS"), QStringLiteral("7")});
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;

    // Usage errors come before opening the file, as they always have.
    if (parser.isSet(QStringLiteral("unit")) && !Cli::isDivisionCode(parser.value(QStringLiteral("unit")).trimmed()))
        return cli.usage(QCoreApplication::translate("Cli", "--unit 应为12位区划代码：%1").arg(parser.value(QStringLiteral("unit"))),
                         parser);
    QDate day;
    if (!cli.dateValue(parser, day, exitCode))
        return exitCode;
    bool numeric = false;
    const int horizon = parser.value(QStringLiteral("horizon")).trimmed().toInt(&numeric);
    if (!numeric || horizon < 0)
        return cli.usage(QCoreApplication::translate("Cli", "--horizon 应为不小于0的天数：%1")
                             .arg(parser.value(QStringLiteral("horizon"))),
                         parser);

    auto db = cli.openExisting(parser, exitCode);
    if (!db)
        return exitCode;
    QString unit;
    if (!cli.unitValue(parser, *db, unit, exitCode))
        return exitCode;
    auto items = storage::DueList(db->sql()).dueAndOverdue(unit, day, horizon);
    if (!items)
        return cli.refuse(items.error());
    for (const storage::DueItem& item : *items)
        cli.out() << kLedgers.key(item.ledger) << '\t' << item.idNumber << '\t' << item.name << '\t' << item.orgCode << '\t'
                  << item.villageName << '\t' << kVisitIntervals.key(item.interval) << '\t'
                  << (item.lastVisit.isValid() ? item.lastVisit.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
                  << item.due.toString(Qt::ISODate) << '\t' << item.daysOverdue << '\n';
    return Ok;
}

} // namespace wushe::cli
