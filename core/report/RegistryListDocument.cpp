#include "report/RegistryListDocument.h"

#include <QCoreApplication>

namespace wushe::report {

QString RegistryListDocument::title(const storage::RegistrySpec& spec, const QString& unitName)
{
    return unitName + spec.title;
}

Result<qint64> RegistryListDocument::build(RegisterTable& table, const storage::RegistryList& list,
                                           const storage::RegistryScope& scope, const QString& unitName)
{
    const storage::RegistrySpec& spec = list.spec();
    auto total = list.count(scope);
    if (!total)
        return std::unexpected(total.error());

    QStringList conditions;
    if (spec.hasPeriod() && (scope.from.isValid() || scope.to.isValid()))
        conditions << QCoreApplication::translate("RegistryListDocument", "期间 %1 至 %2")
                          .arg(scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate));
    conditions << QCoreApplication::translate("RegistryListDocument", "截至 %1").arg(scope.asOf.toString(Qt::ISODate));
    conditions << QCoreApplication::translate("RegistryListDocument", "共 %1 条").arg(*total);
    QStringList headers;
    for (const storage::RegistryColumn& column : spec.columns)
        headers << column.header;
    table = startRegister(title(spec, unitName), conditions, headers);
    // Numbers right-aligned; numbers, dates and ID numbers never broken over two lines.
    for (qsizetype index = 0; index < spec.columns.size(); ++index) {
        const storage::RegistryColumn& column = spec.columns[index];
        const int at = int(index) + 1; // after 序号
        if (column.numeric)
            table.rightAligned.insert(at);
        if (column.numeric || column.format == storage::CellFormat::Date || column.format == storage::CellFormat::MaskedId)
            table.noWrap.insert(at);
    }
    return appendNumberedRows(
        table, *total, [&](qint64 offset, int limit) { return list.page(scope, offset, limit); },
        [](const storage::RegistryRow& row) { return row.cells; });
}

} // namespace wushe::report
