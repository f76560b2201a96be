#pragma once

#include "Error.h"
#include "exchange/OutCell.h"

#include <QList>
#include <QSaveFile>
#include <QString>

namespace wushe::exchange {

enum class CsvEncoding { Utf8Bom, Gb18030 };

// A CSV file (RFC 4180, CRLF) in UTF-8 with BOM — what Excel needs to read UTF-8 —
// or GB18030 for older Excel/WPS on Chinese Windows. Codes (ID numbers, phones) get
// a leading tab so that Excel keeps them as text instead of 6.10523E+17; readers
// trim it. Written through QSaveFile: nothing appears unless commit() succeeds.
class CsvWriter
{
public:
    CsvWriter(const QString& path, CsvEncoding encoding);

    Result<void> writeRow(const QList<OutCell>& cells);
    Result<void> writeHeader(const QStringList& headers);
    Result<void> commit();

    static QString field(const OutCell& cell);

private:
    Result<void> writeLine(const QStringList& fields);

    QSaveFile m_file;
    CsvEncoding m_encoding;
    bool m_open = false;
    bool m_failed = false;
};

} // namespace wushe::exchange
