#pragma once

#include <QList>
#include <QString>

namespace wushe::exchange {

// One cell as read from a file: its text, and whether the file stored it as a
// number (an xlsx numeric cell: an ID number there was typed without a leading ').
struct InCell
{
    QString text;
    bool number = false;
};

// The cells of one sheet, row by row (file row i at index i, blank rows kept so
// row numbers match what the user sees).
struct SheetData
{
    QList<QList<InCell>> rows;
};

} // namespace wushe::exchange
