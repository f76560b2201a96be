#include "exchange/Exporter.h"

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
        QList<SheetColumn> sheetColumns;
        for (const ExchangeColumn& column : columns)
            sheetColumns.append({column.header, column.width});
        if (auto ok = workbook->addSheet(exchange.title(), title(exchange, options), sheetColumns); !ok)
            return std::unexpected(ok.error());
    } else {
        csv.emplace(options.path, options.encoding);
        QStringList headers;
        for (const ExchangeColumn& column : columns)
            headers << column.header;
        if (auto ok = csv->writeHeader(headers); !ok)
            return std::unexpected(ok.error());
    }

    qint64 written = 0;
    std::optional<Error> failure;
    bool stopped = false;
    QList<OutCell> cells;
    auto listed = exchange.exportRows(scope, [&](const QList<QVariant>& values) {
        if (options.progress && written % 500 == 0 && !options.progress(written, *total)) {
            stopped = true;
            return false;
        }
        cells.clear();
        for (int c = 0; c < columns.size(); ++c)
            cells.append(cell(values.value(c), columns.at(c), options.unmasked));
        auto ok = workbook ? workbook->writeRow(cells) : csv->writeRow(cells);
        if (!ok) {
            failure = ok.error();
            return false;
        }
        ++written;
        return true;
    });
    if (!listed)
        return std::unexpected(listed.error());
    if (failure)
        return std::unexpected(*failure);
    if (stopped)
        return std::unexpected(cancelled());
    if (workbook && options.withVisits && !exchange.visitColumns().isEmpty()) {
        const QList<ExchangeColumn> visitColumns = exchange.visitColumns();
        QList<SheetColumn> sheetColumns;
        for (const ExchangeColumn& column : visitColumns)
            sheetColumns.append({column.header, column.width});
        if (auto ok = workbook->addSheet(QCoreApplication::translate("Exporter", "探访记录"),
                                         QCoreApplication::translate("Exporter", "%1 探访记录").arg(title(exchange, options)),
                                         sheetColumns);
            !ok)
            return std::unexpected(ok.error());
        auto visits = exchange.exportVisits(scope, [&](const QList<QVariant>& values) {
            if (options.progress && !options.progress(written, *total)) {
                stopped = true;
                return false;
            }
            cells.clear();
            for (int c = 0; c < visitColumns.size(); ++c)
                cells.append(cell(values.value(c), visitColumns.at(c), options.unmasked));
            if (auto ok = workbook->writeRow(cells); !ok) {
                failure = ok.error();
                return false;
            }
            return true;
        });
        if (!visits)
            return std::unexpected(visits.error());
        if (failure)
            return std::unexpected(*failure);
        if (stopped)
            return std::unexpected(cancelled());
    }
    if (auto ok = workbook ? workbook->commit() : csv->commit(); !ok)
        return std::unexpected(ok.error());
    if (options.progress)
        options.progress(written, *total);
    return written;
}

} // namespace wushe::exchange
