#include "exchange/Exporter.h"

#include "exchange/BackgroundRowWriter.h"
#include "exchange/XlsxWriter.h"
#include "rules/Masking.h"
#include "rules/PhoneNumber.h"

#include <QCoreApplication>

namespace wushe::exchange {

namespace {

QString labelOf(const ExchangeColumn& column, quint32 value)
{
    for (const ExchangeOption& option : column.options)
        if (option.value == value)
            return option.label;
    return {};
}

Error cancelled()
{
    return Error{QStringLiteral("exchange.cancelled"), QCoreApplication::translate("Exporter", "导出已取消，没有写入文件")};
}

} // namespace

OutCell Exporter::cell(const QVariant& value, const ExchangeColumn& column, bool unmasked)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (column.kind) {
    case CellKind::Text:
    case CellKind::Name:
    case CellKind::UnitName:
    case CellKind::Township: return OutCell::ofText(value.toString());
    case CellKind::IdNumber: return OutCell::ofCode(unmasked ? value.toString() : rules::maskIdNumber(value.toString()));
    case CellKind::Phone: return OutCell::ofCode(unmasked ? value.toString() : rules::maskPhoneNumber(value.toString()));
    case CellKind::UnitCode: return OutCell::ofCode(value.toString());
    case CellKind::Date: return OutCell::ofDate(value.toDate());
    case CellKind::Money: return OutCell::ofMoney(value.toLongLong());
    case CellKind::Integer: return OutCell::ofInteger(value.toLongLong());
    case CellKind::Bool:
        return OutCell::ofText(value.toBool() ? QCoreApplication::translate("Exporter", "是") : QCoreApplication::translate("Exporter", "否"));
    case CellKind::Choice: return OutCell::ofText(labelOf(column, value.toUInt()));
    case CellKind::Choices: {
        QStringList labels;
        const quint32 bits = value.toUInt();
        for (const ExchangeOption& option : column.options)
            if (bits & option.value)
                labels << option.label;
        return OutCell::ofText(labels.join(u'、'));
    }
    }
    return {};
}

QString Exporter::title(const LedgerExchange& exchange, const ExportOptions& options)
{
    QString title = QCoreApplication::translate("Exporter", "%1 %2（导出日期：%3）")
                        .arg(options.unitName, exchange.title(), options.date.toString(Qt::ISODate));
    if (!options.unmasked)
        title += QCoreApplication::translate("Exporter", " 身份证号和电话已部分隐藏");
    return title.trimmed();
}

namespace {

// One sheet's (or the CSV's) rows: read on this thread, turned into cells and written
// on a second one. `keepGoing(rows done)` false cancels.
Result<qint64> streamRows(const std::function<Result<void>(const std::function<bool(const QList<QVariant>&)>&)>& list,
                          const QList<ExchangeColumn>& columns, bool unmasked,
                          const std::function<Result<void>(const QList<OutCell>&)>& write,
                          const std::function<bool(qint64)>& keepGoing)
{
    QList<OutCell> cells;
    BackgroundRowWriter writer([&](const QList<QVariant>& values) {
        cells.clear();
        for (int c = 0; c < columns.size(); ++c)
            cells.append(Exporter::cell(values.value(c), columns.at(c), unmasked));
        return write(cells);
    });
    qint64 rows = 0;
    bool stopped = false;
    auto listed = list([&](const QList<QVariant>& values) {
        if (rows % 500 == 0 && !keepGoing(rows)) {
            stopped = true;
            return false;
        }
        if (!writer.push(values))
            return false; // finish() says why
        ++rows;
        return true;
    });
    auto written = writer.finish();
    if (!listed)
        return std::unexpected(listed.error());
    if (!written)
        return std::unexpected(written.error());
    if (stopped)
        return std::unexpected(cancelled());
    return rows;
}

QList<SheetColumn> sheetColumns(const QList<ExchangeColumn>& columns)
{
    QList<SheetColumn> sheet;
    for (const ExchangeColumn& column : columns)
        sheet.append({column.header, column.width});
    return sheet;
}

} // namespace

Result<qint64> Exporter::run(const LedgerExchange& exchange, const ExportScope& scope, const UnitResolver&,
                             const ExportOptions& options)
{
    auto total = exchange.count(scope);
    if (!total)
        return std::unexpected(total.error());
    const QList<ExchangeColumn>& columns = exchange.columns();
    const bool xlsx = options.path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    std::optional<XlsxWriter> workbook;
    std::optional<CsvWriter> csv;
    if (xlsx) {
        workbook.emplace(options.path);
        if (auto ok = workbook->addSheet(exchange.title(), title(exchange, options), sheetColumns(columns)); !ok)
            return std::unexpected(ok.error());
    } else {
        csv.emplace(options.path, options.encoding);
        QStringList headers;
        for (const ExchangeColumn& column : columns)
            headers << column.header;
        if (auto ok = csv->writeHeader(headers); !ok)
            return std::unexpected(ok.error());
    }
    const auto write = [&](const QList<OutCell>& cells) { return workbook ? workbook->writeRow(cells) : csv->writeRow(cells); };
    const auto keepGoing = [&](qint64 done) { return !options.progress || options.progress(done, *total); };

    auto written = streamRows([&](const auto& row) { return exchange.exportRows(scope, row); }, columns, options.unmasked,
                              write, keepGoing);
    if (!written)
        return std::unexpected(written.error());
    if (workbook && options.withVisits && !exchange.visitColumns().isEmpty()) {
        const QList<ExchangeColumn> visitColumns = exchange.visitColumns();
        if (auto ok = workbook->addSheet(QCoreApplication::translate("Exporter", "探访记录"),
                                         QCoreApplication::translate("Exporter", "%1 探访记录").arg(title(exchange, options)),
                                         sheetColumns(visitColumns));
            !ok)
            return std::unexpected(ok.error());
        // The visits sheet reports no rows of its own: the progress stays at the ledger's end.
        auto visits = streamRows([&](const auto& row) { return exchange.exportVisits(scope, row); }, visitColumns,
                                 options.unmasked, write, [&](qint64) { return keepGoing(*written); });
        if (!visits)
            return std::unexpected(visits.error());
    }
    if (auto ok = workbook ? workbook->commit() : csv->commit(); !ok)
        return std::unexpected(ok.error());
    if (options.progress)
        options.progress(*written, *total);
    return *written;
}

} // namespace wushe::exchange
