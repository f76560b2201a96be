#pragma once

#include <QString>

namespace wushe::ops {

// Who makes a change: given to the operations layer explicitly, never read from the
// environment by core. Until accounts exist the GUI asks once for the 填表人 name and
// the CLI takes --operator (default: the login name).
struct Operator
{
    QString login;       // stamped into updated_by and the change log
    QString displayName; // 填表人 on printouts; the login when empty
    QString role;        // empty until accounts exist
    QString unitCode;    // division code of the operator's unit; empty: the whole jurisdiction

    QString printedName() const { return displayName.isEmpty() ? login : displayName; }
};

} // namespace wushe::ops
