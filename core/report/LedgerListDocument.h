#pragma once

#include "Error.h"
#include "report/PrintFont.h"
#include "report/RegisterTable.h"
#include "storage/LedgerQuery.h"

#include <QSqlDatabase>

namespace wushe::report {

// The printable ledger list (花名册): every row of the current filter in the
// current order, as a register for RegisterPainter (A4 landscape, the header row
// repeated on every page).
class LedgerListDocument
{
public:
    struct Options
    {
        storage::LedgerFilter filter;
        storage::LedgerSort sort = storage::LedgerSort::Name;
        Qt::SortOrder order = Qt::AscendingOrder;
        bool revealSensitive = false; // full ID numbers and phones
        QString unitName;             // e.g. 大荔县 or 许庄镇
    };

    // Fills `table`; returns the number of rows listed.
    static Result<qint64> build(RegisterTable& table, const QSqlDatabase& db, const Options& options);
    static QString title(const Options& options);
};

} // namespace wushe::report
