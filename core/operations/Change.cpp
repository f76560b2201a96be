#include "operations/Change.h"

namespace wushe::ops {

namespace {

// A division code without its trailing zero groups (village 12 digits, township 9,
// county 6, city 4): the prefix every code below the division starts with.
QString significantPrefix(const QString& code)
{
    QString prefix = code;
    for (const int length : {9, 6, 4, 2}) {
        if (prefix.size() > length && prefix.mid(length).count(u'0') == prefix.size() - length)
            prefix.truncate(length);
        else
            break;
    }
    return prefix;
}

} // namespace

bool Change::touchesUnit(const QString& code) const
{
    if (code.isEmpty())
        return !orgCodes.isEmpty();
    const QString prefix = significantPrefix(code);
    for (const QString& changed : orgCodes) {
        if (changed.startsWith(prefix) || prefix.startsWith(significantPrefix(changed)))
            return true;
    }
    return false;
}

} // namespace wushe::ops
