#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

namespace wushe::exchange {

// GB18030 through ICU (older Excel/WPS on Chinese Windows read CSV as GBK; GB18030
// is its superset and round-trips every Unicode character).
class Gb18030
{
public:
    static Result<QByteArray> encode(const QString& text);
    static Result<QString> decode(const QByteArray& bytes);
};

} // namespace wushe::exchange
