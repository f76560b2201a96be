#pragma once

#include "exchange/SheetData.h"

#include <QList>
#include <QStringList>

namespace wushe::exchange {

// A row the import refused: where it was, what it held, and why.
struct RejectedRow
{
    int sourceRow = 0; // 1-based, as the spreadsheet shows it
    QList<InCell> cells;
    QString reason;    // "身份证号：…；村（社区）：…"
};

// What an import did (or, dry-run / all-or-nothing refused, would have done).
// rows == added + updated + rejected always; `unchanged` counts the updated rows
// whose values were all already stored (nothing written).
struct ImportReport
{
    int rows = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    bool applied = false;   // committed to the database
    bool cancelled = false;
    int headerRow = -1;     // 0-based row index of the header in the sheet
    QStringList headers;    // the header row's cells as found
    QList<RejectedRow> rejectedRows;
};

} // namespace wushe::exchange
