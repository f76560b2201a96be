#pragma once

#include "Error.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace wushe::report {

// A register (名册) to print: a heading, a line of conditions, one header row and
// plain-text rows. RegisterPainter lays it out; kept as data so a list of any
// size is built by a query loop and printed without a rich-text document.
struct RegisterTable
{
    QString heading;             // centred on the first page
    QString caption;             // filter, date and count, under the heading
    QStringList headers;
    QSet<int> rightAligned;      // columns of numbers
    QSet<int> noWrap;            // numbers, dates, ID numbers: never broken over lines
    QList<QStringList> rows;     // each as long as headers
};

// A register with its heading, the conditions joined into the caption, and the
// header row 序号 + `headers` (序号 right-aligned, not wrapped); rows follow.
RegisterTable startRegister(const QString& heading, const QStringList& conditions, const QStringList& headers);

// Appends `total` rows read a page at a time, as the screen reads them (never a whole
// ledger in one query result), each numbered (序号) before its `cellsOf(row)`.
// `readPage(offset, limit)` returns Result<QList<Row>>. Returns the rows appended.
template <typename ReadPage, typename CellsOf>
Result<qint64> appendNumberedRows(RegisterTable& table, qint64 total, ReadPage readPage, CellsOf cellsOf)
{
    constexpr int kChunk = 2000;
    table.rows.reserve(table.rows.size() + total);
    qint64 number = 0;
    for (qint64 offset = 0; offset < total; offset += kChunk) {
        auto rows = readPage(offset, kChunk);
        if (!rows)
            return std::unexpected(rows.error());
        for (const auto& row : *rows)
            table.rows.append(QStringList{QString::number(++number)} + cellsOf(row));
        if (rows->isEmpty())
            break;
    }
    return number;
}

} // namespace wushe::report
