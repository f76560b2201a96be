#pragma once

#include <QString>

namespace wushe::rules {

// Personal data shown in lists and printouts unless the user reveals it:
// "610523********123X" (first 6 and last 4 of an ID number).
inline QString maskIdNumber(const QString& idNumber)
{
    if (idNumber.size() < 10)
        return idNumber;
    return idNumber.left(6) + QString(idNumber.size() - 10, u'*') + idNumber.right(4);
}

} // namespace wushe::rules
