#pragma once

#include "LedgerTestSupport.h"

#include "exchange/Importer.h"
#include "exchange/LedgerExchange.h"
#include "exchange/UnitResolver.h"
#include "operations/Operations.h"

namespace wushe::test {

// Imports `sheet` with the columns the importer detects, through the operations
// layer as the GUI and the CLI do (the importer itself opens no transaction).
inline Result<exchange::ImportReport> importDetected(const LedgerDb& db, exchange::LedgerExchange& target,
                                                    const exchange::UnitResolver& units, const exchange::SheetData& sheet,
                                                    const exchange::ImportOptions& options)
{
    static const FixedClock clock(QDateTime(kLedgerToday, QTime(10, 0)));
    ops::Operations operations(db.sql(), {QStringLiteral("测试员"), QStringLiteral("测试员"), {}, {}}, clock);
    exchange::Importer importer(db.sql(), target, units, kLedgerToday);
    return operations.importSheet(target, units, sheet, importer.detect(sheet), options, QStringLiteral("test.xlsx"));
}

} // namespace wushe::test
