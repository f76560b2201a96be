#pragma once

#include "Error.h"

#include <QString>

namespace wushe {

// Money is integer fen (分) everywhere; these convert to and from the yuan text
// people type and read ("1,234.50"), without passing through floating point.
Result<qint64> parseYuan(const QString& text);
QString formatYuan(qint64 fen); // "1234.50", "-0.05"

} // namespace wushe
