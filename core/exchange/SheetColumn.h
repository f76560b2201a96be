#pragma once

#include <QString>

namespace wushe::exchange {

// A column of a written sheet: its header and width in characters.
struct SheetColumn
{
    QString header;
    double width = 12;
};

} // namespace wushe::exchange
