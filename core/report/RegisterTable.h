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
    QList<QStringList> rows;     // each as long as headers
};

} // namespace wushe::report
