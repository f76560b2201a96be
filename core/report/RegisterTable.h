#pragma once

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

} // namespace wushe::report
