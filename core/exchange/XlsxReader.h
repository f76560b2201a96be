#pragma once

#include "Error.h"
#include "exchange/SheetData.h"

#include <QString>

namespace wushe::exchange {

// Reads the first worksheet of an .xlsx file with the system minizip and
// QXmlStreamReader (never QuaZip: platform-notes pitfall 1). Handles shared strings
// (t="s", rich-text runs joined), inline strings (t="inlineStr", what libxlsxwriter's
// constant-memory mode writes), numbers as their stored text, booleans, formula
// results, and merged cells: every cell of a merged range gets the range's value
// (a household's merged 户主 column, a two-row header).
class XlsxReader
{
public:
    // `sheet`: 0 for the first worksheet (what imports read), 1 for the second …
    static Result<SheetData> read(const QString& path, int sheet = 0);
};

} // namespace wushe::exchange
