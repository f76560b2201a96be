#include "report/RegistryListDocument.h"

#include <QCoreApplication>

namespace wushe::report {

namespace {

// Read in pages like the screen: never a whole registry in one query result.
constexpr int kChunk = 2000;

} // namespace

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
    table.rows.reserve(*total);
    qint64 number = 0;
    for (qint64 offset = 0; offset < *total; offset += kChunk) {
        auto rows = list.page(scope, offset, kChunk);
        if (!rows)
            return std::unexpected(rows.error());
        for (const storage::RegistryRow& row : *rows)
            table.rows.append(QStringList{QString::number(++number)} + row.cells);
        if (rows->isEmpty())
            break;
    }
    return number;
}

} // namespace wushe::report
