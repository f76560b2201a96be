#pragma once

#include "Error.h"

#include <QString>

namespace wushe::rules {

// Accepts an empty value, mobile numbers (1[3-9]xxxxxxxxx) and landlines with an
// area code (0913-1234567, 0913 1234567, 09131234567); full-width digits allowed.
// Returns the normalised form (ASCII digits, a hyphen after the area code).
Result<QString> checkPhoneNumber(const QString& input);

// "139****5678": middle digits hidden for lists and printouts.
QString maskPhoneNumber(const QString& phone);

} // namespace wushe::rules
