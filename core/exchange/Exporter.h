#pragma once

#include "Error.h"
#include "exchange/CsvWriter.h"
#include "exchange/LedgerExchange.h"
#include "exchange/OutCell.h"
#include "exchange/UnitResolver.h"

#include <QDate>

#include <functional>

namespace wushe::exchange {

struct ExportOptions
{
    QString path;              // .xlsx, or anything else as CSV
    bool unmasked = false;     // full ID numbers and phones (the user asked explicitly)
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    QString unitName;          // for the title row: 大荔县 …
    QDate date;                // for the title row
    bool withVisits = false;   // .xlsx of a person ledger: a second sheet 探访记录
    // (rows done, rows in all); returning false cancels: no file is left behind.
    std::function<bool(qint64, qint64)> progress;
};

// Writes a ledger's rows (filtered as on screen) to .xlsx or CSV.
class Exporter
{
public:
    // Returns the number of rows written.
    static Result<qint64> run(const LedgerExchange& exchange, const ExportScope& scope, const UnitResolver& units,
                              const ExportOptions& options);
    static QString title(const LedgerExchange& exchange, const ExportOptions& options);
    // A value from LedgerExchange::exportRows as the cell the files hold.
    static OutCell cell(const QVariant& value, const ExchangeColumn& column, bool unmasked);
};

} // namespace wushe::exchange
