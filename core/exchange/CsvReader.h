#pragma once

#include "Error.h"
#include "exchange/SheetData.h"

#include <QString>

namespace wushe::exchange {

// Reads a CSV file: UTF-8 with or without BOM, or GB18030/GBK when the bytes are
// not valid UTF-8 (what older Excel/WPS save on Chinese Windows). Comma-separated
// (tab when the first line has more tabs than commas), RFC 4180 quoting.
class CsvReader
{
public:
    static Result<SheetData> read(const QString& path);
    static Result<SheetData> parse(const QByteArray& bytes);
    // Which encoding parse() decoded: "UTF-8" or "GB18030".
    static QString detectEncoding(const QByteArray& bytes);
};

} // namespace wushe::exchange
