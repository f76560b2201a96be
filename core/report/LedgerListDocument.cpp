#include "report/LedgerListDocument.h"

#include "report/LedgerColumns.h"

#include <QCoreApplication>

namespace wushe::report {

QString LedgerListDocument::title(const Options& options)
{
    return QCoreApplication::translate("LedgerListDocument", "%1%2").arg(options.unitName, kLedgers.label(options.filter.ledger));
}

Result<qint64> LedgerListDocument::build(RegisterTable& table, const QSqlDatabase& db, const Options& options)
{
    const storage::LedgerQuery query(db);
    auto total = query.count(options.filter);
    if (!total)
        return std::unexpected(total.error());
    const QList<LedgerColumn> columns = ledgerColumns(options.filter.ledger);

    QStringList conditions;
    if (!options.filter.search.isEmpty())
        conditions << QCoreApplication::translate("LedgerListDocument", "搜索“%1”").arg(options.filter.search);
    if (options.filter.overdueOnly)
        conditions << QCoreApplication::translate("LedgerListDocument", "只列逾期");
    conditions << QCoreApplication::translate("LedgerListDocument", "截至 %1").arg(options.filter.asOf.toString(Qt::ISODate));
    conditions << QCoreApplication::translate("LedgerListDocument", "共 %1 条").arg(*total);
    QStringList headers;
    for (LedgerColumn column : columns)
        headers << ledgerColumnHeader(options.filter.ledger, column);
    table = startRegister(title(options), conditions, headers);
    for (qsizetype index = 0; index < columns.size(); ++index) {
        const int at = int(index) + 1; // after 序号
        switch (columns[index]) {
        case LedgerColumn::Age:
        case LedgerColumn::HouseholdSize:
        case LedgerColumn::Amount:
            table.rightAligned.insert(at);
            table.noWrap.insert(at);
            break;
        case LedgerColumn::IdNumber:
        case LedgerColumn::Phone:
        case LedgerColumn::LastVisit:
        case LedgerColumn::NextDue:
            table.noWrap.insert(at);
            break;
        default:
            break;
        }
    }
    return appendNumberedRows(
        table, *total,
        [&](qint64 offset, int limit) { return query.page(options.filter, options.sort, options.order, offset, limit); },
        [&](const storage::LedgerRow& row) {
            QStringList cells;
            for (LedgerColumn column : columns)
                cells << ledgerCellText(row, column, options.revealSensitive);
            return cells;
        });
}

} // namespace wushe::report
